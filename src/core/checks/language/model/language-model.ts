// The learned language detector: scores each sentence of a text with the model (model.ts) and
// reports a sentence whose score passes its category's threshold, so insults, threats,
// allegations, hate, complaints and sexual content phrased in ways the patterns never saw are
// still found. Its confidence stays below every pattern's, so where a pattern reports the same
// words the engine keeps the pattern's more precise finding (engine.ts drops the overlap).
import type { Detector, FindingDraft } from '../../engine.ts';
import type { NormalisedText } from '../../normalise.ts';
import type { CheckInput } from '../../types.ts';
import { featureRoom, sentenceFeatures, sentencesOf, type Sentence } from './features.ts';
import { HATE_GROUP_WORDS } from './hate-groups.ts';
import { CATEGORY_COUNT, decodeModel, MODEL_CATEGORIES, scoreFeatures, type LanguageModel, type ModelCategory } from './model.ts';
import { ENCODED_MODEL } from './weights.ts';

interface CategoryRule {
  rule: string;
  reason: string;
  /** Input kinds the category applies to, as the pattern detector of the same category. */
  kinds: readonly string[] | null;
}

const RULES: Record<ModelCategory, CategoryRule> = {
  abuse: { rule: 'no-offensive-content', reason: 'This reads as an insult aimed at a person', kinds: null },
  threat: { rule: 'no-offensive-content', reason: 'This reads as a threat', kinds: null },
  allegation: {
    rule: 'no-allegations',
    reason: 'This reads as an allegation of wrongdoing by a person or the school: raise it through the proper channels, not in public',
    kinds: ['comment', 'personal'],
  },
  hate: { rule: 'no-offensive-content', reason: 'This reads as an attack on people for who they are', kinds: null },
  complaint: {
    rule: 'concerns-via-proper-channels',
    reason: "This reads as a complaint: it belongs in the school's complaints procedure, where it can be answered properly",
    kinds: ['comment', 'personal'],
  },
  sexual: { rule: 'no-offensive-content', reason: 'This reads as sexual content', kinds: null },
};

/** A model finding's confidence runs from LOW (at its threshold) to HIGH, below the patterns' 0.75–0.95. */
const LOW = 0.5;
const HIGH = 0.7;

/** A detector scoring with the model; `load` is called on the first check (decoding takes milliseconds). */
export function modelDetector(load: () => LanguageModel): Detector {
  let model: LanguageModel | null = null;
  // Scratch, reused by every check (the engine is synchronous).
  let features = new Int32Array(1024);
  const logits = new Float64Array(CATEGORY_COUNT);
  const sentences: Sentence[] = [];
  return {
    name: 'language-model',
    detect(text: NormalisedText, input: CheckInput): FindingDraft[] {
      const tokens = text.tokens;
      if (tokens.length === 0) return [];
      const m = (model ??= load());
      const drafts: FindingDraft[] = [];
      for (const s of sentencesOf(tokens, sentences)) {
        const room = featureRoom(tokens, s);
        if (room > features.length) features = new Int32Array(room * 2);
        const n = sentenceFeatures(tokens, s, input.kind, features);
        scoreFeatures(m, features, n, logits);
        for (let c = 0; c < CATEGORY_COUNT; c++) {
          const threshold = m.thresholds[c]!;
          const logit = logits[c]!;
          if (logit < threshold) continue;
          const category = MODEL_CATEGORIES[c]!;
          const spec = RULES[category];
          if (spec.kinds && !spec.kinds.includes(input.kind)) continue;
          if (category === 'hate' && !namesAGroup(tokens, s)) continue;
          drafts.push({
            category,
            rule: spec.rule,
            start: tokens[s.from]!.start,
            end: tokens[s.to - 1]!.end,
            confidence: confidenceOf(logit, threshold),
            reason: spec.reason,
          });
        }
      }
      return drafts;
    },
  };
}

/** Hate is contempt for people for who they are: a sentence naming no such group is not hate ("All kids get nits"). */
function namesAGroup(tokens: NormalisedText['tokens'], s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) if (HATE_GROUP_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

/** The model's probability, mapped from [threshold, 1] onto [LOW, HIGH]. */
function confidenceOf(logit: number, threshold: number): number {
  const p = 1 / (1 + Math.exp(-logit));
  const floor = 1 / (1 + Math.exp(-threshold));
  return LOW + ((HIGH - LOW) * (p - floor)) / Math.max(1e-9, 1 - floor);
}

/** The model trained by `npm run train:language`, shipped in weights.ts. */
export const languageModelDetector: Detector = modelDetector(() => decodeModel(ENCODED_MODEL));
