// Reads the evaluation roster CSV into the engine's RosterPerson shape.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { RosterPerson } from '../src/core/checks/types.ts';

const ROLES = new Set(['pupil', 'parent', 'governor']);

export function readRoster(path: string): RosterPerson[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((r) => {
    const role = (r.role ?? '').toLowerCase();
    const person: RosterPerson = {
      role: ROLES.has(role) ? (role as RosterPerson['role']) : 'staff',
      firstName: r.first_name ?? '',
      lastName: r.last_name ?? '',
    };
    if (r.preferred_name) person.preferredFirstName = r.preferred_name;
    if (r.year_group) person.yearGroup = /^\d+$/.test(r.year_group) ? `Year ${r.year_group}` : r.year_group;
    const dob = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(r.date_of_birth ?? '');
    if (dob) person.dateOfBirth = `${dob[3]}-${dob[2]}-${dob[1]}`;
    return person;
  });
}
