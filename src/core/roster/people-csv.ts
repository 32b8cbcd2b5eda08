import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from './csv-safety.ts';
import { ROSTER_FIELDS } from './headings.ts';

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

/** The export's heading row is the import's own field list, so the two cannot drift apart. */
export const PEOPLE_CSV_COLUMNS = ROSTER_FIELDS;

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
