import { describe, expect, it } from 'vitest';
import { disagreeing, exPupilAgeReadings, reviewPeriodReadings } from './contradictions.ts';

const c = (number: string, text: string) => ({ number, text });

describe('reviewPeriodReadings', () => {
  it('reads review periods in words and numbers, keeping the clause and the quote', () => {
    const readings = reviewPeriodReadings([
      c('1.8', 'Review Period: 2 years'),
      c('14.1', 'This policy will be reviewed annually by the governors.'),
      c('15', 'The policy is reviewed every 18 months.'),
    ]);
    expect(readings.map((r) => [r.clause.number, r.value, r.quote])).toEqual([
      ['1.8', 24, 'Review Period: 2 years'],
      ['14.1', 12, 'reviewed annually'],
      ['15', 18, 'reviewed every 18 months'],
    ]);
  });

  it('ignores reviews of something other than the policy (a termly rota, a yearly appraisal)', () => {
    expect(reviewPeriodReadings([c('3', 'The posting rota is reviewed annually by the office.')])).toEqual([]);
  });
});

describe('exPupilAgeReadings', () => {
  it('reads the age before or after the words for former pupils', () => {
    const readings = exPupilAgeReadings([
      c('2', 'Staff must not be friends with ex-pupils under the age of 13.'),
      c('3', 'or with anyone under 18 who is a former pupil.'),
      c('4', 'Pupils under 5 are in the nursery.'),
    ]);
    expect(readings.map((r) => [r.clause.number, r.value])).toEqual([
      ['2', 13],
      ['3', 18],
    ]);
  });
});

describe('disagreeing', () => {
  it('gives the first reading of each value when they differ, and nothing when they agree', () => {
    const r = (value: number, n: string) => ({ value, clause: c(n, ''), quote: '' });
    expect(disagreeing([r(24, '1'), r(24, '2')])).toEqual([]);
    expect(disagreeing([r(24, '1'), r(12, '2'), r(24, '3')]).map((x) => x.clause.number)).toEqual(['1', '2']);
  });
});
