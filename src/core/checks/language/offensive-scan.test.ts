import { describe, expect, it } from 'vitest';
import { random } from '../../../../bench/check-fixtures.ts';
import { tokenise } from '../tokens.ts';
import { WORDS } from './lexicon.ts';
import { collapse, COLLAPSED, hasTriple, mixedAt, mixedCount, scan, SPACED_OUT, TRIPLE, WORD_TO_REPORT } from './offensive-scan.ts';

// The scan as it was written before it read words too: one character at a time, charCodeAt.
function referenceScan(s: string): { flags: number; mixed: number[] } {
  const classOf = (c: number) => (c >= 97 && c <= 122 ? 1 : '0123456789$@!*#|+'.includes(String.fromCharCode(c)) || c === 0x20ac ? 2 : ' ._-'.includes(String.fromCharCode(c)) && c < 128 ? 3 : 0);
  const spacedFrom = (i: number) =>
    i + 4 < s.length &&
    classOf(s.charCodeAt(i + 1)) === 3 &&
    classOf(s.charCodeAt(i + 2)) === 1 &&
    classOf(s.charCodeAt(i + 3)) === 3 &&
    classOf(s.charCodeAt(i + 4)) === 1 &&
    (i + 5 >= s.length || classOf(s.charCodeAt(i + 5)) === 0 || classOf(s.charCodeAt(i + 5)) === 3);
  let flags = 0;
  const mixed: number[] = [];
  let prevClass = 0;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 1) {
      if (prevClass === 1) {
        if (code === prev && code === prev2) flags |= TRIPLE;
      } else if (prevClass === 2) mixed.push(i - 1);
      else if ((flags & SPACED_OUT) === 0 && spacedFrom(i)) flags |= SPACED_OUT;
    } else if (cls === 2 && prevClass === 1) mixed.push(i - 1);
    prevClass = cls;
    prev2 = prev;
    prev = code;
  }
  return { flags, mixed };
}

// What the words flag stands for: a token, as tokenise() reads it, that is a form or stretched out.
const hasWordToReport = (s: string) => tokenise(s, s).some((t) => WORDS.has(t.key) || (hasTriple(t.key) && COLLAPSED.has(collapse(t.key))));

// Pieces that make the hard cases: forms, stretched and broken up by apostrophes, possessives,
// leet, spacing, accented, Cyrillic and astral letters, emoji, lone surrogates.
const PIECES = [
  'fuck', 'shit', 'twat', 'arse', 'cum', 'bloody', 'fuuuck', 'shiiite', 'f', 'u', 'c', 'k', 'wank',
  "'", "'s", "''", ' ', ' ', ' ', '.', '-', '_', '!', '$', '1', '0', '@', '*', '#', '|', '+', '€',
  'a', 'e', 'o', 'x', 'sss', 'é', 'ж', '£', '😀', '𝒜', '\ud800', '7', 'pm', 'the', 'scunthorpe', '\n',
];

function randomText(next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 12);
  for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}

describe('the offensive-words scan', () => {
  it('finds the same triples, spaced letters and mixed words as a plain character loop, and every word to report', () => {
    const next = random(4);
    for (let k = 0; k < 20_000; k++) {
      const s = randomText(next);
      const want = referenceScan(s);
      const flags = scan(s);
      expect(flags & (TRIPLE | SPACED_OUT), JSON.stringify(s)).toBe(want.flags);
      expect(Array.from(mixedAt.subarray(0, mixedCount)), JSON.stringify(s)).toEqual(want.mixed);
      expect((flags & WORD_TO_REPORT) !== 0, JSON.stringify(s)).toBe(hasWordToReport(s));
    }
  });

  it('reads words as the tokeniser does: apostrophes inside, a possessive at the end', () => {
    for (const s of ["fu'ck", "o'fuck", "fuck's", "fuck'", "shit''", 'fuuuck', "fu'uuck", 'sh1t', 'scunthorpe', '𝒜fuck', 'жfuck', 'fuckж']) {
      expect((scan(s) & WORD_TO_REPORT) !== 0, s).toBe(hasWordToReport(s));
    }
  });
});
