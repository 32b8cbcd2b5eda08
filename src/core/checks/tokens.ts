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
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (const c of '.!?\n:;') ASCII[c.charCodeAt(0)] = 2;
ASCII[39] = 3;

/** How many UTF-16 units the letter or digit at i takes (0: not one). */
function wordCharWidth(s: string, i: number): number {
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
    i += w;
    let apostrophes = false;
    while (i < n) {
      const d = folded.charCodeAt(i);
      if (d < 128) {
        const k = ASCII[d]!;
        if (k === 1) {
          i += 1;
          continue;
        }
        if (k === 3) {
          apostrophes = true;
          const after = wordCharWidth(folded, i + 1);
          i += 1 + after;
          if (after > 0) continue;
        }
        break;
      }
      w = wordCharWidth(folded, i);
      if (w === 0) break;
      i += w;
    }
    const end = i;
    const word = folded.slice(start, end);
    let key = word;
    let possessive = false;
    let coreEnd = end;
    // Most words have no apostrophe: skip the work for them.
    if (apostrophes) {
      if (key.endsWith("'s") && key.length > 2) {
        key = key.slice(0, -2);
        possessive = true;
        coreEnd = end - 2;
      } else if (key.endsWith("'")) {
        key = key.slice(0, -1);
        possessive = key.length > 0;
        coreEnd = end - 1;
      }
      if (key.includes("'")) key = key.replace(/'/g, '');
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
function isUpper(cased: string, i: number): boolean {
  const c = cased.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = cased[i]!;
  return ch !== ch.toLowerCase();
}
