// Finds faces with face-api's SSD MobileNet v1 detector (or, for comparison, its tiny detector)
// on TensorFlow.js's WebAssembly backend, in a worker thread so the web server keeps answering
// while a photo is checked (ADR 0009). sharp shrinks the photo and turns it upright here, in
// libuv's threads, and its pixels are handed to the worker without a copy; face-model.ts is what
// runs in the worker.
import sharp from 'sharp';
import type { FaceModel, Pixels, RawFace } from './face-model.ts';
import { FaceWorker } from './face-worker-client.ts';

export type { FaceModel } from './face-model.ts';

export interface FaceBox {
  /** Pixels from the left and top of the image as shown (after its orientation is applied). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The detector's confidence, 0–1. */
  score: number;
}

/** The detector sees the image at most this wide or high; both models shrink it further (SSD to 512, tiny to 416). */
const DETECTION_EDGE = 1024;
// Low on purpose: a false face costs one tag, a missed one a pupil posted without consent. On
// face-api's demo photos SSD gives every real face 0.55 or more and nothing else reaches 0.1.
const MIN_SCORE: Record<FaceModel, number> = { ssd: 0.3, tiny: 0.3 };

/** The process's one face detector thread, started on first use. */
export const faceWorker = new FaceWorker();

/** Starts the worker and loads a detector's weights in it, so the first photo does not wait for them. */
export async function loadFaceDetector(model: FaceModel = 'ssd'): Promise<void> {
  await faceWorker.load(model);
}

/** Stops the worker (the app's onClose); photos being checked fail, and a later photo starts a new one. */
export function closeFaceDetector(): Promise<void> {
  return faceWorker.close();
}

/** Finds faces in an image (any format sharp reads). Boxes are in the image's own pixels, orientation applied. */
export async function detectFaces(image: Buffer, options: { limitInputPixels?: number; model?: FaceModel; minScore?: number } = {}): Promise<FaceBox[]> {
  const model = options.model ?? 'ssd';
  const minScore = options.minScore ?? MIN_SCORE[model];
  let photo: DetectionPhoto | undefined;
  const faces = await faceWorker.detect(async () => {
    photo = await preparePhoto(image, options.limitInputPixels);
    // sharp's output is this call's own: its memory moves to the worker rather than being copied.
    return { request: { kind: 'detect', model, minScore, pixels: photo.pixels }, transfer: [photo.pixels.data.buffer as ArrayBuffer] };
  });
  return toFaceBoxes(faces, photo!);
}

export interface DetectionPhoto {
  pixels: Pixels;
  /** The photo's own size, upright. */
  width: number;
  height: number;
}

/** Shrinks the photo for the detector and turns it upright (in libuv's threads, off the event loop). */
export async function preparePhoto(image: Buffer, limitInputPixels: number | boolean = true): Promise<DetectionPhoto> {
  const { data, info } = await sharp(image, { limitInputPixels })
    .rotate()
    .resize({ width: DETECTION_EDGE, height: DETECTION_EDGE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = await orientedSize(image);
  return { pixels: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }, width, height };
}

/** The detector's faces in the photo's own pixels, rounded, left to right. */
export function toFaceBoxes(faces: RawFace[], photo: DetectionPhoto): FaceBox[] {
  const scale = photo.width / photo.pixels.width;
  return faces.map((f) => clampBox(f, scale, photo.width, photo.height, f.score)).sort((a, b) => a.x - b.x || a.y - b.y);
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
