import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { hateDetector } from './hate.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [hateDetector]).findings.map((f) => f.text);

describe('hate', () => {
  it('finds attacks on groups of people', () => {
    expect(found('Go back to where you came from')).toHaveLength(1);
    expect(found('Refugees are all criminals')).toHaveLength(1);
    expect(found('Travellers should be banned from the fair')).toHaveLength(1);
    expect(found('Islam is a cancer')).toHaveLength(1);
  });

  it('leaves teaching about history and faith alone', () => {
    for (const clean of [
      'Year 6 wrote poems about Windrush and the people who came to Britain',
      'We marked Holocaust Memorial Day with a minute of silence',
      'Today we celebrated Eid with a special assembly',
      'Black History Month: Year 2 learnt about Rosa Parks',
      'Pride Month display of books about all kinds of families',
    ]) expect(found(clean), clean).toEqual([]);
  });
});
