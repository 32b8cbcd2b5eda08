// Words of a normalised text, found in one linear pass. Offsets are into `folded` (and `cased`,
// which has the same length).

export interface Token {
  start: number;
  end: number;
  /** Where the word ends without a possessive "'s" or "'": findings about a name end here. */
  coreEnd: number;
  /** The word as folded, apostrophes kept: "o'neill's". */
  word: string;
  /** For look-ups: apostrophes removed and a possessive "'s" or "'" dropped: "oneill". */
  key: string;
  /** First letter is upper case in the text. */
  capitalised: boolean;
  /** Every letter is upper case (and there are at least two). */
  allCaps: boolean;
  /** Ends in "'s" or "'" (after a letter). */
  possessive: boolean;
  /** Directly after "#" or "@": a hashtag or a mention. */
  sigil: '#' | '@' | null;
  /** First word of a sentence (after . ! ? a line break, or the start of the text). */
  sentenceStart: boolean;
}

// Words are letters and digits, with apostrophes inside ("o'neill") or one at the end ("jones'"):
// the regex /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/u, scanned by hand for speed.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// ASCII characters: 1 a letter or digit, 2 ends a sentence (. ! ? : ; line break), 3 an apostrophe.
export const ASCII_KIND = new Uint8Array(128);
const ASCII = ASCII_KIND;
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (const c of '.!?\n:;') ASCII[c.charCodeAt(0)] = 2;
ASCII[39] = 3;

/** How many UTF-16 units the letter or digit at i takes (0: not one). */
export function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = s.slice(i, i + 2);
    return LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(s[i]!) ? 1 : 0;
}

export function tokenise(cased: string, folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  // A sentence ends at . ! ? : ; or a line break seen between two words (or the text starts).
  let afterBreak = true;
  while (i < n) {
    // A hand-written scan: the same words as the regex above, several times faster.
    const c = folded.charCodeAt(i);
    let w: number;
    if (c < 128) {
      const k = ASCII[c]!;
      if (k !== 1) {
        if (k === 2) afterBreak = true;
        i += 1;
        continue;
      }
      w = 1;
    } else {
      w = wordCharWidth(folded, i);
      if (w === 0) {
        i += 1;
        continue;
      }
    }
    const start = i;
    const end = (i = endOfWord(folded, i + w, n));
    const word = folded.slice(start, end);
    let key = word;
    let possessive = false;
    let coreEnd = end;
    // Most words have no apostrophe: skip the work for them.
    if (sawApostrophe) {
      key = keyOf(word);
      if (word.endsWith("'s") && word.length > 2) {
        possessive = true;
        coreEnd = end - 2;
      } else if (word.endsWith("'")) {
        possessive = word.length > 1;
        coreEnd = end - 1;
      }
    }
    const first = cased.charCodeAt(start);
    const capitalised = first < 128 ? first >= 65 && first <= 90 : isUpper(cased, start);
    // All capitals: checked only when the first two letters are capitals, which is rare.
    let allCaps = false;
    if (capitalised && end - start > 1 && isUpper(cased, start + 1)) {
      const slice = cased.slice(start, end);
      allCaps = slice === slice.toUpperCase() && slice !== word;
    }
    const before = start > 0 ? folded.charCodeAt(start - 1) : 0;
    tokens.push({
      start,
      end,
      coreEnd,
      word,
      key,
      capitalised,
      allCaps,
      possessive,
      sigil: before === 35 ? '#' : before === 64 ? '@' : null,
      sentenceStart: afterBreak,
    });
    afterBreak = false;
  }
  return tokens;
}

/** Slots of wordShape: a word's length (up to 31), first and last character (a letter, a digit or other). */
export const WORD_SHAPES = 32 * 37 * 37;
const shapeChar = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36);

/** A word's length, first and last character as one number: a table of the shapes of a word list passes most other words over without a look-up. */
export function wordShape(length: number, first: number, last: number): number {
  return (Math.min(length, 31) * 37 + shapeChar(first)) * 37 + shapeChar(last);
}

// Whether the word endOfWord last read had an apostrophe in it (or at its end).
let sawApostrophe = false;

/** Where the word whose first letter or digit ends before `i` ends; sets sawApostrophe. */
function endOfWord(folded: string, i: number, n: number): number {
  sawApostrophe = false;
  while (i < n) {
    const d = folded.charCodeAt(i);
    if (d < 128) {
      const k = ASCII[d]!;
      if (k === 1) {
        i += 1;
        continue;
      }
      if (k === 3) {
        sawApostrophe = true;
        const after = wordCharWidth(folded, i + 1);
        i += 1 + after;
        if (after > 0) continue;
      }
      return i;
    }
    const w = wordCharWidth(folded, i);
    if (w === 0) return i;
    i += w;
  }
  return i;
}

/** A word's key, for look-ups: apostrophes removed and a possessive "'s" or "'" dropped. */
export function keyOf(word: string): string {
  let key = word;
  if (key.endsWith("'s") && key.length > 2) key = key.slice(0, -2);
  else if (key.endsWith("'")) key = key.slice(0, -1);
  return key.includes("'") ? key.replace(/'/g, '') : key;
}

function isUpper(cased: string, i: number): boolean {
  const c = cased.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = cased[i]!;
  return ch !== ch.toLowerCase();
}
