// The hand-written language detectors the model works beside: a sentence they already report is
// not the model's to find, so thresholds are chosen for what the model adds to them.
import type { Detector } from '../../src/core/checks/engine.ts';
import { abuseDetector } from '../../src/core/checks/language/abuse.ts';
import { allegationDetector } from '../../src/core/checks/language/allegation.ts';
import { complaintDetector } from '../../src/core/checks/language/complaint.ts';
import { hateDetector } from '../../src/core/checks/language/hate.ts';
import { profanityDetector } from '../../src/core/checks/language/profanity.ts';
import { sexualDetector } from '../../src/core/checks/language/sexual.ts';
import { threatDetector } from '../../src/core/checks/language/threat.ts';

export const PATTERN_DETECTORS: readonly Detector[] = [profanityDetector, abuseDetector, threatDetector, hateDetector, sexualDetector, allegationDetector, complaintDetector];
