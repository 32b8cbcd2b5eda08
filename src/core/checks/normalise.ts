// Text normalisation for matching. Detectors match on `folded` (lower case, no accents, no hidden
// characters, look-alike letters folded to Latin) and report offsets that map back to the
// original text, so a finding always points at exactly what the writer typed.
import { foldChar } from './fold-char.ts';
import type { OffensiveWords } from './language/profanity.ts';
import type { WordHits } from './language/triggers.ts';
import { tokenise, type Token } from './tokens.ts';

/** Longer texts are checked up to here (about 1 MB of text); `truncated` says so. */
export const MAX_CHECK_CHARS = 1_048_576;

export interface NormalisedText {
  readonly original: string;
  /** NFKC, hidden characters removed, look-alike letters folded; case kept. */
  readonly cased: string;
  /** `cased` in lower case without accents: the same length as `cased`, character for character. */
  readonly folded: string;
  /** True when the input was longer than MAX_CHECK_CHARS and only its start was checked. */
  readonly truncated: boolean;
  /** Original offset where normalised character `i` starts (i may be the length: the end). */
  toOriginalStart(i: number): number;
  /** Original offset just after normalised character `end - 1` (an exclusive end). */
  toOriginalEnd(end: number): number;
  /** The words of the text, found once on first use. */
  readonly tokens: readonly Token[];
  /** Whether `tokens` has been asked for already (so costs nothing more). */
  readonly tokensReady: boolean;
  /**
   * Where the text's runs of ASCII digits start and end (exclusive), flat: [start0, end0, start1,
   * end1, ...]; found once, on first use. Detectors of numbers, dates and postcodes look only there
   * rather than each scanning the whole text for a digit.
   */
  readonly digitRuns: readonly number[];
  /** The language detectors' shared pass over the words (language/triggers.ts), kept with the text. */
  wordHits?: WordHits;
  /** The offensive words found (language/profanity.ts), kept for the insults detector to read. */
  offensiveWords?: OffensiveWords;
}

// Anything outside printable ASCII (plus tab and newlines) takes the slow path.
const NEEDS_FOLDING = /[^\t\n\r\x20-\x7e]/g;

export function normalise(input: string): NormalisedText {
  const text = typeof input === 'string' ? input : '';
  const truncated = text.length > MAX_CHECK_CHARS;
  // Never cut a surrogate pair in half.
  let limit = truncated ? MAX_CHECK_CHARS : text.length;
  if (truncated && isHighSurrogate(text.charCodeAt(limit - 1))) limit -= 1;
  const source = truncated ? text.slice(0, limit) : text;
  NEEDS_FOLDING.lastIndex = 0;
  if (!NEEDS_FOLDING.test(source)) return new Normalised(text, source, source.toLowerCase(), truncated, null, null);
  return foldSlowly(text, source, truncated, NEEDS_FOLDING.lastIndex - 1);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// The same characters, found one after another: the printable ASCII between them is copied whole.
const NEXT_TO_FOLD = /[^\t\n\r\x20-\x7e]/g;

function foldSlowly(original: string, source: string, truncated: boolean, first: number): NormalisedText {
  const n = source.length;
  // Offsets back into the original, per normalised character; grown when folding lengthens the text ("ﬁ" → "fi").
  let starts: Int32Array = NO_OFFSETS;
  let ends: Int32Array = NO_OFFSETS;
  let length = 0;
  // While every character so far folded to exactly one (most text: ’ → ', é → e, £), offsets are
  // the same in both texts and no map back is needed.
  let identity = true;
  const casedParts: string[] = [];
  // Each part's folding: null for a run of ASCII, which is the cased part in lower case.
  const foldedParts: Array<string | null> = [];
  // While every folding so far is its cased form in lower case, `folded` is all of `cased` in lower
  // case: one native call rather than a part at a time (Σ, whose lower case depends on the letters
  // after it, is the one exception).
  let lowerOfCased = true;
  let i = 0;
  while (i < n) {
    // Up to the next character that needs folding (found by a native search, not a loop here),
    // the text is copied as it is: most of any text. Tabs and line breaks stay as they are.
    let next = first;
    if (i > first) {
      NEXT_TO_FOLD.lastIndex = i;
      next = NEXT_TO_FOLD.test(source) ? NEXT_TO_FOLD.lastIndex - 1 : n;
    }
    if (next > i) {
      casedParts.push(source.slice(i, next));
      foldedParts.push(null);
      if (identity) length += next - i;
      else {
        if (length + next - i > starts.length) {
          const bigger = starts.length * 2 + next - i;
          starts = grow(starts, bigger);
          ends = grow(ends, bigger);
        }
        for (let k = i; k < next; k++) {
          starts[length] = k;
          ends[length++] = k + 1;
        }
      }
      i = next;
      if (i === n) break;
    }
    const code = source.charCodeAt(i);
    let cased: string;
    let folded: string;
    let width = 1;
    if (code < 0x80) {
      // ASCII control characters (binary input) become spaces so words on either side stay apart.
      cased = ' ';
      folded = cased;
    } else {
      width = isHighSurrogate(code) && i + 1 < n && isLowSurrogate(source.charCodeAt(i + 1)) ? 2 : 1;
      const folding = foldChar(source.slice(i, i + width));
      cased = folding.cased;
      folded = folding.folded;
    }
    if (lowerOfCased && (folded !== cased.toLowerCase() || cased.includes('\u03a3'))) lowerOfCased = false;
    if (identity && width === 1 && cased.length === 1) {
      length++;
      casedParts.push(cased);
      foldedParts.push(folded);
      i += 1;
      continue;
    }
    if (identity) {
      // The first character that changes length: the map so far is one to one.
      identity = false;
      [starts, ends] = oneToOne(length, n + 16);
    }
    if (length + cased.length > starts.length) {
      const bigger = starts.length * 2 + cased.length;
      starts = grow(starts, bigger);
      ends = grow(ends, bigger);
    }
    for (let k = 0; k < cased.length; k++) {
      starts[length] = i;
      ends[length++] = i + width;
    }
    casedParts.push(cased);
    foldedParts.push(folded);
    i += width;
  }
  const cased = casedParts.join('');
  const folded = lowerOfCased ? cased.toLowerCase() : foldedParts.map((f, k) => f ?? casedParts[k]!.toLowerCase()).join('');
  if (identity && !truncated) return new Normalised(original, cased, folded, false, null, null);
  if (identity) [starts, ends] = oneToOne(length, length);
  return new Normalised(original, cased, folded, truncated, starts.subarray(0, length), ends.subarray(0, length));
}

const NO_OFFSETS = new Int32Array(0);

/** Offsets for the first `length` characters, each standing for itself, in arrays of `size`. */
function oneToOne(length: number, size: number): [Int32Array, Int32Array] {
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  for (let k = 0; k < length; k++) {
    starts[k] = k;
    ends[k] = k + 1;
  }
  return [starts, ends];
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

class Normalised implements NormalisedText {
  #tokens: Token[] | null = null;
  #digitRuns: readonly number[] | null = null;
  wordHits?: WordHits;
  offensiveWords?: OffensiveWords;
  readonly #starts: Int32Array | null;
  readonly #ends: Int32Array | null;
  readonly #sourceLength: number;

  constructor(
    readonly original: string,
    readonly cased: string,
    readonly folded: string,
    readonly truncated: boolean,
    starts: Int32Array | null,
    ends: Int32Array | null,
  ) {
    this.#starts = starts;
    this.#ends = ends;
    this.#sourceLength = truncated ? Math.min(original.length, MAX_CHECK_CHARS) : original.length;
  }

  toOriginalStart(i: number): number {
    if (!this.#starts) return i;
    return i < this.#starts.length ? this.#starts[i]! : this.#sourceLength;
  }

  toOriginalEnd(end: number): number {
    if (!this.#ends) return end;
    if (end <= 0) return this.toOriginalStart(0);
    return this.#ends[Math.min(end, this.#ends.length) - 1]!;
  }

  get tokens(): readonly Token[] {
    this.#tokens ??= tokenise(this.cased, this.folded);
    return this.#tokens;
  }

  get tokensReady(): boolean {
    return this.#tokens !== null;
  }

  get digitRuns(): readonly number[] {
    this.#digitRuns ??= findDigitRuns(this.folded);
    return this.#digitRuns;
  }
}

const DIGIT = /\d/g;
const NO_RUNS: readonly number[] = [];

function findDigitRuns(folded: string): readonly number[] {
  let runs: number[] | null = null;
  let from = 0;
  for (;;) {
    // A native search finds the next digit; the run is read on from it by hand.
    DIGIT.lastIndex = from;
    if (!DIGIT.test(folded)) break;
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < folded.length && isDigitCode(folded.charCodeAt(end))) end++;
    (runs ??= []).push(start, end);
    from = end;
  }
  return runs ?? NO_RUNS;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
