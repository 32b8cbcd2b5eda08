// The learned language model: one logistic regression per category over the hashed sentence
// features of features.ts, trained by scripts/train-language-model.ts and shipped as weights.ts.
// Scoring a sentence is one pass over its features adding six weights each.
import { BUCKETS } from './features.ts';

/** The categories the model scores, in the order of its weights. */
export const MODEL_CATEGORIES = ['abuse', 'threat', 'allegation', 'hate', 'complaint', 'sexual'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];
export const CATEGORY_COUNT = MODEL_CATEGORIES.length;

export interface LanguageModel {
  /** weights[bucket * CATEGORY_COUNT + category] */
  weights: Float32Array;
  bias: Float32Array;
  /** Per category, the log-odds at or above which a sentence is reported. */
  thresholds: Float32Array;
}

/** The model as weights.ts stores it: weights quantised to bytes, one scale per category. */
export interface EncodedModel {
  buckets: number;
  categories: readonly string[];
  scales: readonly number[];
  bias: readonly number[];
  thresholds: readonly number[];
  /** Base64 of the signed bytes, bucket-major. */
  weights: string;
}

export function decodeModel(encoded: EncodedModel): LanguageModel {
  if (encoded.buckets !== BUCKETS || encoded.categories.join() !== MODEL_CATEGORIES.join()) {
    throw new Error('The language model was trained for other features: run npm run train:language');
  }
  const bytes = base64Bytes(encoded.weights);
  if (bytes.length !== BUCKETS * CATEGORY_COUNT) throw new Error('The language model weights are the wrong size');
  const weights = new Float32Array(bytes.length);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < signed.length; i++) weights[i] = signed[i]! * encoded.scales[i % CATEGORY_COUNT]!;
  return { weights, bias: Float32Array.from(encoded.bias), thresholds: Float32Array.from(encoded.thresholds) };
}

/** Adds each category's log-odds for a sentence's features into `out` (length CATEGORY_COUNT). */
export function scoreFeatures(model: LanguageModel, features: Int32Array, n: number, out: Float64Array): void {
  const w = model.weights;
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
  for (let k = 0; k < n; k++) {
    const at = features[k]! * CATEGORY_COUNT;
    a0 += w[at]!;
    a1 += w[at + 1]!;
    a2 += w[at + 2]!;
    a3 += w[at + 3]!;
    a4 += w[at + 4]!;
    a5 += w[at + 5]!;
  }
  // Each feature counts 1/√n, so long and short sentences score on one scale.
  const v = n > 0 ? 1 / Math.sqrt(n) : 0;
  out[0] = model.bias[0]! + a0 * v;
  out[1] = model.bias[1]! + a1 * v;
  out[2] = model.bias[2]! + a2 * v;
  out[3] = model.bias[3]! + a3 * v;
  out[4] = model.bias[4]! + a4 * v;
  out[5] = model.bias[5]! + a5 * v;
}

/** atob is in every JavaScript runtime the engine runs in (Node 16 and later, browsers). */
function base64Bytes(s: string): Uint8Array {
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
