// Names written without spaces or letters: inside a longer hashtag or mention ("#WellDoneTobi",
// "@TeamAmeliaSmith"), as initials beside a class or year ("J.M. in Kingfisher Class") and as an
// initial and a surname ("M. HUTCHINSON" on a label).
import { classOrYearFollows } from './name-context.ts';
import type { NameEntry, NameIndex } from './name-index.ts';
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
 * "J.M. in Kingfisher Class", "T.M. (Year 3)": two capital initials with full stops that are a
 * pupil's, followed by their class or year. Returns the index of the last token used, or -1.
 */
export function pupilInitialsAt(text: NormalisedText, tokens: readonly Token[], i: number, index: NameIndex): { last: number; entries: NameEntry[] } | null {
  const a = tokens[i]!;
  const b = tokens[i + 1];
  if (!b || a.key.length !== 1 || b.key.length !== 1 || !a.capitalised || !b.capitalised) return null;
  if (!/^\.\s?$/.test(text.folded.slice(a.end, b.start))) return null;
  if (text.folded[b.end] !== '.') return null;
  const key = a.key + b.key;
  if (ABBREVIATIONS.has(key)) return null;
  const entries = index.initials.get(key);
  if (!entries || !classOrYearFollows(text.folded, tokens, i + 1)) return null;
  return { last: i + 1, entries };
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
