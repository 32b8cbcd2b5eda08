import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { solicitationDetector } from './solicitation.ts';

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

  it('leaves the school\'s own appeals and events alone', () => {
    for (const clean of [
      'Please vote for our school in the Tesco community grant scheme',
      'Tickets £2 from the office',
      'Harvest Festival will be held at St Mary\'s Church on Thursday',
    ]) expect(find(clean), clean).toEqual([]);
    expect(find('Buy my cakes at the PTA stall', 'post')).toEqual([]);
  });
});
