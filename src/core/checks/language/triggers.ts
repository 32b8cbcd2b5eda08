// Trigger words: each phrase detector names the words at least one of which every one of its
// patterns needs, and each pattern is run only when a word it names is in the text. One pass over
// the text's words (shared by all language detectors, cached per text) tells which detectors can
// match at all and which of their patterns to run, so a clean text costs one map look-up a word
// rather than a dozen regular-expression scans.
import type { NormalisedText } from '../normalise.ts';
import { WORD_SHAPES, wordShape } from '../tokens.ts';

interface WordEntry {
  /** Bits of the detectors that name this very word as a trigger. */
  bits: number;
  /** Patterns to run, as gate codes (detector slot × GATE_SLOT + pattern), or null. */
  gates: number[] | null;
}

/** What one pass over a text's words found. */
export interface WordHits {
  /** The bits of every detector with a trigger word in the text. */
  mask: number;
  /** Gate codes of the patterns whose words are in the text (repeats possible). */
  gates: number[];
}

const byWord = new Map<string, WordEntry>();
let nextBit = 0;
let nextSlot = 0;
/** Gate codes: slot * GATE_SLOT + pattern index. */
export const GATE_SLOT = 1024;

function entry(word: string): WordEntry {
  let e = byWord.get(word);
  if (!e) {
    byWord.set(word, (e = { bits: 0, gates: null }));
    mayBeWord[shape(word)] = 1;
  }
  return e;
}

// A registered word's length, first and last letter: three in four of a text's words have a shape
// no registered word has, and are passed over without a map look-up.
const mayBeWord = new Uint8Array(WORD_SHAPES);
function shape(word: string): number {
  return wordShape(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
}

/** Registers a detector's trigger words (as the tokeniser keys them: "i'll" is "ill"); returns its bit. */
export function registerTriggers(words: string): number {
  if (nextBit >= 30) throw new Error('too many trigger sets');
  const bit = 1 << nextBit++;
  for (const w of words.split(/\s+/)) if (w) entry(w).bits |= bit;
  return bit;
}

/**
 * Registers which of a detector's patterns each word gates (a word's plural, with "s", gates
 * them too); returns the detector's slot for decoding gate codes.
 */
export function registerGates(byPattern: ReadonlyMap<string, readonly number[]>): number {
  const slot = nextSlot++;
  for (const [word, patterns] of byPattern) {
    for (const key of [word, `${word}s`]) {
      const e = entry(key);
      e.gates ??= [];
      for (const p of patterns) if (!e.gates.includes(slot * GATE_SLOT + p)) e.gates.push(slot * GATE_SLOT + p);
    }
  }
  return slot;
}

/** The detectors and patterns the text's words call for: one look-up a word, once per text. */
export function wordHits(text: NormalisedText): WordHits {
  if (text.wordHits) return text.wordHits;
  let mask = 0;
  let gates: number[] | null = null;
  for (const t of text.tokens) {
    if (mayBeWord[shape(t.key)] === 0) continue;
    const e = byWord.get(t.key);
    if (e === undefined) continue;
    mask |= e.bits;
    if (e.gates !== null) {
      gates ??= [];
      for (let k = 0; k < e.gates.length; k++) gates.push(e.gates[k]!);
    }
  }
  text.wordHits = { mask, gates: gates ?? NO_GATES };
  return text.wordHits;
}

const NO_GATES: number[] = [];

