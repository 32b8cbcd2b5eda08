// Finds faces with face-api's SSD MobileNet v1 detector (or, for comparison, its tiny detector)
// on TensorFlow.js's WebAssembly backend. The weights ship inside the @vladmandic/face-api package
// and the .wasm files inside @tensorflow/tfjs-backend-wasm: both are read from disk, nothing is
// fetched from the network.
// Each model is loaded once per process, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import type * as FaceApi from '@vladmandic/face-api';
import sharp from 'sharp';
import { registerChainedOps } from './tf-chained-ops.ts';

export interface FaceBox {
  /** Pixels from the left and top of the image as shown (after its orientation is applied). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The detector's confidence, 0–1. */
  score: number;
}

/** Which of face-api's detectors to run (ADR 0009): SSD MobileNet v1 by default, the tiny one for comparison. */
export type FaceModel = 'ssd' | 'tiny';

/** The detector sees the image at most this wide or high; both models shrink it further (SSD to 512, tiny to 416). */
const DETECTION_EDGE = 1024;
const TINY_INPUT_SIZE = 416;
// Low on purpose: a false face costs one tag, a missed one a pupil posted without consent. On
// face-api's demo photos SSD gives every real face 0.55 or more and nothing else reaches 0.1.
const MIN_SCORE: Record<FaceModel, number> = { ssd: 0.3, tiny: 0.3 };
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
export function loadFaceDetector(model: FaceModel = 'ssd'): Promise<Runtime> {
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
  // One thread: no worker threads to start, and the server's other requests keep their cores.
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

/** Finds faces in an image (any format sharp reads). Boxes are in the image's own pixels, orientation applied. */
export async function detectFaces(image: Buffer, options: { limitInputPixels?: number; model?: FaceModel; minScore?: number } = {}): Promise<FaceBox[]> {
  const model = options.model ?? 'ssd';
  const minScore = options.minScore ?? MIN_SCORE[model];
  const { faceapi, tf } = await loadFaceDetector(model);
  const { data, info } = await sharp(image, { limitInputPixels: options.limitInputPixels ?? true })
    .rotate()
    .resize({ width: DETECTION_EDGE, height: DETECTION_EDGE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width: fullWidth, height: fullHeight } = await orientedSize(image);
  const scale = fullWidth / info.width;

  const tensor = tf.tensor3d(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), [info.height, info.width, 3], 'int32');
  try {
    const detections = await faceapi.detectAllFaces(
      tensor as unknown as FaceApi.TNetInput,
      model === 'ssd'
        ? new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: MAX_FACES })
        : new faceapi.TinyFaceDetectorOptions({ inputSize: TINY_INPUT_SIZE, scoreThreshold: minScore }),
    );
    return detections
      .map((d) => clampBox(d.box, scale, fullWidth, fullHeight, d.score))
      .sort((a, b) => a.x - b.x || a.y - b.y);
  } finally {
    tensor.dispose();
  }
}

async function orientedSize(image: Buffer) {
  const md = await sharp(image).metadata();
  return md.autoOrient ?? { width: md.width, height: md.height };
}

function clampBox(box: { x: number; y: number; width: number; height: number }, scale: number, w: number, h: number, score: number): FaceBox {
  const x = Math.max(0, Math.round(box.x * scale));
  const y = Math.max(0, Math.round(box.y * scale));
  return {
    x,
    y,
    width: Math.max(1, Math.min(w - x, Math.round(box.width * scale))),
    height: Math.max(1, Math.min(h - y, Math.round(box.height * scale))),
    score: Math.round(score * 1000) / 1000,
  };
}
