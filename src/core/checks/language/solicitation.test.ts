import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { solicitationDetector } from './solicitation.ts';
import { NEW_SOLICITATION } from './test-phrasings.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const find = (text: string, kind: CheckKind = 'comment') => checkText({ kind, text }, ctx, [solicitationDetector]).findings;

describe('solicitation', () => {
  it('finds political, commercial and religious solicitation', () => {
    for (const text of [
      'Vote Green on Thursday!',
      'Please vote for Sam Ellis in the by-election',
      'Sign our petition against the closure',
      'Buy my candles, perfect gifts',
      'DM for prices',
      'Use code SPRING10 for 10% off',
      'Join our church this Sunday',
      'Come along to the Alpha course',
    ]) expect(find(text), text).toHaveLength(1);
    expect(find('Vote Green!')[0]).toMatchObject({ rule: 'no-solicitation', severity: 'warn' });
  });

  it('finds discount codes and scam bait phrased in new ways', () => {
    for (const text of NEW_SOLICITATION) expect(find(text), text).toHaveLength(1);
  });

  it('leaves the school\'s own appeals and events alone', () => {
    for (const clean of [
      'Please vote for our school in the Tesco community grant scheme',
      'Tickets £2 from the office',
      'Harvest Festival will be held at St Mary\'s Church on Thursday',
      'Use the code on your letter to log in to the parent app',
      'Is the breakfast club free for siblings?',
      'Feel free to message the office',
      'Children on free school meals can claim the uniform grant',
      'The kids made a lot of money for charity, 100% of it goes to the hospice',
      'Please make sure you have claimed your free school meals',
    ]) expect(find(clean), clean).toEqual([]);
    expect(find('Buy my cakes at the PTA stall', 'post')).toEqual([]);
  });
});
