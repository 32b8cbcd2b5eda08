import { describe, expect, it } from 'vitest';
import { wordsOf } from './gate-words.ts';

const words = (source: string) => wordsOf(source).split(' ').sort();

describe('wordsOf', () => {
  it('gives a word of every string a list matches, plurals through their singular', () => {
    expect(words(String.raw`(?:idiots?|morons?|scum|wastem[ae]n)`)).toEqual(['idiot', 'moron', 'scum', 'wasteman', 'wastemen']);
  });

  it('takes the uncommon word of a phrase, and the joined spelling too', () => {
    expect(words(String.raw`(?:arse[\s-]?lickers?|waste\s+of\s+(?:space|oxygen)|do-gooders?|laughing\s*stock)`)).toEqual([
      'arselicker',
      'gooder',
      'laughing',
      'laughingstock',
      'licker',
      'waste',
    ]);
  });

  it('keys words as the tokeniser does: apostrophes dropped, a possessive "s" too', () => {
    expect(words(String.raw`(?:you(?:'re|\s+are)?|he's|mates'?)`)).toEqual(['he', 'mates', 'you', 'youre']);
  });

  it('passes over look-arounds and word boundaries', () => {
    expect(words(String.raw`\b(?:thick|dim)(?:\s+as\s+[a-z ]{3,25}?(?=[.,!?\n]|$| and))?(?!\s+skin)`)).toEqual(['dim', 'thick']);
  });

  it('refuses a source with a string of unknown words', () => {
    expect(() => wordsOf(String.raw`(?:idiot|[a-z]+)`)).toThrow(/no known word/);
    expect(() => wordsOf(String.raw`(?:idiot|an?)`)).not.toThrow();
  });

  it('gives words that every match holds, on matches of the source', () => {
    const source = String.raw`(?:bunch|shower|pack)\s+of\s+(?:idiots?|arse[\s-]?lickers?|do-gooders?|(?:pathetic\s+)?excuses?)`;
    const gate = new Set(wordsOf(source).split(' ').flatMap((w) => [w, `${w}s`]));
    for (const text of ['bunch of idiots', 'shower of arse-lickers', 'pack of arselicker', 'bunch of do-gooders', 'pack of pathetic excuses']) {
      expect(new RegExp(`^${source}$`).test(text)).toBe(true);
      const tokens = text.split(/[^a-z']+/).map((t) => t.replace(/'/g, ''));
      expect(tokens.some((t) => gate.has(t))).toBe(true);
    }
  });
});
