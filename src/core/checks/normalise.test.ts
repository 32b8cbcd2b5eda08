import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/check-fixtures.ts';
import { foldChar } from './fold-char.ts';
import { normalise } from './normalise.ts';

/** The folding one character at a time, as the engine defines it. */
function foldedOneByOne(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out += c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0x7e) ? ch.toLowerCase() : ' ';
    else out += foldChar(ch).folded;
  }
  return out;
}

describe('normalise', () => {
  it('folds every text as it folds each of its characters, whatever the mix', () => {
    // Σ lowers differently at the end of a word; İ lowers to two characters; ﬁ is two letters.
    const pieces = ['Hello ', 'ΟΔΟΣ', 'Σ', 'σ', 'İ', 'ﬁ', '’', '£', 'É', 'é', 'Ｇ', 'ß', '\u200b', '😀', '\u0001', 'A', 'z', ' ', 'Straße', 'ΣΑΣ ', 'Ǆ', 'ǅ', '\u0130x'];
    const next = random(9);
    for (let k = 0; k < 5_000; k++) {
      let s = '';
      for (let n = 1 + Math.floor(next() * 8); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)]!;
      const text = normalise(s);
      expect(text.folded, JSON.stringify(s)).toBe(foldedOneByOne(s));
      expect(text.folded.length).toBe(text.cased.length);
    }
  });
});
