// When a policy is next due for review, and whether that is soon or already past.
import { addMonths } from '../dates.ts';

export type ReviewState = 'ok' | 'due-soon' | 'overdue' | 'unknown';

export interface ReviewStatus {
  state: ReviewState;
  /** YYYY-MM-DD, or null when neither a next review date nor an approval date and period is known. */
  nextReviewOn: string | null;
  /** Days since the review fell due (0 unless overdue). */
  daysOverdue: number;
  /** Days until the review is due (0 when due today or overdue; null when unknown). */
  daysUntilDue: number | null;
}

/** A review due within this many days is "due soon". */
export const DUE_SOON_DAYS = 60;

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export interface ReviewDates {
  approvedOn: string | null;
  reviewPeriodMonths: number | null;
  nextReviewOn: string | null;
}

/** An explicit next review date wins; otherwise it is the approval date plus the review period. */
export function reviewStatus(dates: ReviewDates, today: string): ReviewStatus {
  const next =
    dates.nextReviewOn ??
    (dates.approvedOn && dates.reviewPeriodMonths ? addMonths(dates.approvedOn, dates.reviewPeriodMonths) : null);
  if (!next) return { state: 'unknown', nextReviewOn: null, daysOverdue: 0, daysUntilDue: null };
  const diff = dayNumber(next) - dayNumber(today);
  if (diff < 0) return { state: 'overdue', nextReviewOn: next, daysOverdue: -diff, daysUntilDue: 0 };
  return { state: diff <= DUE_SOON_DAYS ? 'due-soon' : 'ok', nextReviewOn: next, daysOverdue: 0, daysUntilDue: diff };
}
