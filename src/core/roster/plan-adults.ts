// Decides which person each adult row is: someone already in the school, someone Parapet knows
// through another school (found by email), or a new person. Pure: the use case looks up emails
// first and writes the plan afterwards.
import type { SchoolRole } from '../roles.ts';
import type { RosterProblem } from './problems.ts';
import { nameKey, type AdultRow, type RosterRow } from './roster-rows.ts';

/** An adult's role in this school, as it stands before the import. */
export interface SchoolAdult {
  personId: string;
  email: string | null;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  role: string;
  membershipId: string;
}

export interface PlannedPerson {
  id: string;
  /** new: create; school: already in this school; elsewhere: known through another school only. */
  source: 'new' | 'school' | 'elsewhere';
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  email: string | null;
}

export interface PlannedMembership {
  personId: string;
  role: SchoolRole;
  existingMembershipId: string | null;
  /** undefined: leave as it is (the file has no such column). */
  jobTitle: string | null | undefined;
  /** undefined: leave as it is; null: current; a date: ended then. */
  endedOn: string | null | undefined;
}

export interface AdultPlan {
  persons: PlannedPerson[];
  memberships: PlannedMembership[];
  /** Which person each adult row became, by line. */
  personOfLine: Map<number, string>;
  problems: RosterProblem[];
}

export interface AdultPlanOptions {
  today: string;
  hasJobTitle: boolean;
  hasLeavingDate: boolean;
  /** Person ids for emails Parapet knows through other schools. */
  elsewhere: ReadonlyMap<string, string>;
  newId: () => string;
}

/**
 * Rows with an email are one person per email. Rows without one are matched by name and role
 * within the school (as the issue asks); two people with one name and role need emails to be
 * told apart, so that is refused rather than guessed.
 */
export function planAdults(rows: readonly RosterRow[], school: readonly SchoolAdult[], options: AdultPlanOptions): AdultPlan {
  const problems: RosterProblem[] = [];
  const persons = new Map<string, PlannedPerson>();
  const personOfLine = new Map<number, string>();
  const groups = new Map<string, AdultRow[]>();
  for (const row of rows) {
    if (row.kind !== 'adult') continue;
    const key = row.email ? `email|${row.email}` : `name|${row.role}|${nameKey(row.firstName, row.lastName)}|${row.dateOfBirth ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const sameName = (a: SchoolAdult, row: AdultRow) => nameKey(a.givenName, a.familyName) === nameKey(row.firstName, row.lastName);
  const distinct = (list: SchoolAdult[]) => [...new Map(list.map((a) => [a.personId, a])).values()];

  for (const group of groups.values()) {
    const first = group[0]!;
    let person: PlannedPerson | null = null;
    let candidates: SchoolAdult[] = [];
    if (first.email) {
      const here = school.find((a) => a.email === first.email);
      const elsewhereId = options.elsewhere.get(first.email);
      if (here) person = fromSchool(here);
      else if (elsewhereId) person = { ...fromRow(first, elsewhereId), source: 'elsewhere' };
      else candidates = distinct(school.filter((a) => a.email === null && sameName(a, first) && group.some((r) => r.role === a.role)));
    } else {
      candidates = distinct(school.filter((a) => a.role === first.role && sameName(a, first)));
    }
    if (!person && candidates.length > 1) {
      problems.push({
        line: first.line,
        message: `More than one ${first.role} called ${first.firstName} ${first.lastName} is already in the school. Add their email addresses to the file so Parapet can tell them apart.`,
      });
      continue;
    }
    if (!person) person = candidates[0] ? fromSchool(candidates[0]) : { ...fromRow(first, options.newId()), source: 'new' };
    const known = persons.get(person.id);
    persons.set(person.id, known ? mergeGaps(known, first) : mergeGaps(person, first));
    for (const row of group) personOfLine.set(row.line, person.id);
  }

  const memberships = new Map<string, PlannedMembership>();
  for (const row of rows) {
    if (row.kind !== 'adult') continue;
    const personId = personOfLine.get(row.line);
    if (!personId) continue;
    const key = `${personId}|${row.role}`;
    const existing = school.find((a) => a.personId === personId && a.role === row.role);
    const planned: PlannedMembership = memberships.get(key) ?? {
      personId,
      role: row.role,
      existingMembershipId: existing?.membershipId ?? null,
      jobTitle: options.hasJobTitle ? null : undefined,
      endedOn: options.hasLeavingDate ? null : undefined,
    };
    if (options.hasJobTitle && row.jobTitle) planned.jobTitle ??= row.jobTitle;
    if (options.hasLeavingDate && row.leavingDate && row.leavingDate <= options.today) planned.endedOn ??= row.leavingDate;
    memberships.set(key, planned);
  }
  return { persons: [...persons.values()], memberships: [...memberships.values()], personOfLine, problems };
}

function fromSchool(a: SchoolAdult): PlannedPerson {
  return {
    id: a.personId,
    source: 'school',
    givenName: a.givenName,
    familyName: a.familyName,
    preferredName: a.preferredName,
    dateOfBirth: a.dateOfBirth,
    email: a.email,
  };
}

function fromRow(row: AdultRow, id: string): PlannedPerson {
  return {
    id,
    source: 'new',
    givenName: row.firstName,
    familyName: row.lastName,
    preferredName: row.preferredName,
    dateOfBirth: row.dateOfBirth,
    email: row.email,
  };
}

/**
 * A person's record is shared by every school they belong to (and is theirs once they sign in),
 * so the roster fills in what is missing but never overwrites a name.
 */
function mergeGaps(person: PlannedPerson, row: AdultRow): PlannedPerson {
  if (person.source === 'elsewhere') return person;
  return {
    ...person,
    email: person.email ?? row.email,
    preferredName: person.preferredName ?? row.preferredName,
    dateOfBirth: person.dateOfBirth ?? row.dateOfBirth,
  };
}
