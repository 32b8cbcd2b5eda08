import { describe, expect, it } from 'vitest';
import { validateVersionDetails, type VersionDetailsInput } from './version-details.ts';

const TODAY = '2025-05-10';
const empty: VersionDetailsInput = { approvedOn: null, approvedBy: null, reviewPeriodMonths: null, nextReviewOn: null };
const problems = (input: Partial<VersionDetailsInput>) => {
  const r = validateVersionDetails({ ...empty, ...input }, TODAY);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
};

describe('validateVersionDetails', () => {
  it('accepts nothing at all (details can be added later)', () => {
    expect(validateVersionDetails(empty, TODAY)).toEqual({ ok: true, details: empty });
  });

  it('reads dates from the three boxes or as YYYY-MM-DD, and the period as a number', () => {
    const r = validateVersionDetails(
      { approvedOn: { day: '23', month: '3', year: '2023' }, approvedBy: '  Full Governing Body ', reviewPeriodMonths: ' 24 ', nextReviewOn: '2025-03-23' },
      TODAY,
    );
    expect(r).toEqual({ ok: true, details: { approvedOn: '2023-03-23', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24, nextReviewOn: '2025-03-23' } });
  });

  it('refuses dates that do not exist or are incomplete', () => {
    expect(problems({ approvedOn: { day: '30', month: '2', year: '2024' } })).toEqual(['approvedOn: The date the governors approved the policy must be a real date']);
    expect(problems({ approvedOn: { day: '3', month: '', year: '' } })).toEqual(['approvedOn: The date the governors approved the policy must include a month and year']);
    expect(problems({ nextReviewOn: { day: 'x', month: '1', year: '2026' } })[0]).toContain('must be a real date');
    expect(problems({ nextReviewOn: '2026-13-01' })[0]).toContain('must be a real date');
  });

  it('refuses an approval date in the future', () => {
    expect(problems({ approvedOn: '2025-05-11' })[0]).toBe('approvedOn: The date the governors approved the policy must be today or in the past (today is 10 May 2025)');
    expect(problems({ approvedOn: '2025-05-10' })).toEqual([]);
  });

  it('refuses a next review date on or before the approval', () => {
    expect(problems({ approvedOn: '2024-01-01', nextReviewOn: '2023-12-31' })[0]).toContain('must be after the date the governors approved');
  });

  it('wants a review period of 1 to 60 whole months', () => {
    expect(problems({ reviewPeriodMonths: '0' })[0]).toContain('between 1 and 60 months');
    expect(problems({ reviewPeriodMonths: '61' })[0]).toContain('between 1 and 60 months');
    expect(problems({ reviewPeriodMonths: '1.5' })[0]).toContain('whole number of months');
    expect(problems({ reviewPeriodMonths: 'two years' })[0]).toContain('whole number of months');
    expect(problems({ reviewPeriodMonths: 60 })).toEqual([]);
  });

  it('limits who approved to 200 characters', () => {
    expect(problems({ approvedBy: 'x'.repeat(201) })[0]).toContain('200 characters or fewer');
  });
});
