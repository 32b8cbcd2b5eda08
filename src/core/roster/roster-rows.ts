import type { SchoolRole } from '../roles.ts';

/** A pupil as a roster row describes them. Dates are YYYY-MM-DD. */
export interface PupilRow {
  kind: 'pupil';
  line: number;
  misId: string | null;
  firstName: string;
  lastName: string;
  preferredFirstName: string | null;
  preferredLastName: string | null;
  dateOfBirth: string;
  yearGroup: string | null;
  admissionDate: string | null;
  leavingDate: string | null;
}

/** An adult holding one role in the school. Someone with two roles has two rows. */
export interface AdultRow {
  kind: 'adult';
  line: number;
  role: SchoolRole;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  /** Lower-cased. */
  email: string | null;
  jobTitle: string | null;
  leavingDate: string | null;
  /** For parents: each child's MIS id or "First Last" name, as written. */
  parentOf: string[];
}

export type RosterRow = PupilRow | AdultRow;

/** Names compared without case or repeated spaces: "Amelia  SMITH" is "amelia smith". */
export const nameKey = (...parts: Array<string | null | undefined>) =>
  parts
    .filter((p): p is string => !!p)
    .join(' ')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
