import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from './csv-safety.ts';

/** One row of the people export: the same columns the import reads, so an export can be re-imported. */
export interface PeopleCsvRow {
  role: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  preferredLastName: string | null;
  dateOfBirth: string | null;
  yearGroup: string | null;
  misId: string | null;
  email: string | null;
  leavingDate: string | null;
  admissionDate: string | null;
  /** Children's MIS ids (or names when they have none). */
  parentOf: string[];
  jobTitle: string | null;
}

export const PEOPLE_CSV_COLUMNS = [
  'role',
  'first_name',
  'last_name',
  'preferred_name',
  'preferred_last_name',
  'date_of_birth',
  'year_group',
  'mis_id',
  'email',
  'leaving_date',
  'admission_date',
  'parent_of',
  'job_title',
] as const;

/**
 * The people export as CSV text. Every cell is neutralised against formula injection, and the
 * file starts with a byte-order mark so Excel reads accented names as UTF-8.
 */
export function peopleCsv(rows: readonly PeopleCsvRow[]): string {
  const records = rows.map((r) =>
    [
      r.role,
      r.firstName,
      r.lastName,
      r.preferredName,
      r.preferredLastName,
      r.dateOfBirth,
      r.yearGroup,
      r.misId,
      r.email,
      r.leavingDate,
      r.admissionDate,
      r.parentOf.join('; '),
      r.jobTitle,
    ].map(neutraliseCsvCell),
  );
  return stringify([[...PEOPLE_CSV_COLUMNS], ...records], { bom: true, record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
}
