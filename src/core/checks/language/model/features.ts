// Features for the learned language model: each sentence (or clause) of a text becomes a bag of
// hashed words and word pairs, so a phrasing the patterns never saw still shares most of its
// features with ones the model was trained on. A word in one of the classes of word-classes.ts
// ("you", "ye", "u"; "useless", "clueless") also counts as its class, alone and in pairs, so
// wording from a region the model never read still meets what it learnt. (Letter runs of 3–5 were
// tried: cross-validation scored them lower, as they drown the words, and they cost five times as
// many look-ups.) Used at check time by the detector and at training time by
// scripts/train-language-model.ts, so both see exactly the same features.
import type { Token } from '../../tokens.ts';
import { wordClasses } from './word-classes.ts';

/** Hash buckets for features: a power of two. */
export const BUCKETS = 1 << 16;
const MASK = BUCKETS - 1;

/** A sentence: tokens [from, to) of the text. */
export interface Sentence {
  from: number;
  to: number;
}

/** Sentences of a text: a sentence starts at a token the tokeniser marks (after . ! ? : ; or a line break). */
export function sentencesOf(tokens: readonly Token[], out: Sentence[] = []): Sentence[] {
  out.length = 0;
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.sentenceStart) {
      out.push({ from, to: k });
      from = k;
    }
  }
  return out;
}

// FNV-1a over a string's code units, from a seed that keeps feature families apart.
function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const WORD = 0x811c9dc5;
const PAIR = 0x9747b28c;
const KIND = 0x27d4eb2f;
const CLASS = 0x165667b1;
const CLASS_PAIR = 0x3c6ef372;
// The written forms of titles stay words; any other capitalised word inside a sentence is a
// name or proper noun, and word pairs see it as one shape ("mrs <cap> is") so names generalise.
// A word in capitals is shouted, not a name.
const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'dr', 'sir', 'i']);
const CAP = hashString('<cap>', WORD);
const START = hashString('<s>', WORD);
const END = hashString('</s>', WORD);
const KIND_FEATURES = new Map(['post', 'comment', 'personal'].map((k) => [k, (hashString(k, KIND) >>> 0) & MASK]));
const CLASS_OF = new Map([...wordClasses()].map(([word, name]) => [word, hashString(name, CLASS)]));

const bucket = (h: number) => (h >>> 0) & MASK;
const pair = (a: number, b: number, seed: number) => bucket(Math.imul(a, 31) ^ b ^ seed);

/**
 * Writes the sentence's feature buckets into `out` (repeats possible) and returns how many.
 * `out` must hold at least featureRoom(tokens, sentence) entries.
 */
export function sentenceFeatures(tokens: readonly Token[], s: Sentence, kind: string, out: Int32Array): number {
  let n = 0;
  out[n++] = KIND_FEATURES.get(kind) ?? bucket(hashString(kind, KIND));
  let prev = START;
  // The same pairs with each classed word as its class: only where one of the two has a class,
  // as the others are the word pairs already written.
  let prevClassed = START;
  let prevHasClass = false;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!;
    const key = t.key;
    const word = hashString(key, WORD);
    out[n++] = bucket(word);
    const shape = t.capitalised && !t.allCaps && !t.sentenceStart && !TITLES.has(key) ? CAP : word;
    out[n++] = pair(prev, shape, PAIR);
    prev = shape;
    const cls = CLASS_OF.get(key);
    if (cls !== undefined) out[n++] = bucket(cls);
    if (cls !== undefined || prevHasClass) out[n++] = pair(prevClassed, cls ?? shape, CLASS_PAIR);
    prevClassed = cls ?? shape;
    prevHasClass = cls !== undefined;
  }
  if (prevHasClass) out[n++] = pair(prevClassed, END, CLASS_PAIR);
  out[n++] = pair(prev, END, PAIR);
  return n;
}

/** Most features sentenceFeatures writes: the kind, up to four a word (word, pair, class, class pair) and two closing pairs. */
export function featureRoom(_tokens: readonly Token[], s: Sentence): number {
  return 3 + 4 * (s.to - s.from);
}
