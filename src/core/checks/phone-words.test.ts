import { describe, expect, it } from 'vitest';
import { findPhoneWords } from './phone-words.ts';
import { normalise } from './normalise.ts';
import { found, testContext } from './test-roster.ts';

const ctx = testContext();
const spelt = (text: string) => findPhoneWords(normalise(text), null, ctx).map((d) => text.slice(d.start, d.end));

describe('phone numbers spelt out in words', () => {
  it('finds a number read out digit by digit, with oh, double and triple', () => {
    for (const phone of [
      'oh seven seven double oh nine double oh five five oh',
      'zero seven seven zero zero nine zero zero one two three',
      'Oh Seven Seven Double Oh, Nine Double Oh, Four Five Six',
      'oh seven seven double oh nine hundred one two eight',
      'nought one one triple nine four six two three',
      'oh seven nine one one, one two three, four five six',
      'plus four four seven seven double oh nine double oh one two three',
    ]) {
      expect(spelt(`Message me on ${phone} after six`), phone).toEqual([phone]);
    }
  });

  it('finds digits and words mixed', () => {
    expect(spelt('text 07700 nine double oh one two three')).toEqual(['07700 nine double oh one two three']);
    expect(spelt('ring oh seven seven 00 900 four five six pls')).toEqual(['oh seven seven 00 900 four five six']);
    expect(spelt('call me on 0 seven 7 double 0 nine 0 0 1 2 3')).toEqual(['0 seven 7 double 0 nine 0 0 1 2 3']);
  });

  it('reports it as a phone number through the engine, once', () => {
    expect(found('Anyone want a lift? Message me on oh seven seven double oh nine double oh five five oh x', 'comment')).toEqual([
      ['phone', 'oh seven seven double oh nine double oh five five oh'],
    ]);
  });

  it('leaves counting, scores, emergencies and ordinary number words alone', () => {
    for (const text of [
      'one two three four five six seven eight nine ten, here I come!',
      'Count with me: zero, one, two, three, four, five, six, seven, eight, nine',
      'In an emergency dial nine nine nine, or triple nine',
      'We won three nil and then two one, double top!',
      'Oh, two more things: seven children and one teacher went on the trip',
      'Table six, table seven and table eight need one more chair',
      'nine hundred and ninety nine bottles',
      'zero zero zero zero zero zero zero zero zero zero zero',
      'Oh seven seven',
      'Year six, class one, group four: five of them, two each',
    ]) {
      expect(spelt(text), text).toEqual([]);
    }
  });

  it('leaves the school’s own number spelt out', () => {
    // The test school's number is 01632 960123.
    expect(spelt('Ring the office on oh one six three two nine six oh one two three')).toEqual([]);
  });
});
