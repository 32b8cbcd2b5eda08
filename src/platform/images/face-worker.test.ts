import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { refusal } from '../../../test/support/refusal.ts';
import { testApp } from '../../../test/support/app.ts';
import { detectFaces, faceWorker, loadFaceDetector } from './face-detector.ts';
import { FaceWorker, MAX_WAITING_PHOTOS } from './face-worker-client.ts';
import type { FaceRequest } from './face-worker.ts';

const require = createRequire(import.meta.url);
const faceApiDir = dirname(require.resolve('@vladmandic/face-api/package.json'));
const threeFaces = () => readFileSync(join(faceApiDir, 'demo', 'sample1.jpg'));

/** A detection request for FaceWorker itself, as detectFaces makes it. */
async function request(bytes = threeFaces()): Promise<{ request: FaceRequest; transfer: ArrayBuffer[] }> {
  const { data, info } = await sharp(bytes).resize({ width: 1024, height: 1024, fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  return { request: { kind: 'detect', model: 'ssd', minScore: 0.3, pixels }, transfer: [data.buffer as ArrayBuffer] };
}

describe('the face detector thread', { timeout: 60_000 }, () => {
  test('finds faces in another thread: TensorFlow.js is never loaded in this one', async () => {
    const tfCore = require.resolve('@tensorflow/tfjs-core');
    expect(await detectFaces(threeFaces())).toHaveLength(3);
    expect(faceWorker.threadId).toBeGreaterThan(threadId);
    // face-model.ts requires TensorFlow.js in whichever thread detects; each thread has its own module cache.
    expect(require.cache[tfCore]).toBeUndefined();
  });

  test('a photo that cannot be read fails alone, and the thread carries on', async () => {
    const worker = new FaceWorker();
    const bad = await request();
    const pixels = (bad.request as Extract<FaceRequest, { kind: 'detect' }>).pixels;
    pixels.height += 1;
    await expect(worker.detect(async () => bad)).rejects.toThrow(/shape/);
    const id = worker.threadId;
    expect(await worker.detect(request)).toHaveLength(3);
    expect(worker.threadId).toBe(id);
    await worker.close();
  });

  test('when the thread dies, its requests fail clearly and the next request starts a new one', async () => {
    const worker = new FaceWorker();
    const photo = await request();
    const loading = refusal(worker.load('ssd'));
    const detecting = refusal(worker.detect(async () => photo));
    await new Promise(setImmediate); // the photo is queued behind the load
    const died = worker.threadId;
    await worker.worker!.terminate();
    for (const failed of await Promise.all([loading, detecting])) {
      expect(failed.code).toBe('internal');
      expect(failed.message).toMatch(/face detector stopped/);
    }
    expect(await worker.detect(request)).toHaveLength(3);
    expect(worker.threadId).not.toBe(died);
    await worker.close();
  });

  test('refuses a photo when too many are waiting, before doing any work', async () => {
    expect(MAX_WAITING_PHOTOS).toBe(20);
    const worker = new FaceWorker(2);
    const holds: Array<(err: Error) => void> = [];
    const held = () => new Promise<never>((_resolve, reject) => holds.push(reject));
    const waiting = [worker.detect(held), worker.detect(held)];
    let prepared = false;
    const refused = await refusal(worker.detect(async () => ((prepared = true), request())));
    expect(refused.code).toBe('rate-limited');
    expect(refused.message).toMatch(/too many photos/);
    expect([prepared, worker.threadId]).toEqual([false, undefined]);
    for (const release of holds) release(new Error('released'));
    await Promise.allSettled(waiting);
    expect(await worker.detect(request)).toHaveLength(3);
    await worker.close();
  });

  test('closing the app stops the thread and fails the photo being checked', async () => {
    const { app } = await testApp();
    await loadFaceDetector();
    const thread = faceWorker.worker!;
    const exited = once(thread, 'exit');
    const photo = await request();
    const checking = refusal(faceWorker.detect(async () => photo));
    await new Promise(setImmediate); // the photo is in the thread
    await app.close();
    await exited;
    expect(faceWorker.threadId).toBeUndefined();
    expect((await checking).message).toMatch(/shutting down/);
    // The next photo starts a new thread.
    expect(await detectFaces(threeFaces())).toHaveLength(3);
    await faceWorker.close();
  });

  test('does not keep a script from exiting when it is done', async () => {
    const script = `const { detectFaces } = await import('./src/platform/images/face-detector.ts');
      const { readFileSync } = await import('node:fs');
      console.log((await detectFaces(readFileSync(${JSON.stringify(join(faceApiDir, 'demo', 'sample1.jpg'))}))).length);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../../..') });
    expect(stdout.trim()).toBe('3');
  });
});
