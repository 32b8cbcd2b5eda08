// The main thread's side of the face detector's worker thread: one long-lived worker, started on
// first use, fed one request at a time from a bounded queue (ADR 0009). The worker holds the
// process open only while it has work, so tests, the CLI and the bench exit without closing it.
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/errors.ts';
import type { FaceModel, RawFace } from './face-model.ts';
import type { FaceReply, FaceRequest } from './face-worker.ts';

/** Photos that may wait behind the one being checked; at 0.4 s each, the last waits about 8 s. */
export const MAX_WAITING_PHOTOS = 20;

interface Job {
  id: number;
  request: FaceRequest;
  transfer: ArrayBuffer[];
  resolve: (faces: RawFace[]) => void;
  reject: (err: Error) => void;
}

export const queueFull = () =>
  new AppError('rate-limited', 'Parapet is checking too many photos at once. Nothing was saved. Wait a minute and send the photo again.');

const stopped = (cause: unknown) =>
  Object.assign(new AppError('internal', 'The photo could not be checked for faces because the face detector stopped. Nothing was saved. Send the photo again.'), { cause });

const closing = () =>
  new AppError('internal', 'The photo could not be checked for faces because Parapet is shutting down. Nothing was saved. Send the photo again in a few minutes.');

export class FaceWorker {
  #worker: Worker | undefined;
  #queue: Job[] = [];
  #running: Job | undefined;
  /** Requests still preparing their pixels: they count as waiting, so a full queue refuses before any work. */
  #preparing = 0;
  #loaded = new Map<FaceModel, Promise<unknown>>();
  #nextId = 1;

  constructor(readonly maxWaiting = MAX_WAITING_PHOTOS) {}

  /** The worker's thread id while one is running. */
  get threadId(): number | undefined {
    return this.#worker?.threadId;
  }

  /** The live worker, for tests that need to stop it as a crash would. */
  get worker(): Worker | undefined {
    return this.#worker;
  }

  /** Starts the worker if need be and loads a model in it; later calls share the load. */
  load(model: FaceModel): Promise<unknown> {
    let loading = this.#loaded.get(model);
    if (!loading) {
      const started: Promise<unknown> = this.#enqueue({ kind: 'load', model }, []).catch((err: unknown) => {
        if (this.#loaded.get(model) === started) this.#loaded.delete(model);
        throw err;
      });
      loading = started;
      this.#loaded.set(model, loading);
    }
    return loading;
  }

  /** Runs a detection; `prepare` makes its pixels (in the main thread) once the queue has room. */
  async detect(prepare: () => Promise<{ request: FaceRequest; transfer: ArrayBuffer[] }>): Promise<RawFace[]> {
    if (this.#preparing + this.#queue.length >= this.maxWaiting) throw queueFull();
    this.#preparing++;
    let prepared;
    try {
      prepared = await prepare();
    } finally {
      this.#preparing--;
    }
    return this.#enqueue(prepared.request, prepared.transfer);
  }

  /** Stops the worker, failing whatever it had; a later request starts a fresh one. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#detach(closing());
    await worker?.terminate();
  }

  #enqueue(request: FaceRequest, transfer: ArrayBuffer[]): Promise<RawFace[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, request, transfer, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    if (this.#running) return;
    const job = this.#queue.shift();
    if (!job) {
      this.#worker?.unref();
      return;
    }
    const worker = (this.#worker ??= this.#start());
    worker.ref();
    this.#running = job;
    worker.postMessage({ id: job.id, ...job.request }, job.transfer);
  }

  #start(): Worker {
    // No flags from the parent (tsx's loader, --input-type …): face-worker.mjs sets up TypeScript itself.
    const worker = new Worker(new URL('./face-worker.mjs', import.meta.url), { execArgv: [] });
    let failure: unknown;
    worker.on('message', (reply: FaceReply) => {
      const job = this.#running;
      if (worker !== this.#worker || job?.id !== reply.id) return;
      this.#running = undefined;
      if (reply.ok) job.resolve(reply.faces);
      else job.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      this.#next();
    });
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (code) => {
      if (worker === this.#worker) this.#detach(stopped(failure ?? new Error(`The face detector's thread exited with code ${code}.`)));
    });
    return worker;
  }

  /** Forgets the current worker and fails its running and waiting requests with `error`. */
  #detach(error: Error): void {
    const jobs = [...(this.#running ? [this.#running] : []), ...this.#queue];
    this.#worker = undefined;
    this.#running = undefined;
    this.#queue = [];
    this.#loaded.clear();
    for (const job of jobs) job.reject(error);
  }
}
