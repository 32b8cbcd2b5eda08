// A detector built from phrase patterns matched on the folded text (lower case, accents and
// hidden characters removed). The patterns are compiled once, into one regular expression per
// detector, so a check allocates nothing but its findings.
import type { Detector, FindingDraft } from '../engine.ts';
import type { NormalisedText } from '../normalise.ts';
import type { CheckKind, FindingCategory } from '../types.ts';
import { registerTriggers, triggersIn } from './triggers.ts';

export interface PhraseSpec {
  name: string;
  category: FindingCategory;
  rule: string;
  reason: string;
  confidence: number;
  kinds?: readonly CheckKind[];
  /** Regular-expression sources; word boundaries are the pattern's own business. */
  patterns: readonly string[];
  /** Words (space-separated, as tokens key them) at least one of which every pattern needs. */
  triggers: string;
  /** Sources of phrases that make a match innocent when they cover it (e.g. "steal the show"). */
  innocent?: readonly string[];
  /**
   * One finding per text (a complaint is about the whole comment) or per sentence (an allegation
   * and its "and they hushed it up"), rather than one per matched phrase.
   */
  merge?: 'text' | 'sentence';
}

/** Words that often sit between others: "a", "an", "the", intensifiers. */
export const FILL = String.raw`(?:(?:a|an|the|such|so|just|really|very|absolute|absolutely|complete|completely|total|totally|utter|utterly|right|proper|bloody|fucking|f\*+ing|effing|flipping|little|big|fat|ugly|old|stupid|useless|pathetic|nasty|sad|ignorant|vile|lazy|miserable|bitter|arrogant|smug|incompetent|spineless|two-faced|jumped-up|brainless|thick|dim|clueless)\s+)`;

/** Words naming people at or around a school, or pointing at someone. */
export const PERSON = String.raw`(?:(?:mr|mrs|miss|ms|dr|sir|mx)\.?\s+[a-z][a-z'-]+|(?:the|that|this|our|your|my|their|his|her|some|all the|these|those)\s+(?:new\s+|year\s+\d\s+|reception\s+|pe\s+|office\s+|class\s+|deputy\s+|assistant\s+)?(?:head\s*teacher|headteacher|headmistress|headmaster|head|deputy|teachers?|ta|tas|teaching assistants?|staff|office|receptionist|secretary|caretaker|dinner lad(?:y|ies)|lunch lad(?:y|ies)|coach|senco|governors?|chair|parents|mums|dads|treasurer|pta|woman|man|bloke|lady|ladies|cook|kids|children|lad|boy|girl|mum|dad)|she|he|they|you|you lot|whoever[a-z ]{0,30}?)`;

const SENTENCE_END = /[.!?\n]/;

export function phraseDetector(spec: PhraseSpec): Detector {
  const pattern = new RegExp(spec.patterns.map((p) => `(?:${p})`).join('|'), 'g');
  const innocent = spec.innocent?.length ? new RegExp(spec.innocent.map((p) => `(?:${p})`).join('|'), 'g') : null;
  const bit = registerTriggers(spec.triggers);
  const detector: Detector = {
    name: spec.name,
    detect(text: NormalisedText): FindingDraft[] {
      const folded = text.folded;
      if ((triggersIn(text) & bit) === 0) return [];
      const drafts: FindingDraft[] = [];
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(folded)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex += 1;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (innocent && coveredBy(innocent, folded, start, end)) continue;
        const last = drafts[drafts.length - 1];
        if (last && spec.merge && (spec.merge === 'text' || !SENTENCE_END.test(folded.slice(last.end, start)))) {
          last.end = Math.max(last.end, end);
          continue;
        }
        drafts.push({ category: spec.category, rule: spec.rule, start, end, confidence: spec.confidence, reason: spec.reason });
      }
      return drafts;
    },
  };
  if (spec.kinds) detector.kinds = spec.kinds;
  return detector;
}

function coveredBy(innocent: RegExp, folded: string, start: number, end: number): boolean {
  innocent.lastIndex = Math.max(0, start - 40);
  let m: RegExpExecArray | null;
  while ((m = innocent.exec(folded)) !== null && m.index <= end) {
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  return false;
}
