// Trigger words: each phrase detector names the words at least one of which every one of its
// patterns needs. One pass over the text's words (shared by all language detectors, cached per
// text) tells which detectors can match at all, so a clean text costs a few map look-ups rather
// than a dozen regular-expression scans.
import type { NormalisedText } from '../normalise.ts';

const byWord = new Map<string, number>();
let nextBit = 0;

/** Registers a detector's trigger words (as the tokeniser keys them: "i'll" is "ill"); returns its bit. */
export function registerTriggers(words: string): number {
  if (nextBit >= 31) throw new Error('too many trigger sets');
  const bit = 1 << nextBit++;
  for (const w of words.split(/\s+/)) if (w) byWord.set(w, (byWord.get(w) ?? 0) | bit);
  return bit;
}

const cache = new WeakMap<NormalisedText, number>();

/** Set when the text has a word from the offensive-words lexicon. */
export const OFFENSIVE_WORD_BIT = 1 << 30;

/** Registers single words that, when present, set OFFENSIVE_WORD_BIT. */
export function registerOffensiveWords(words: Iterable<string>): void {
  for (const w of words) byWord.set(w, (byWord.get(w) ?? 0) | OFFENSIVE_WORD_BIT);
}

/** The bits of every detector with a trigger word in the text. */
export function triggersIn(text: NormalisedText): number {
  let mask = cache.get(text);
  if (mask !== undefined) return mask;
  mask = 0;
  for (const t of text.tokens) {
    const bits = byWord.get(t.key);
    if (bits !== undefined) mask |= bits;
  }
  cache.set(text, mask);
  return mask;
}
