// Image benchmark: each face model's load time, then for each of face-api's six demo photos (real
// photos, 1920 pixels across, 22 faces in all, counted by eye) the time to inspect and strip it,
// and for each model the faces found (and how many of them match a real face) and the time to
// find them, on one wasm thread. Then the web server's side (ADR 0009): the event loop's delay
// (perf_hooks' monitorEventLoopDelay) while SSD checks the six photos in the main thread, as it did
// before, and through the detector's worker thread, as it does now, with the time per photo each
// way. Prints tables; writes bench/results/images.json.
// Run: npm run bench:images   (figures, not a timed test: the machine's load changes them)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { detectFaces, loadFaceDetector, preparePhoto, toFaceBoxes, type FaceBox, type FaceModel } from '../src/platform/images/face-detector.ts';
import { findFaces, loadFaceModel } from '../src/platform/images/face-model.ts';
import { inspectImage } from '../src/platform/images/inspect-image.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MODELS: FaceModel[] = ['ssd', 'tiny'];
const demo = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
/** Faces a person counts in each photo: every face is turned at least partly towards the camera. */
const FACES_BY_EYE = [3, 3, 3, 4, 5, 4];
const photos = FACES_BY_EYE.map((faces, i) => ({ name: `sample${i + 1}.jpg`, faces, bytes: readFileSync(join(demo, `sample${i + 1}.jpg`)) }));

/** How often monitorEventLoopDelay samples the loop. */
const RESOLUTION_MS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function overlap(a: FaceBox, b: FaceBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const shared = Math.max(0, w) * Math.max(0, h);
  return shared / (a.width * a.height + b.width * b.height - shared);
}

/** Boxes that match none of the reference boxes (SSD at a high threshold, checked by eye against FACES_BY_EYE). */
const strays = (found: FaceBox[], reference: FaceBox[]) => found.filter((f) => !reference.some((r) => overlap(f, r) > 0.3)).length;

/** SSD over every photo ROUNDS times, one after another as a queue of uploads would be, timing the event loop's delay. */
async function eventLoopDelay(where: 'main thread (before)' | 'worker thread (now)', stripped: Buffer[]) {
  const detect = async (image: Buffer) => {
    if (where === 'worker thread (now)') return detectFaces(image);
    const photo = await preparePhoto(image);
    return toFaceBoxes(await findFaces(photo.pixels, 'ssd', 0.3), photo);
  };
  await detect(stripped[0]!); // models loaded, code warm
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const ms: number[] = [];
  delay.enable();
  for (let i = 0; i < ROUNDS; i++) {
    for (const image of stripped) {
      const t = performance.now();
      await detect(image);
      ms.push(performance.now() - t);
    }
  }
  delay.disable();
  // The histogram counts the sampling interval itself; only the delay beyond it is the server's.
  const inMs = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);
  return { where, medianMsPerPhoto: Math.round(median(ms)), delayMeanMs: inMs(delay.mean), delayP99Ms: inMs(delay.percentile(99)), delayMaxMs: inMs(delay.max) };
}

/** How long sharp takes to shrink each photo for the detector (in libuv's threads, whichever thread detects). */
async function prepareMs(stripped: Buffer[]) {
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const image of stripped) {
      const t = performance.now();
      await preparePhoto(image);
      ms.push(performance.now() - t);
    }
  }
  return Math.round(median(ms));
}

async function main() {
  // SSD's load includes starting the worker thread: the first photo after a start waits this long.
  const loadMs: Record<string, number> = {};
  for (const model of MODELS) {
    const t = performance.now();
    await loadFaceDetector(model);
    loadMs[model] = Math.round(performance.now() - t);
  }

  const rows = [];
  const strippedPhotos: Buffer[] = [];
  const totals = Object.fromEntries(MODELS.map((m) => [m, { found: 0, stray: 0, ms: [] as number[] }]));
  for (const photo of photos) {
    const inspectMs: number[] = [];
    let stripped: Buffer = Buffer.alloc(0);
    let size = '';
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      const image = await inspectImage(photo.bytes);
      inspectMs.push(performance.now() - t);
      stripped = image.stripped.bytes;
      size = `${image.width}×${image.height}`;
    }
    strippedPhotos.push(stripped);
    const reference = await detectFaces(stripped, { model: 'ssd', minScore: 0.5 });
    const row: Record<string, string | number> = { photo: photo.name, size, byEye: photo.faces, inspectAndStripMs: Math.round(median(inspectMs)) };
    for (const model of MODELS) {
      const ms: number[] = [];
      let faces: FaceBox[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        faces = await detectFaces(stripped, { model });
        ms.push(performance.now() - t);
      }
      const stray = strays(faces, reference);
      row[`${model}Faces`] = faces.length - stray;
      row[`${model}Stray`] = stray;
      row[`${model}Ms`] = Math.round(median(ms));
      totals[model]!.found += faces.length - stray;
      totals[model]!.stray += stray;
      totals[model]!.ms.push(median(ms));
    }
    rows.push(row);
  }
  const byEye = FACES_BY_EYE.reduce((a, b) => a + b, 0);
  const summary = MODELS.map((m) => ({
    model: m,
    loadMs: loadMs[m],
    facesFound: `${totals[m]!.found} of ${byEye}`,
    strayBoxes: totals[m]!.stray,
    medianMsPerPhoto: Math.round(median(totals[m]!.ms)),
  }));
  console.table(summary);
  console.table(rows);

  const mainLoad = performance.now();
  await loadFaceModel('ssd');
  const eventLoop = {
    workerStartAndSsdLoadMs: loadMs.ssd,
    mainThreadSsdLoadMs: Math.round(performance.now() - mainLoad),
    sharpPrepareMs: await prepareMs(strippedPhotos),
    runs: [await eventLoopDelay('main thread (before)', strippedPhotos), await eventLoopDelay('worker thread (now)', strippedPhotos)],
  };
  console.log(
    `Worker start and SSD load ${eventLoop.workerStartAndSsdLoadMs} ms (SSD load in the main thread ${eventLoop.mainThreadSsdLoadMs} ms); sharp shrinks a photo in ${eventLoop.sharpPrepareMs} ms.`,
  );
  console.table(eventLoop.runs);
  const result = { date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: cpus().length, rounds: ROUNDS, summary, rows, eventLoop };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'images.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
