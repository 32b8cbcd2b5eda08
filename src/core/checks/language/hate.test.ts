import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { hateDetector } from './hate.ts';
import { NEW_HATE } from './test-phrasings.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [hateDetector]).findings.map((f) => f.text);

describe('hate', () => {
  it('finds attacks on groups of people', () => {
    expect(found('Go back to where you came from')).toHaveLength(1);
    expect(found('Refugees are all criminals')).toHaveLength(1);
    expect(found('Travellers should be banned from the fair')).toHaveLength(1);
    expect(found('Islam is a cancer')).toHaveLength(1);
  });

  it('finds phrasings beyond the ones it was written against', () => {
    for (const hate of NEW_HATE) expect(found(hate), hate).toHaveLength(1);
  });

  it('leaves teaching about history and faith alone', () => {
    for (const clean of [
      'Year 6 wrote poems about Windrush and the people who came to Britain',
      'We marked Holocaust Memorial Day with a minute of silence',
      'Today we celebrated Eid with a special assembly',
      'Black History Month: Year 2 learnt about Rosa Parks',
      'Pride Month display of books about all kinds of families',
      'We went back to Poland for the holidays',
      "We can't wait to go back to Poland next summer",
      'Mum says we can all go back to Jamaica for Christmas',
      'The Polish families brought amazing food to the international evening',
      'Muslim parents are welcome to use the quiet room during Ramadan',
      'The Romanian families are all invited to the welcome coffee morning',
      'Typical Polish breakfast at the culture day!',
      'Nobody wants your old uniform here, take it to the charity shop',
      'This is England v Pakistan in the cricket tonight',
      "This is Britain's biggest school fair",
      'The Polish lot brought amazing food, not disgusting at all',
      'Those Polish mums stole the show at the international evening',
      'Those Year 6 kids have nicked my pen again',
      'The garden is overrun with slugs',
    ]) expect(found(clean), clean).toEqual([]);
  });
});
