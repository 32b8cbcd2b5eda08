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

// Letters and digits, with apostrophes inside ("o'neill") or one at the end ("jones'").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu;

export function tokenise(cased: string, folded: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = WORD.exec(folded)) !== null) {
    const start = m.index;
    const word = m[0];
    const end = start + word.length;
    let key = word;
    let possessive = false;
    let coreEnd = end;
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
    const first = cased[start]!;
    const capitalised = first !== first.toLowerCase();
    const slice = cased.slice(start, end);
    const allCaps = word.length > 1 && slice === slice.toUpperCase() && slice !== word;
    const before = start > 0 ? folded[start - 1] : '';
    tokens.push({
      start,
      end,
      coreEnd,
      word,
      key,
      capitalised,
      allCaps,
      possessive,
      sigil: before === '#' || before === '@' ? before : null,
      sentenceStart: startsSentence(folded, previousEnd, start, tokens.length === 0),
    });
    previousEnd = end;
  }
  return tokens;
}

function startsSentence(folded: string, from: number, to: number, isFirst: boolean): boolean {
  // Look back over the gap between the previous word and this one for a sentence end.
  for (let i = to - 1; i >= from; i--) {
    const c = folded[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';') return true;
  }
  return isFirst;
}
