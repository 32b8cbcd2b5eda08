import type { RosterRecord, RosterTable } from './parse-roster.ts';
import type { RosterProblem } from './problems.ts';
import { ageOn, parseRosterDate } from './roster-dates.ts';
import { parseRosterRole } from './roster-roles.ts';
import { nameKey, type AdultRow, type PupilRow, type RosterRow } from './roster-rows.ts';

export const PUPIL_MIN_AGE = 2;
export const PUPIL_MAX_AGE = 25;
const MAX_NAME = 100;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export interface ValidateOptions {
  /** Today in London, YYYY-MM-DD: dates of birth after it are refused. */
  today: string;
}

/**
 * Checks every row and turns the good ones into typed rows. Every problem is kept (with its line)
 * so the person can correct the whole file at once; rows with a problem are left out of `rows`.
 */
export function validateRosterTable(table: RosterTable, options: ValidateOptions): { rows: RosterRow[]; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const rows: RosterRow[] = [];
  for (const record of table.records) {
    const found: string[] = [];
    const row = validateRecord(record, options, found);
    if (found.length) for (const message of found) problems.push({ line: record.line, message });
    else if (row) rows.push(row);
  }
  if (!table.fields.has('date_of_birth') && table.records.some((r) => parseRosterRole(r.cells.role ?? '') === 'pupil')) {
    return {
      rows: [],
      problems: [{ line: 1, message: 'The file has pupils but no date of birth column. Add a date_of_birth (or "DOB") column: Parapet tells pupils apart by name and date of birth.' }],
    };
  }
  problems.push(...findDuplicates(rows));
  const bad = new Set(problems.map((p) => p.line));
  return { rows: rows.filter((r) => !bad.has(r.line)), problems };
}

function validateRecord(record: RosterRecord, options: ValidateOptions, problems: string[]): RosterRow | null {
  const c = record.cells;
  const role = parseRosterRole(c.role ?? '');
  if (!c.role) problems.push('The role is missing. Use pupil, staff, parent, governor, volunteer, contractor, headteacher, slt, dsl, deputy-dsl or social-media-manager.');
  else if (!role) problems.push(`"${c.role}" is not a role Parapet knows. Use pupil, staff, parent, governor, volunteer, contractor, headteacher, slt, dsl, deputy-dsl or social-media-manager.`);

  const firstName = checkName(c.first_name, 'first name', problems, true);
  const lastName = checkName(c.last_name, 'last name', problems, true);
  const preferredName = checkName(c.preferred_name, 'preferred name', problems, false);
  const preferredLastName = checkName(c.preferred_last_name, 'preferred surname', problems, false);

  const date = (value: string | undefined, what: string): string | null => {
    if (!value) return null;
    const result = parseRosterDate(value, what);
    if (result.ok) return result.date;
    problems.push(result.message);
    return null;
  };
  const dateOfBirth = date(c.date_of_birth, 'date of birth');
  const leavingDate = date(c.leaving_date, 'leaving date');

  if (dateOfBirth && dateOfBirth > options.today) problems.push(`The date of birth ${c.date_of_birth} is in the future.`);
  const misId = c.mis_id ? c.mis_id : null;
  if (misId && misId.length > 50) problems.push('The MIS id is longer than 50 characters; check the right column was exported.');

  if (role === 'pupil') {
    const admissionDate = date(c.admission_date, 'admission date');
    if (!c.date_of_birth) problems.push('A pupil needs a date of birth.');
    else if (dateOfBirth && dateOfBirth <= options.today) {
      const age = ageOn(dateOfBirth, options.today);
      if (age < PUPIL_MIN_AGE) problems.push(`The date of birth ${c.date_of_birth} makes this pupil ${age === 0 ? 'under 1' : age} year${age === 1 ? '' : 's'} old; pupils are at least ${PUPIL_MIN_AGE}.`);
      if (age > PUPIL_MAX_AGE) problems.push(`The date of birth ${c.date_of_birth} makes this pupil ${age} years old; check the date (day/month/year).`);
    }
    if (admissionDate && leavingDate && leavingDate < admissionDate) {
      problems.push(`The leaving date ${c.leaving_date} is before the admission date ${c.admission_date}.`);
    }
    if (admissionDate && dateOfBirth && admissionDate < dateOfBirth) {
      problems.push(`The admission date ${c.admission_date} is before the date of birth.`);
    }
    if (c.parent_of) problems.push('Only a parent or carer row can have parent_of.');
    const yearGroup = c.year_group ? normaliseYearGroup(c.year_group) : null;
    if (c.year_group && !yearGroup) problems.push(`The year group "${c.year_group}" is too long; use for example 5, Year 5 or Reception.`);
    if (problems.length || !firstName || !lastName || !dateOfBirth) return null;
    const pupil: PupilRow = {
      kind: 'pupil',
      line: record.line,
      misId,
      firstName,
      lastName,
      preferredFirstName: preferredName,
      preferredLastName,
      dateOfBirth,
      yearGroup,
      admissionDate,
      leavingDate,
    };
    return pupil;
  }

  let email: string | null = null;
  if (c.email) {
    email = c.email.toLowerCase();
    if (email.length > 254 || !EMAIL.test(email)) {
      problems.push(`"${c.email}" is not an email address.`);
      email = null;
    }
  }
  if (dateOfBirth && dateOfBirth <= options.today && ageOn(dateOfBirth, options.today) > 120) {
    problems.push(`The date of birth ${c.date_of_birth} is too long ago; check the date (day/month/year).`);
  }
  const parentOf = (c.parent_of ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parentOf.length && role !== 'parent') problems.push('Only a parent or carer row can have parent_of.');
  const jobTitle = c.job_title ?? null;
  if (jobTitle && jobTitle.length > 200) problems.push('The job title is longer than 200 characters.');
  if (problems.length || !role || !firstName || !lastName) return null;
  const adult: AdultRow = {
    kind: 'adult',
    line: record.line,
    role,
    firstName,
    lastName,
    preferredName,
    dateOfBirth,
    email,
    jobTitle,
    leavingDate,
    parentOf,
  };
  return adult;
}

function checkName(value: string | undefined, what: string, problems: string[], required: boolean): string | null {
  const name = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (!name) {
    if (required) problems.push(`The ${what} is missing.`);
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) problems.push(`The ${what} has a line break or other control character in it.`);
  else if (name.length > MAX_NAME) problems.push(`The ${what} is longer than ${MAX_NAME} characters.`);
  else if (!/\p{L}/u.test(name)) problems.push(`The ${what} "${name}" has no letters in it.`);
  return name;
}

/** "Year 5", "Y5", "05" → "5"; "Rec", "YR", "Reception" → "R"; "Nursery" → "N". Other labels are kept as written. */
export function normaliseYearGroup(raw: string): string | null {
  const v = raw.trim();
  const n = /^(?:year|yr|y|nc year)?\s*(\d{1,2})$/i.exec(v);
  if (n) return String(Number(n[1]));
  if (/^(?:year\s*)?(r|rec|yr|reception)$/i.test(v)) return 'R';
  if (/^(n|nursery)$/i.test(v)) return 'N';
  return v.length <= 20 ? v : null;
}

function findDuplicates(rows: readonly RosterRow[]): RosterProblem[] {
  const problems: RosterProblem[] = [];
  const seen = new Map<string, RosterRow>();
  const emailOwner = new Map<string, AdultRow>();
  const repeat = (key: string, row: RosterRow, what: string) => {
    const earlier = seen.get(key);
    if (!earlier) seen.set(key, row);
    else problems.push({ line: row.line, message: `This row repeats line ${earlier.line}: ${what}. Remove one of them.` });
    return earlier !== undefined;
  };
  for (const row of rows) {
    if (row.kind === 'pupil') {
      if (row.misId && repeat(`pupil-mis|${row.misId.toLowerCase()}`, row, `the same MIS id (${row.misId})`)) continue;
      repeat(`pupil|${nameKey(row.firstName, row.lastName)}|${row.dateOfBirth}`, row, 'a pupil with the same name and date of birth');
      continue;
    }
    if (row.email) {
      const owner = emailOwner.get(row.email);
      if (owner && nameKey(owner.firstName, owner.lastName) !== nameKey(row.firstName, row.lastName)) {
        problems.push({
          line: row.line,
          message: `The email address ${row.email} is also given to ${owner.firstName} ${owner.lastName} on line ${owner.line}. Each person needs their own email address.`,
        });
        continue;
      }
      if (!owner) emailOwner.set(row.email, row);
      const sameEmail = seen.get(`adult-email|${row.role}|${row.email}`);
      if (sameEmail?.kind === 'adult' && row.role === 'parent' && !sameChildren(sameEmail.parentOf, row.parentOf)) continue;
      if (repeat(`adult-email|${row.role}|${row.email}`, row, 'the same role and email address')) continue;
    }
    // Two people with one name and role are told apart only by different email addresses.
    const key = `adult|${row.role}|${nameKey(row.firstName, row.lastName)}|${row.dateOfBirth ?? ''}`;
    const earlier = seen.get(key);
    if (earlier?.kind === 'adult' && earlier.email && row.email && earlier.email !== row.email) continue;
    // MIS contact exports list a parent once per child: rows that add children are merged, not repeats.
    if (earlier?.kind === 'adult' && row.role === 'parent' && !sameChildren(earlier.parentOf, row.parentOf)) continue;
    repeat(key, row, `the same role, name${row.dateOfBirth ? ' and date of birth' : ''}`);
  }
  return problems;
}

const sameChildren = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.some((y) => nameKey(x) === nameKey(y)));
