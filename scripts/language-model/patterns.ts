// The detectors the model works beside: every detector the engine runs before the model, taken
// from DETECTORS so the list cannot drift from the engine (a hand-kept copy once missed the
// insults detector). A sentence they already report is not the model's to find, so thresholds are
// chosen for what the model adds to them. Only findings in the model's categories count, and the
// name, contact and link detectors give none of those.
import type { Detector } from '../../src/core/checks/engine.ts';
import { DETECTORS } from '../../src/core/checks/detectors.ts';
import { languageModelDetector } from '../../src/core/checks/language/model/language-model.ts';

const at = DETECTORS.indexOf(languageModelDetector);

export const PATTERN_DETECTORS: readonly Detector[] = at < 0 ? DETECTORS : DETECTORS.slice(0, at);
