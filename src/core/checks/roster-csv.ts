// A roster CSV for checking without a database (the `parapet check` command and the benchmarks):
// header `role,first_name,last_name,preferred_name,date_of_birth,year_group`; other columns are
// ignored. Bad rows are skipped and reported, never fatal.
import { CsvError, parse } from 'csv-parse/sync';
import { parseRosterRole } from '../roster/roster-roles.ts';
import type { RosterPerson } from './types.ts';

export interface RosterCsvResult {
  people: RosterPerson[];
  /** Plain-English problems, each naming its line. */
  problems: string[];
}

/** The roster's roles as the name index sees them: every adult school role is staff. */
function checkRole(raw: string): RosterPerson['role'] | null {
  const role = parseRosterRole(raw);
  if (!role) return null;
  return role === 'pupil' || role === 'parent' || role === 'governor' ? role : 'staff';
}

export function parseRosterCsv(text: string): RosterCsvResult {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
  } catch (err) {
    const message = err instanceof CsvError ? err.message : String(err);
    return { people: [], problems: [`The roster is not a readable CSV file: ${message}`] };
  }
  const people: RosterPerson[] = [];
  const problems: string[] = [];
  if (rows.length > 0 && !('role' in rows[0]!.record && 'first_name' in rows[0]!.record && 'last_name' in rows[0]!.record)) {
    return { people, problems: ['The roster needs the columns role, first_name and last_name (and may have preferred_name, date_of_birth, year_group).'] };
  }
  for (const { record, info } of rows) {
    const role = checkRole(record.role ?? '');
    const firstName = record.first_name ?? '';
    const lastName = record.last_name ?? '';
    if (!role) {
      problems.push(`Line ${info.lines}: the role "${record.role ?? ''}" is not a role Parapet knows (pupil, staff, parent, governor, headteacher...); the row was skipped.`);
      continue;
    }
    if (!firstName && !lastName) {
      problems.push(`Line ${info.lines}: there is no name; the row was skipped.`);
      continue;
    }
    const person: RosterPerson = { role, firstName, lastName };
    const preferred = record.preferred_name?.trim();
    if (preferred) {
      // "Will" is a preferred first name; "Will Jones" a preferred full name.
      const parts = preferred.split(/\s+/);
      person.preferredFirstName = parts.length > 1 ? parts.slice(0, -1).join(' ') : preferred;
      if (parts.length > 1) person.preferredLastName = parts.at(-1)!;
    }
    if (record.year_group) person.yearGroup = record.year_group;
    if (record.date_of_birth) {
      const iso = isoDate(record.date_of_birth);
      if (iso) person.dateOfBirth = iso;
      else problems.push(`Line ${info.lines}: the date of birth "${record.date_of_birth}" is not a date (DD/MM/YYYY); the rest of the row was kept.`);
    }
    people.push(person);
  }
  return { people, problems };
}

/** DD/MM/YYYY (or with - or .) or YYYY-MM-DD, as YYYY-MM-DD; null when it is not a real date. */
export function isoDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const [y, mo, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : uk ? [+uk[3]!, +uk[2]!, +uk[1]!] : [0, 0, 0];
  if (!y) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
