// Maps a roster file's heading row to Parapet's fields. People export rosters from their MIS
// (SIMS, Arbor, Bromcom, ScholarPack…), each with its own headings, so we accept the documented
// snake_case names and the common MIS spellings, ignoring case, spaces and punctuation.
import type { RosterProblem } from './problems.ts';

export const ROSTER_FIELDS = [
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
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const REQUIRED_FIELDS: readonly RosterField[] = ['role', 'first_name', 'last_name'];

/**
 * Accepted headings for each field, best first. When a file has two headings for one field
 * (SIMS exports often carry both "UPN" and "Admission Number"), the earlier one in this list wins
 * and the other column is ignored.
 */
export const HEADING_ALIASES: Record<RosterField, readonly string[]> = {
  role: ['role', 'Type', 'Person Type', 'Category'],
  first_name: ['first_name', 'Legal Forename', 'Legal First Name', 'Forename', 'First Name', 'Given Name'],
  last_name: ['last_name', 'Legal Surname', 'Legal Last Name', 'Surname', 'Last Name', 'Family Name'],
  preferred_name: ['preferred_name', 'Preferred Forename', 'Preferred First Name', 'Preferred Name', 'Known As', 'Chosen Name'],
  preferred_last_name: ['preferred_last_name', 'Preferred Surname', 'Preferred Last Name'],
  date_of_birth: ['date_of_birth', 'Date of Birth', 'DOB', 'Birth Date', 'Birthdate'],
  year_group: ['year_group', 'Year Group', 'NC Year', 'National Curriculum Year', 'Year', 'Yr'],
  mis_id: ['mis_id', 'MIS ID', 'UPN', 'Unique Pupil Number', 'Admission Number', 'Adno', 'Pupil ID', 'Student ID'],
  email: ['email', 'Email Address', 'E-mail', 'Primary Email', 'Work Email'],
  leaving_date: ['leaving_date', 'Leaving Date', 'Date of Leaving', 'Leave Date', 'Left Date'],
  admission_date: ['admission_date', 'Admission Date', 'Date of Admission', 'Entry Date', 'Start Date'],
  parent_of: ['parent_of', 'Parent Of', 'Children', 'Child'],
  job_title: ['job_title', 'Job Title', 'Post', 'Position'],
};

/** "Date of Birth", "date_of_birth" and " DATE-OF-BIRTH " all become "dateofbirth". */
export function normaliseHeading(heading: string): string {
  return heading
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const lookup = new Map<string, { field: RosterField; rank: number }>();
for (const field of ROSTER_FIELDS) {
  HEADING_ALIASES[field].forEach((alias, rank) => {
    const key = normaliseHeading(alias);
    if (!lookup.has(key)) lookup.set(key, { field, rank });
  });
}

export interface HeadingMap {
  /** Column index for each field the file has. */
  columns: Partial<Record<RosterField, number>>;
  /** Headings Parapet does not use (left out of the import), in file order. */
  ignored: string[];
}

/** The accepted headings, for messages and the upload page. */
export function describeAcceptedHeadings(): string {
  return ROSTER_FIELDS.map((f) => {
    const others = HEADING_ALIASES[f].slice(1).map((a) => `"${a}"`);
    return `${f}${others.length ? ` (or ${others.join(', ')})` : ''}`;
  }).join('; ');
}

export function mapHeadings(headings: readonly string[]): { map: HeadingMap; problems: RosterProblem[] } {
  const chosen = new Map<RosterField, { index: number; rank: number; heading: string }>();
  const ignored: string[] = [];
  const problems: RosterProblem[] = [];
  headings.forEach((raw, index) => {
    const heading = raw.replace(/^\uFEFF/, '').trim();
    const hit = lookup.get(normaliseHeading(heading));
    if (!hit) {
      if (heading) ignored.push(heading);
      return;
    }
    const current = chosen.get(hit.field);
    if (!current) {
      chosen.set(hit.field, { index, rank: hit.rank, heading });
    } else if (current.rank === hit.rank) {
      problems.push({
        line: 1,
        message: `The heading "${heading}" appears twice (columns ${current.index + 1} and ${index + 1}). Keep one of them.`,
      });
    } else if (hit.rank < current.rank) {
      ignored.push(current.heading);
      chosen.set(hit.field, { index, rank: hit.rank, heading });
    } else {
      ignored.push(heading);
    }
  });

  const missing = REQUIRED_FIELDS.filter((f) => !chosen.has(f));
  if (missing.length) {
    const looksSeparatedOtherwise = headings.length === 1 && /[;\t]/.test(headings[0] ?? '');
    problems.unshift({
      line: 1,
      message:
        (looksSeparatedOtherwise
          ? 'The columns in this file are separated by semicolons or tabs, not commas. In Excel, choose File, Save As, "CSV UTF-8 (Comma delimited)". '
          : '') +
        `The first row must hold the column headings, and these are missing: ${missing.join(', ')}. ` +
        `Accepted headings are: ${describeAcceptedHeadings()}.`,
    });
  }
  const columns: Partial<Record<RosterField, number>> = {};
  for (const [field, c] of chosen) columns[field] = c.index;
  return { map: { columns, ignored }, problems };
}
