import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../../engine.ts';
import type { CheckKind } from '../../types.ts';
import { abuseDetector } from '../abuse.ts';
import { languageModelDetector, modelDetector } from './language-model.ts';
import { BUCKETS } from './features.ts';
import { CATEGORY_COUNT, decodeModel, MODEL_CATEGORIES } from './model.ts';
import { ENCODED_MODEL } from './weights.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const find = (text: string, kind: CheckKind = 'comment') => checkText({ kind, text }, ctx, [languageModelDetector]).findings;

// Sentences in none of the training texts: phrasings the patterns were not written against.
const UNSEEN: [string, string][] = [
  ['Honestly that teacher is as thick as a brick', 'abuse'],
  ['Mr Fenwick is a sneaky little rat', 'abuse'],
  ["I'll be at the gates tomorrow and he'd better not be", 'threat'],
  ['Someone is going to get their head kicked in over this', 'threat'],
  ['The head has been pocketing the dinner money', 'allegation'],
  ['The bursar helps himself to the trip money', 'allegation'],
  ['We emailed three weeks ago and still nothing back from the office', 'complaint'],
  ['Nobody bothered to tell us the club was cancelled', 'complaint'],
  ['These immigrants are ruining our schools', 'hate'],
  ['Ship the lot of them back where they came from', 'hate'],
];

describe('learned language model', () => {
  it('finds new phrasings, one finding over the sentence that scored; with the patterns, the engine finds them all', () => {
    // Thresholds are set for what the model adds to the patterns, so where the patterns already
    // catch a category well (threats, today) the model's bar is high: most, not all, are its own.
    let byModel = 0;
    for (const [text, category] of UNSEEN) {
      const found = find(text);
      if (found.length) {
        expect(found.map((f) => f.category), text).toEqual([category]);
        expect(found[0]!.text).toBe(text);
        byModel += 1;
      }
      expect(checkText({ kind: 'comment', text }, ctx).findings.map((f) => f.category), text).toContain(category);
    }
    expect(byModel).toBeGreaterThanOrEqual(7);
  });

  it('says why in plain English, cites the category\'s rule, and is less sure than a pattern', () => {
    const [abuse] = find('Mr Fenwick is a sneaky little rat');
    expect(abuse).toMatchObject({ rule: 'no-offensive-content', reason: 'This reads as an insult aimed at a person.' });
    const [allegation] = find('The head has been pocketing the dinner money');
    expect(allegation).toMatchObject({ rule: 'no-allegations' });
    const [complaint] = find('Nobody bothered to tell us the club was cancelled');
    expect(complaint).toMatchObject({ rule: 'concerns-via-proper-channels', severity: 'warn' });
    for (const f of UNSEEN.flatMap(([text]) => find(text))) {
      expect(f.confidence).toBeGreaterThanOrEqual(0.5);
      expect(f.confidence).toBeLessThanOrEqual(0.7);
    }
  });

  it('reports only the sentence that scored, trimmed', () => {
    const text = 'Lovely assembly today!  The bursar helps himself to the trip money.  See you Friday';
    expect(find(text).map((f) => f.text)).toEqual(['The bursar helps himself to the trip money']);
  });

  it('leaves idioms, sport, praise, notices and stories alone', () => {
    for (const clean of [
      'I could murder a bacon sandwich',
      'The team smashed it on Saturday',
      'What a killer goal from Ellie',
      'Mrs Lowry is a star, thank you',
      'Our school choir blew the roof off',
      'He is a monster on the rugby pitch',
      'The kids are going to kill it at the concert',
      'Please could we have the spelling list again?',
      'Gutted we missed the assembly',
      'The Big Bad Wolf is a nasty piece of work in the play',
      'We lost 3-0 but the boys never gave up',
      'The weather has been a disgrace this week',
    ]) expect(find(clean), clean).toEqual([]);
  });

  it('keeps allegations and complaints to comments and personal posts, as their patterns do', () => {
    expect(find('The head has been pocketing the dinner money', 'personal')).toHaveLength(1);
    expect(find('The head has been pocketing the dinner money', 'post')).toEqual([]);
    expect(find('Nobody bothered to tell us the club was cancelled', 'post')).toEqual([]);
    // A model that reports everything: posts still get no allegation or complaint.
    const model = decodeModel(ENCODED_MODEL);
    const eager = modelDetector(() => ({ ...model, thresholds: new Float32Array(CATEGORY_COUNT).fill(-1e6) }));
    const categories = (kind: CheckKind) => checkText({ kind, text: 'Anything at all about foreigners' }, ctx, [eager]).findings.map((f) => f.category).sort();
    expect(categories('comment')).toEqual([...MODEL_CATEGORIES].sort());
    expect(categories('personal')).toEqual([...MODEL_CATEGORIES].sort());
    expect(categories('post')).toEqual(['abuse', 'hate', 'sexual', 'threat']);
  });

  it('calls a sentence hate only when it names people by who they are', () => {
    const model = decodeModel(ENCODED_MODEL);
    const eager = modelDetector(() => ({ ...model, thresholds: new Float32Array(CATEGORY_COUNT).fill(-1e6) }));
    const hate = (text: string) => checkText({ kind: 'comment', text }, ctx, [eager]).findings.filter((f) => f.category === 'hate').map((f) => f.text);
    expect(hate("All kids get nits. They're all local hills. The Travellers on the site get everything")).toEqual([
      'The Travellers on the site get everything',
    ]);
    expect(hate('Go back to Poland')).toEqual(['Go back to Poland']);
  });

  it('gives way to a pattern that reports the same words', () => {
    const findings = checkText({ kind: 'comment', text: 'You absolute muppet' }, ctx, [abuseDetector, languageModelDetector]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'abuse', confidence: 0.85, reason: expect.stringMatching(/^This insults/) });
  });

  it('copes with empty, binary, emoji-only and very long text', () => {
    expect(find('')).toEqual([]);
    expect(find('\u0000\u0001\u0002\uffff')).toEqual([]);
    expect(find('😀😀😀')).toEqual([]);
    const long = 'The kids had a lovely time at the farm. '.repeat(25_000);
    const started = performance.now();
    expect(find(long)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('ships weights of the right shape, with a threshold per category', () => {
    const model = decodeModel(ENCODED_MODEL);
    expect(model.weights).toHaveLength(BUCKETS * CATEGORY_COUNT);
    expect(model.thresholds).toHaveLength(MODEL_CATEGORIES.length);
    expect(() => decodeModel({ ...ENCODED_MODEL, weights: ENCODED_MODEL.weights.slice(0, 400) })).toThrow(/wrong size/);
    expect(() => decodeModel({ ...ENCODED_MODEL, buckets: 1024 })).toThrow(/train:language/);
  });

  it('reports nothing from a model whose thresholds cannot be reached', () => {
    const model = decodeModel(ENCODED_MODEL);
    const silent = modelDetector(() => ({ ...model, thresholds: new Float32Array(CATEGORY_COUNT).fill(1e6) }));
    expect(checkText({ kind: 'comment', text: UNSEEN[0]![0] }, ctx, [silent]).findings).toEqual([]);
  });
});
