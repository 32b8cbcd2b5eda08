// Image benchmark: the face model's load time, then for each of face-api's six demo photos (real
// phone photos, 1–2 megapixels) the time to inspect and strip it and to find its faces, on one
// wasm thread. Prints a table; writes bench/results/images.json.
// Run: npm run bench:images   (figures, not a timed test: the machine's load changes them)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { detectFaces, loadFaceDetector } from '../src/platform/images/face-detector.ts';
import { inspectImage } from '../src/platform/images/inspect-image.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const demo = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
const photos = [1, 2, 3, 4, 5, 6].map((n) => ({ name: `sample${n}.jpg`, bytes: readFileSync(join(demo, `sample${n}.jpg`)) }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  let t = performance.now();
  await loadFaceDetector();
  const loadMs = performance.now() - t;

  const rows = [];
  for (const photo of photos) {
    const inspectMs: number[] = [];
    const facesMs: number[] = [];
    let faces = 0;
    let size = '';
    for (let i = 0; i < ROUNDS; i++) {
      t = performance.now();
      const image = await inspectImage(photo.bytes);
      inspectMs.push(performance.now() - t);
      t = performance.now();
      faces = (await detectFaces(image.stripped.bytes)).length;
      facesMs.push(performance.now() - t);
      size = `${image.width}×${image.height}`;
    }
    rows.push({ photo: photo.name, size, faces, inspectAndStripMs: Math.round(median(inspectMs)), detectFacesMs: Math.round(median(facesMs)) });
  }
  console.log(`Face model load: ${Math.round(loadMs)} ms (once per process)`);
  console.table(rows);
  const result = { date: new Date().toISOString(), cpu: cpus()[0]?.model, rounds: ROUNDS, modelLoadMs: Math.round(loadMs), rows };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'images.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
