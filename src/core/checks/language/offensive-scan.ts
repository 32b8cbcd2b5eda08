// The offensive-words detector's one pass over a text: three of a letter in a row (fuuuck),
// single letters spaced out (f u c k), where a letter touches a digit or symbol (sh1t), and
// whether any word, read exactly as tokens.ts reads words, is a form of the lexicon as written or
// stretched out. A clean text costs this one loop: no tokens are built and nothing is allocated.
import { charCodes } from '../char-codes.ts';
import { ASCII_KIND, keyOf, wordCharWidth } from '../tokens.ts';
import { WORDS } from './lexicon.ts';

export const TRIPLE = 1;
export const SPACED_OUT = 2;
/** A word of the lexicon as written, or one that may be stretched out ("fuuuck"). */
export const WORD_TO_REPORT = 4;

// Where a letter touches a digit or symbol, filled by scan(); reused, so a check allocates nothing.
export const mixedAt = new Int32Array(4096);
export let mixedCount = 0;

// Forms by their stretched-out shape ("fuuuck" → "fuck"), and by length for masked words.
export const COLLAPSED = new Map<string, string>();
export const BY_LENGTH = new Map<number, string[]>();
// By the first and last character of a form (ASCII; any other counted as 0), the lengths of the
// forms (as bits; bit 30: 30 or more), and whether any collapsed form (stretching keeps both):
// most words of a text are passed over on these alone.
const FORM_LENGTHS = new Int32Array(128 * 128);
const STRETCHED_ENDS = new Uint8Array(128 * 128);
const ends = (first: number, last: number) => ((first < 128 ? first : 0) << 7) | (last < 128 ? last : 0);
for (const form of WORDS.keys()) {
  COLLAPSED.set(collapse(form), form);
  const list = BY_LENGTH.get(form.length);
  if (list) list.push(form);
  else BY_LENGTH.set(form.length, [form]);
  const at = ends(form.charCodeAt(0), form.charCodeAt(form.length - 1));
  FORM_LENGTHS[at]! |= 1 << Math.min(form.length, 30);
  STRETCHED_ENDS[at] = 1;
}

// Character classes for the scan: 1 letter, 2 digit or disguising symbol, 3 separator, 0 other.
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const c of '0123456789$@!*#|+') CLASS[c.charCodeAt(0)] = 2;
for (const c of ' ._-') CLASS[c.charCodeAt(0)] = 3;
const classOf = (code: number) => (code < 128 ? CLASS[code]! : code === 0x20ac ? 2 : 0);

/** The flags above, and mixedAt filled. */
export function scan(s: string): number {
  let flags = 0;
  mixedCount = 0;
  let prevClass = 0;
  // The word being read (tokenise's rules): where it started (-1: none), whether it has an
  // apostrophe or three of a letter in a row, and how many UTF-16 units still belong to a
  // character already read (the second half of an astral letter, the letter after an apostrophe).
  let wordStart = -1;
  let apostrophe = false;
  let triple = false;
  let owed = 0;
  const n = s.length;
  const codes = charCodes(s);
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    if (code >= 97 && code <= 122) {
      // A run of letters (most of any text), by the shortest path. After a digit or symbol: a
      // mixed word. Three of a letter in a row? A lone letter, a separator, a lone letter, a
      // separator, a lone letter?
      if (prevClass === 2 && mixedCount < mixedAt.length) mixedAt[mixedCount++] = i - 1;
      const spacedBefore = prevClass !== 2;
      // The two letters before (a run starts after something that is not a letter).
      let prev = code;
      let prev2 = -1;
      // A letter is always part of a word: it starts one, or is the one character owed to it.
      if (wordStart < 0) {
        wordStart = i;
        apostrophe = false;
        triple = false;
      }
      owed = 0;
      let j = i + 1;
      for (; j < n; j++) {
        const d = codes[j]!;
        if (d < 97 || d > 122) break;
        if (d === prev && d === prev2) {
          flags |= TRIPLE;
          triple = true;
        }
        prev2 = prev;
        prev = d;
      }
      // Spaced-out letters start with a lone one (a separator follows it, not another letter).
      if (j === i + 1 && spacedBefore && (flags & SPACED_OUT) === 0 && isSpacedFrom(codes, n, i)) flags |= SPACED_OUT;
      prevClass = 1;
      i = j - 1;
      continue;
    }
    const cls = classOf(code);
    if (cls === 2 && prevClass === 1 && mixedCount < mixedAt.length) mixedAt[mixedCount++] = i - 1;
    prevClass = cls;
    if (owed > 0) {
      owed -= 1;
      continue;
    }
    // Words, as tokenise() reads them.
    const kind = code < 128 ? ASCII_KIND[code]! : 0;
    if (wordStart < 0) {
      if (kind === 1) {
        wordStart = i;
        apostrophe = false;
        triple = false;
      } else if (code >= 128) {
        const w = wordCharWidth(s, i);
        if (w > 0) {
          wordStart = i;
          apostrophe = false;
          triple = false;
          owed = w - 1;
        }
      }
      continue;
    }
    if (kind === 1) continue;
    let end = i;
    if (kind === 3) {
      // An apostrophe: inside the word when a letter or digit follows, else its last character.
      apostrophe = true;
      const after = wordCharWidth(s, i + 1);
      if (after > 0) {
        owed = after;
        continue;
      }
      end = i + 1;
    } else if (code >= 128) {
      const w = wordCharWidth(s, i);
      if (w > 0) {
        owed = w - 1;
        continue;
      }
    }
    if ((flags & WORD_TO_REPORT) === 0 && isWordToReport(s, codes, wordStart, end, apostrophe, triple)) flags |= WORD_TO_REPORT;
    wordStart = -1;
  }
  if (wordStart >= 0 && (flags & WORD_TO_REPORT) === 0 && isWordToReport(s, codes, wordStart, n, apostrophe, triple)) flags |= WORD_TO_REPORT;
  return flags;
}

/**
 * A form as written, or stretched (three of a letter in a row that collapse to a form). Without an
 * apostrophe the word is its own key, looked at in place: most words fail on their shape alone.
 */
function isWordToReport(s: string, codes: Uint16Array, start: number, end: number, apostrophe: boolean, triple: boolean): boolean {
  if (apostrophe) {
    const key = keyOf(s.slice(start, end));
    return WORDS.has(key) || (hasTriple(key) && COLLAPSED.has(collapse(key)));
  }
  const at = ends(codes[start]!, codes[end - 1]!);
  if (((FORM_LENGTHS[at]! >> Math.min(end - start, 30)) & 1) === 1 && WORDS.has(s.slice(start, end))) return true;
  return triple && STRETCHED_ENDS[at] === 1 && COLLAPSED.has(collapse(s.slice(start, end)));
}

function isSpacedFrom(codes: Uint16Array, n: number, i: number): boolean {
  return (
    i + 4 < n &&
    classOf(codes[i + 1]!) === 3 &&
    classOf(codes[i + 2]!) === 1 &&
    classOf(codes[i + 3]!) === 3 &&
    classOf(codes[i + 4]!) === 1 &&
    (i + 5 >= n || classOf(codes[i + 5]!) === 0 || classOf(codes[i + 5]!) === 3)
  );
}

/** Three of the same letter in a row ("fuuuck"), without a backreference. */
export function hasTriple(s: string): boolean {
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === s.charCodeAt(i - 1) && c === s.charCodeAt(i - 2)) return true;
  }
  return false;
}

export function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}
