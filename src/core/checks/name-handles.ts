// Names written without spaces or letters: inside a longer hashtag or mention ("#WellDoneTobi",
// "@TeamAmeliaSmith"), as initials beside a class or year ("J.M. in Kingfisher Class") and as an
// initial and a surname ("M. HUTCHINSON" on a label).
import { cheeredBefore, classOrYearFollows } from './name-context.ts';
import type { NameEntry, NameIndex } from './name-index.ts';
import { eng as ENGLISH_STOP_WORDS } from 'stopword';
import { AMBIGUOUS_FIRST_NAMES } from './name-words.ts';
import type { NormalisedText } from './normalise.ts';
import type { Token } from './tokens.ts';

export interface HandleMatch {
  start: number;
  end: number;
  entries: NameEntry[];
  form: 'full' | 'first' | 'initials';
}

// The words of a run-together handle: "WellDoneTobi" → Well, Done, Tobi; "DJ" stays whole.
const PARTS = /\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+/gu;

/** A pupil's full or first name inside a camel-case hashtag or mention that is not a name as a whole. */
export function namesInHandle(text: NormalisedText, t: Token, index: NameIndex): HandleMatch[] {
  const cased = text.cased.slice(t.start, t.coreEnd);
  const parts: Array<{ start: number; end: number; key: string }> = [];
  for (const m of cased.matchAll(PARTS)) {
    const start = t.start + m.index;
    const end = start + m[0].length;
    parts.push({ start, end, key: text.folded.slice(start, end) });
  }
  if (parts.length < 2) return [];
  const found: HandleMatch[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const next = parts[k + 1];
    const full = next ? index.joined.get(part.key + next.key)?.filter((e) => e.form === 'full') : undefined;
    if (full?.length) {
      found.push({ start: part.start, end: next!.end, entries: full, form: 'full' });
      k += 1;
      continue;
    }
    // A first name alone only when it is not also an ordinary word (#ThankYouMay, #HollyJolly).
    if (AMBIGUOUS_FIRST_NAMES.has(part.key) || part.key.length < 3) continue;
    const firsts = index.names.get(part.key)?.groups?.find((g) => g.form === 'first')?.entries;
    if (firsts?.length) found.push({ start: part.start, end: part.end, entries: firsts, form: 'first' });
  }
  return found;
}

// Initials that are abbreviations everyone uses: never a pupil's.
const ABBREVIATIONS = new Set(['am', 'pm', 'uk', 'us', 'eu', 'pe', 're', 'dt', 'it', 'ps', 'nb', 'eg', 'ie', 'bc', 'ad', 'rs', 'mp', 'tv', 'gp', 'ok', 'pr', 'hr', 'qc', 'jp', 'dj', 'pc', 'ta']);

/**
 * Initials a pupil is known by, with something that says a child is meant: a class or year after
 * them ("J.M. in Kingfisher Class", "T.M. (Year 3)"), a cheer before them ("Go on k.m.!!", "Well
 * done to FH"), or a list that ends in one ("FH and GL in Starfish"). Dotted initials in either
 * case, or two capitals written together. Returns the last token used and where the initials end.
 */
export function pupilInitialsAt(text: NormalisedText, tokens: readonly Token[], i: number, index: NameIndex): { last: number; end: number; entries: NameEntry[] } | null {
  const shape = initialsAt(text, tokens, i);
  if (!shape || ABBREVIATIONS.has(shape.key)) return null;
  const entries = index.initials.get(shape.key);
  if (!entries) return null;
  const named = { last: shape.last, end: shape.end, entries };
  if (classOrYearFollows(text.folded, tokens, shape.last) || cheeredBefore(tokens, i)) return named;
  return listedBeforeInitialsWithClass(text, tokens, shape.last, index, 4) ? named : null;
}

// Two-letter words in capitals that are words or everyday abbreviations, never initials: "GO ON", "OK".
const TWO_LETTER_WORDS = new Set(ENGLISH_STOP_WORDS.filter((w) => w.length === 2));

/** "J.M." or "k.m." (two tokens), or "FH" (one token in capitals). */
function initialsAt(text: NormalisedText, tokens: readonly Token[], i: number): { key: string; last: number; end: number } | null {
  const a = tokens[i]!;
  if (a.key.length === 2 && a.allCaps && /^[a-z]{2}$/.test(a.key) && !a.sigil) {
    return TWO_LETTER_WORDS.has(a.key) ? null : { key: a.key, last: i, end: a.end };
  }
  const b = tokens[i + 1];
  if (!b || a.key.length !== 1 || b.key.length !== 1 || a.capitalised !== b.capitalised) return null;
  if (!/^\.\s?$/.test(text.folded.slice(a.end, b.start)) || text.folded[b.end] !== '.') return null;
  return { key: a.key + b.key, last: i + 1, end: b.end + 1 };
}

/** "FH and GL in Starfish", "AB, CD and EF (Year 2)": more initials follow, the last with a class or year. */
function listedBeforeInitialsWithClass(text: NormalisedText, tokens: readonly Token[], last: number, index: NameIndex, depth: number): boolean {
  if (depth === 0) return false;
  const joiner = tokens[last + 1];
  if (!joiner || joiner.sentenceStart) return false;
  const gap = text.folded.slice(tokens[last]!.end, joiner.start);
  const at = joiner.key === 'and' ? last + 2 : /^\.?\s*[,&+]\s*$/.test(gap) ? last + 1 : -1;
  if (at < 0 || !tokens[at] || tokens[at]!.sentenceStart) return false;
  const next = initialsAt(text, tokens, at);
  if (!next || ABBREVIATIONS.has(next.key) || !index.initials.has(next.key)) return false;
  return classOrYearFollows(text.folded, tokens, next.last) || listedBeforeInitialsWithClass(text, tokens, next.last, index, depth - 1);
}

/** "M. Hutchinson", "A. Davies-Price": a capital initial with a full stop and a pupil's surname. */
export function pupilInitialAndSurnameAt(text: NormalisedText, tokens: readonly Token[], i: number, index: NameIndex): { last: number; entries: NameEntry[] } | null {
  const a = tokens[i]!;
  const b = tokens[i + 1];
  if (!b || !b.capitalised || b.key.length < 2 || text.folded[a.end] !== '.' || b.start - a.end > 2) return null;
  // A two-word surname first ("Davies-Price"), then one word.
  const c = tokens[i + 2];
  if (c && c.start - b.end === 1 && text.folded[b.end] === '-') {
    const two = index.initials.get(`${a.key} ${b.key} ${c.key}`);
    if (two) return { last: i + 2, entries: two };
  }
  const one = index.initials.get(`${a.key} ${b.key}`);
  return one ? { last: i + 1, entries: one } : null;
}
