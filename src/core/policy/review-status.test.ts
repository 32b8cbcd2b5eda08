import { describe, expect, it } from 'vitest';
import { reviewStatus } from './review-status.ts';

const none = { approvedOn: null, reviewPeriodMonths: null, nextReviewOn: null };

describe('reviewStatus', () => {
  it('is unknown without a next review date or an approval date and period', () => {
    expect(reviewStatus(none, '2025-01-01')).toEqual({ state: 'unknown', nextReviewOn: null, daysOverdue: 0, daysUntilDue: null });
    expect(reviewStatus({ ...none, approvedOn: '2024-01-01' }, '2025-01-01').state).toBe('unknown');
    expect(reviewStatus({ ...none, reviewPeriodMonths: 12 }, '2025-01-01').state).toBe('unknown');
  });

  it('adds the review period to the approval date', () => {
    const s = reviewStatus({ approvedOn: '2023-03-23', reviewPeriodMonths: 24, nextReviewOn: null }, '2024-06-01');
    expect(s).toEqual({ state: 'ok', nextReviewOn: '2025-03-23', daysOverdue: 0, daysUntilDue: 295 });
  });

  it('lets an explicit next review date win over the period', () => {
    const s = reviewStatus({ approvedOn: '2023-03-23', reviewPeriodMonths: 24, nextReviewOn: '2024-01-31' }, '2024-02-10');
    expect(s).toMatchObject({ state: 'overdue', nextReviewOn: '2024-01-31', daysOverdue: 10 });
  });

  it('is due soon within 60 days, and on the day itself', () => {
    const base = { approvedOn: null, reviewPeriodMonths: null, nextReviewOn: '2025-03-01' };
    expect(reviewStatus(base, '2024-12-30')).toMatchObject({ state: 'ok', daysUntilDue: 61 });
    expect(reviewStatus(base, '2024-12-31')).toMatchObject({ state: 'due-soon', daysUntilDue: 60 });
    expect(reviewStatus(base, '2024-12-29')).toMatchObject({ state: 'ok', daysUntilDue: 62 });
    expect(reviewStatus(base, '2025-03-01')).toMatchObject({ state: 'due-soon', daysUntilDue: 0, daysOverdue: 0 });
    expect(reviewStatus(base, '2025-03-02')).toMatchObject({ state: 'overdue', daysOverdue: 1 });
  });

  it('clamps to the end of a shorter month', () => {
    expect(reviewStatus({ approvedOn: '2023-08-31', reviewPeriodMonths: 6, nextReviewOn: null }, '2023-09-01').nextReviewOn).toBe('2024-02-29');
  });
});
