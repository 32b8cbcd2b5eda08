// The detectors the engine runs, in order. Add a detector with one import and one entry.
import type { Detector } from './engine.ts';
import { nameDetector } from './names.ts';

export const DETECTORS: readonly Detector[] = [
  nameDetector,
];
