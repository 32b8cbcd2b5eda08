// Quantises trained weights to one signed byte each with a per-category scale: weights.ts stays
// small (64 KB a category before base64). decodeModel in model.ts is the inverse.
import { Buffer } from 'node:buffer';
import { BUCKETS } from '../../src/core/checks/language/model/features.ts';
import { CATEGORY_COUNT, MODEL_CATEGORIES, type EncodedModel } from '../../src/core/checks/language/model/model.ts';

/** Quantises weights to one signed byte each (per-category scale); the inverse of decodeModel. */
export function encodeModel(model: { weights: ArrayLike<number>; bias: ArrayLike<number>; thresholds: ArrayLike<number> }): EncodedModel {
  const scales: number[] = [];
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    let max = 0;
    for (let i = c; i < model.weights.length; i += CATEGORY_COUNT) max = Math.max(max, Math.abs(model.weights[i]!));
    scales.push(round(max / 127 || 1));
  }
  const signed = new Int8Array(model.weights.length);
  for (let i = 0; i < signed.length; i++) signed[i] = Math.round(model.weights[i]! / scales[i % CATEGORY_COUNT]!);
  return {
    buckets: BUCKETS,
    categories: [...MODEL_CATEGORIES],
    scales,
    bias: Array.from(model.bias, round),
    thresholds: Array.from(model.thresholds, round),
    weights: Buffer.from(signed.buffer).toString("base64"),
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
