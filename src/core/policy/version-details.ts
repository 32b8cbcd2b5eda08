// The governors' approval of a policy version and when it is next reviewed, checked as a
// person would expect: real dates, approval not in the future, a sensible review period.
import { isIsoDate, formatDate } from '../dates.ts';
import type { FieldProblem } from '../errors.ts';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface VersionDetailsInput {
  /** A date as YYYY-MM-DD, or as the three boxes of a date field; blank or null for none. */
  approvedOn: string | DateParts | null;
  approvedBy: string | null;
  reviewPeriodMonths: string | number | null;
  nextReviewOn: string | DateParts | null;
}

export interface VersionDetails {
  approvedOn: string | null;
  approvedBy: string | null;
  reviewPeriodMonths: number | null;
  nextReviewOn: string | null;
}

export const MIN_REVIEW_MONTHS = 1;
export const MAX_REVIEW_MONTHS = 60;
const MAX_APPROVED_BY = 200;

type DateResult = { value: string | null } | { problem: string };

function readDate(raw: string | DateParts | null, label: string): DateResult {
  if (raw === null) return { value: null };
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === '') return { value: null };
    return isIsoDate(t) ? { value: t } : { problem: `${label} must be a real date` };
  }
  const day = raw.day.trim();
  const month = raw.month.trim();
  const year = raw.year.trim();
  if (!day && !month && !year) return { value: null };
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length) return { problem: `${label} must include a ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { problem: `${label} must be a real date, like 23 3 2023` };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? { value: iso } : { problem: `${label} must be a real date` };
}

/** Checks the details and returns them cleaned, or one problem per field that needs correcting. */
export function validateVersionDetails(
  input: VersionDetailsInput,
  today: string,
): { ok: true; details: VersionDetails } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const approved = readDate(input.approvedOn, 'The date the governors approved the policy');
  const next = readDate(input.nextReviewOn, 'The next review date');
  let approvedOn: string | null = null;
  let nextReviewOn: string | null = null;
  if ('problem' in approved) problems.push({ field: 'approvedOn', message: approved.problem });
  else approvedOn = approved.value;
  if ('problem' in next) problems.push({ field: 'nextReviewOn', message: next.problem });
  else nextReviewOn = next.value;

  if (approvedOn && approvedOn > today) {
    problems.push({ field: 'approvedOn', message: `The date the governors approved the policy must be today or in the past (today is ${formatDate(today)})` });
  }
  if (approvedOn && approvedOn < '1990-01-01') {
    problems.push({ field: 'approvedOn', message: 'The date the governors approved the policy must be after 1990' });
  }
  if (approvedOn && nextReviewOn && nextReviewOn <= approvedOn) {
    problems.push({ field: 'nextReviewOn', message: 'The next review date must be after the date the governors approved the policy' });
  }

  const approvedBy = input.approvedBy?.trim() || null;
  if (approvedBy && approvedBy.length > MAX_APPROVED_BY) {
    problems.push({ field: 'approvedBy', message: `Who approved the policy must be ${MAX_APPROVED_BY} characters or fewer` });
  }

  let reviewPeriodMonths: number | null = null;
  const rawPeriod = typeof input.reviewPeriodMonths === 'number' ? String(input.reviewPeriodMonths) : (input.reviewPeriodMonths ?? '').trim();
  if (rawPeriod !== '') {
    if (!/^\d{1,3}$/.test(rawPeriod)) {
      problems.push({ field: 'reviewPeriodMonths', message: 'The review period must be a whole number of months, like 12' });
    } else {
      reviewPeriodMonths = Number(rawPeriod);
      if (reviewPeriodMonths < MIN_REVIEW_MONTHS || reviewPeriodMonths > MAX_REVIEW_MONTHS) {
        problems.push({ field: 'reviewPeriodMonths', message: `The review period must be between ${MIN_REVIEW_MONTHS} and ${MAX_REVIEW_MONTHS} months` });
      }
    }
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, details: { approvedOn, approvedBy, reviewPeriodMonths, nextReviewOn } };
}
