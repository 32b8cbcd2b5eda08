import { describe, expect, it } from 'vitest';
import { normalise } from '../../normalise.ts';
import { BUCKETS, featureRoom, sentenceFeatures, sentencesOf } from './features.ts';

const featuresOf = (text: string, kind = 'comment') => {
  const tokens = normalise(text).tokens;
  return sentencesOf(tokens).map((s) => {
    const out = new Int32Array(featureRoom(tokens, s));
    return [...out.subarray(0, sentenceFeatures(tokens, s, kind, out))];
  });
};

describe('language model features', () => {
  it('cuts a text into sentences where the tokeniser sees one end', () => {
    const tokens = normalise('Thanks Mr Cole! See you at 3. Bring a coat\nand wellies; it is wet').tokens;
    expect(sentencesOf(tokens).map((s) => tokens.slice(s.from, s.to).map((t) => t.word).join(' '))).toEqual([
      'thanks mr cole',
      'see you at 3',
      'bring a coat',
      'and wellies',
      'it is wet',
    ]);
    expect(sentencesOf(normalise('  ').tokens)).toEqual([]);
  });

  it('hashes the same words to the same buckets, within range, whether shouted or accented', () => {
    const a = featuresOf('The head is a LIAR');
    expect(featuresOf('The head is a liar')).toEqual(a);
    expect(featuresOf('The héad is a liar')).toEqual(a);
    expect(a[0]!.every((f) => f >= 0 && f < BUCKETS)).toBe(true);
    // The kind, a word and a pair for each of five words, and the closing pair.
    expect(a[0]).toHaveLength(12);
    expect(featuresOf('The head is a liar', 'post')[0]).not.toEqual(a[0]);
  });

  it('sees a capitalised name inside a sentence as a name in word pairs, so names generalise', () => {
    const [smith] = featuresOf('Thanks to Mrs Smith for the cakes');
    const [jones] = featuresOf('Thanks to Mrs Jones for the cakes');
    const shared = smith!.filter((f) => jones!.includes(f));
    // Everything but the name itself: the pairs around it are the same.
    expect(shared).toHaveLength(smith!.length - 1);
  });

  it('counts a word of a class as its class too, so "ye clueless lot" meets "you useless lot"', () => {
    const [ye] = featuresOf('ye clueless lot');
    const [you] = featuresOf('you useless lot');
    // The kind, per word its word, pair, class and class pair, the class pair and pair closing it.
    expect(ye).toHaveLength(13);
    // Shared: the kind, <you>, <adj>, their pairs (<s> <you>, <you> <adj>, <adj> lot), "lot" and "lot </s>".
    expect(ye!.filter((f) => you!.includes(f))).toHaveLength(8);
    // A sentence with no word of a class has only the kind, a word and a pair a word, and the closing pair.
    const [we] = featuresOf('we met the lot');
    expect(we).toHaveLength(10);
  });
});
