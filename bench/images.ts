// Image benchmark: each face model's load time, then for each of face-api's six demo photos (real
// photos, 1920 pixels across, 22 faces in all, counted by eye) the time to inspect and strip it,
// and for each model the faces found (and how many of them match a real face) and the time to
// find them, on one wasm thread. Prints a table; writes bench/results/images.json.
// Run: npm run bench:images   (figures, not a timed test: the machine's load changes them)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { detectFaces, loadFaceDetector, type FaceBox, type FaceModel } from '../src/platform/images/face-detector.ts';
import { inspectImage } from '../src/platform/images/inspect-image.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MODELS: FaceModel[] = ['ssd', 'tiny'];
const demo = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
/** Faces a person counts in each photo: every face is turned at least partly towards the camera. */
const FACES_BY_EYE = [3, 3, 3, 4, 5, 4];
const photos = FACES_BY_EYE.map((faces, i) => ({ name: `sample${i + 1}.jpg`, faces, bytes: readFileSync(join(demo, `sample${i + 1}.jpg`)) }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function overlap(a: FaceBox, b: FaceBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const shared = Math.max(0, w) * Math.max(0, h);
  return shared / (a.width * a.height + b.width * b.height - shared);
}

/** Boxes that match none of the reference boxes (SSD at a high threshold, checked by eye against FACES_BY_EYE). */
const strays = (found: FaceBox[], reference: FaceBox[]) => found.filter((f) => !reference.some((r) => overlap(f, r) > 0.3)).length;

async function main() {
  const loadMs: Record<string, number> = {};
  for (const model of MODELS) {
    const t = performance.now();
    await loadFaceDetector(model);
    loadMs[model] = Math.round(performance.now() - t);
  }

  const rows = [];
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
  const result = { date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: cpus().length, rounds: ROUNDS, summary, rows };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'images.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
