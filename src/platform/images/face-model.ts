// face-api's detectors on TensorFlow.js's WebAssembly backend. The weights ship inside the
// @vladmandic/face-api package and the .wasm files inside @tensorflow/tfjs-backend-wasm: both are
// read from disk, nothing is fetched from the network. This runs in the face detector's worker
// thread (face-worker.ts); face-detector.ts is what the rest of Parapet calls.
// Each model is loaded once per thread, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import type * as FaceApi from '@vladmandic/face-api';
import { registerChainedOps } from './tf-chained-ops.ts';

/** Which of face-api's detectors to run (ADR 0009): SSD MobileNet v1 by default, the tiny one for comparison. */
export type FaceModel = 'ssd' | 'tiny';

/** A face as the detector gives it, in the pixels it was shown, before rounding. */
export interface RawFace {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** Upright RGB pixels, 3 bytes each, row by row. */
export interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

const TINY_INPUT_SIZE = 416;
/** More faces than any school photo needs tagging; SSD's own default stops at 100. */
const MAX_FACES = 100;

const require = createRequire(import.meta.url);
type Tf = typeof import('@tensorflow/tfjs-core');
interface Runtime {
  faceapi: typeof FaceApi;
  tf: Tf;
}
let runtime: Promise<Runtime> | undefined;
const models = new Map<FaceModel, Promise<Runtime>>();

/** Loads TensorFlow.js, its wasm backend and one detector's weights; later calls share the first load. */
export function loadFaceModel(model: FaceModel): Promise<Runtime> {
  let loading = models.get(model);
  if (!loading) {
    loading = loadModel(model).catch((err: unknown) => {
      models.delete(model);
      throw err;
    });
    models.set(model, loading);
  }
  return loading;
}

/** Runs one detector over the pixels. */
export async function findFaces(pixels: Pixels, model: FaceModel, minScore: number): Promise<RawFace[]> {
  const { faceapi, tf } = await loadFaceModel(model);
  const tensor = tf.tensor3d(pixels.data, [pixels.height, pixels.width, 3], 'int32');
  try {
    const detections = await faceapi.detectAllFaces(
      tensor as unknown as FaceApi.TNetInput,
      model === 'ssd'
        ? new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: MAX_FACES })
        : new faceapi.TinyFaceDetectorOptions({ inputSize: TINY_INPUT_SIZE, scoreThreshold: minScore }),
    );
    return detections.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score }));
  } finally {
    tensor.dispose();
  }
}

async function loadModel(model: FaceModel): Promise<Runtime> {
  runtime ??= loadRuntime().catch((err: unknown) => {
    runtime = undefined;
    throw err;
  });
  const loaded = await runtime;
  const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  const net = model === 'ssd' ? loaded.faceapi.nets.ssdMobilenetv1 : loaded.faceapi.nets.tinyFaceDetector;
  if (!net.isLoaded) await net.loadFromDisk(modelDir);
  return loaded;
}

async function loadRuntime(): Promise<Runtime> {
  const tf = require('@tensorflow/tfjs-core') as Tf;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  // One wasm thread: the machine's other core is left to the web server and sharp.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend('wasm'))) throw new Error('The TensorFlow.js wasm backend could not start.');
  await tf.ready();
  registerChainedOps(tf);
  return { faceapi: loadFaceApiModule(tf), tf };
}

/**
 * face-api's wasm build requires the umbrella "@tensorflow/tfjs" package, of which it uses only
 * the core; rather than install the whole of TensorFlow.js, the build is given the core in its
 * place. It is evaluated as the CommonJS module it is, with that one require answered here.
 */
function loadFaceApiModule(tf: Tf): typeof FaceApi {
  const file = require.resolve('@vladmandic/face-api/dist/face-api.node-wasm.js');
  const localRequire = createRequire(file);
  const moduleRequire = (id: string): unknown => (id === '@tensorflow/tfjs' ? tf : localRequire(id));
  const factory = compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  const mod = { exports: {} as Record<string, unknown> };
  factory.call(mod.exports, mod.exports, moduleRequire, mod, file, dirname(file));
  return mod.exports as unknown as typeof FaceApi;
}
