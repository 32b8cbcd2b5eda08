import { createHash, randomUUID } from 'node:crypto';
import { londonToday } from '../../core/dates.ts';
import { forbidden } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { planAdults, type SchoolAdult } from '../../core/roster/plan-adults.ts';
import { planPupils, type PlannedPupil } from '../../core/roster/plan-pupils.ts';
import { RosterProblemsError } from '../../core/roster/problems.ts';
import { readRosterFile } from '../../core/roster/read-roster.ts';
import type { RosterField } from '../../core/roster/headings.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isServerOperator, type OperatorOrSchoolContext } from '../../platform/context.ts';
import {
  addParentLinks,
  adultsOfSchool,
  fillPersonGaps,
  insertMembership,
  insertPerson,
  insertPupils,
  personIdForEmail,
  pupilsOfSchool,
  updateMembership,
  updatePupil,
  type NewPupil,
  type PupilRecord,
} from './people-repository.ts';

export interface ImportRosterInput {
  filename: string;
  bytes: Uint8Array;
}

export interface RosterImportSummary {
  rows: number;
  pupilsCreated: number;
  pupilsUpdated: number;
  pupilsUnchanged: number;
  peopleCreated: number;
  peopleUpdated: number;
  rolesAdded: number;
  parentLinksCreated: number;
  /** Headings in the file that Parapet left out. */
  ignoredHeadings: string[];
}

/**
 * Imports a roster CSV for the school: all or nothing. Every row is checked, and matched against
 * the people already there, before anything is written; any problem throws RosterProblemsError
 * listing all of them, and the transaction writes nothing. Otherwise pupils are added or updated
 * (by MIS id, else legal name and date of birth), adults become persons with roles, parents are
 * linked to their children, and one audit event records the import.
 */
export async function importRoster(ctx: OperatorOrSchoolContext, input: ImportRosterInput): Promise<RosterImportSummary> {
  const { tx, school, actor } = ctx;
  const operator = isServerOperator(actor);
  if (!operator && !hasAnyRole(actor.roles, LEADERSHIP)) throw forbidden('Only the headteacher or senior leaders can import the roster.');

  const today = londonToday();
  const file = readRosterFile(input.bytes, { today });
  const has = (f: RosterField) => file.fields.has(f);

  const roll = await pupilsOfSchool(tx, school.id);
  const pupilPlan = planPupils(file.rows, roll, randomUUID);

  const adults = await adultsOfSchool(tx, school.id);
  const elsewhere = new Map<string, string>();
  for (const row of file.rows) {
    if (row.kind !== 'adult' || !row.email || elsewhere.has(row.email) || adults.some((a) => a.email === row.email)) continue;
    const id = await personIdForEmail(tx, row.email);
    if (id) elsewhere.set(row.email, id);
  }
  const adultPlan = planAdults(file.rows, adults, {
    today,
    hasJobTitle: has('job_title'),
    hasLeavingDate: has('leaving_date'),
    elsewhere,
    newId: randomUUID,
  });

  const problems = [...file.problems, ...pupilPlan.problems, ...adultPlan.problems];
  if (problems.length) throw new RosterProblemsError(problems);

  // Pupils.
  const created: NewPupil[] = [];
  let pupilsUpdated = 0;
  for (const planned of pupilPlan.pupils) {
    if (!planned.existing) {
      created.push({ id: planned.id, schoolId: school.id, ...pupilDetails(planned, has) });
      continue;
    }
    const changes = changedFields(planned.existing as PupilRecord, pupilDetails(planned, has));
    if (Object.keys(changes).length) {
      await updatePupil(tx, school.id, planned.id, changes);
      pupilsUpdated += 1;
    }
  }
  await insertPupils(tx, created);

  // Adults: persons first, then their roles, then fill in what existing records lack (which the
  // app role may do only once the person belongs to this school).
  for (const person of adultPlan.persons.filter((p) => p.source === 'new')) {
    await insertPerson(tx, {
      id: person.id,
      email: person.email,
      givenName: person.givenName,
      familyName: person.familyName,
      preferredName: person.preferredName,
      dateOfBirth: person.dateOfBirth,
    });
  }
  let rolesAdded = 0;
  for (const m of adultPlan.memberships) {
    const endedAt = m.endedOn === undefined ? undefined : m.endedOn === null ? null : new Date(`${m.endedOn}T00:00:00Z`);
    if (!m.existingMembershipId) {
      await insertMembership(tx, { schoolId: school.id, personId: m.personId, role: m.role, jobTitle: m.jobTitle ?? null, endedAt: endedAt ?? null });
      rolesAdded += 1;
    } else {
      await updateMembership(tx, school.id, m.existingMembershipId, {
        ...(m.jobTitle === undefined ? {} : { jobTitle: m.jobTitle }),
        ...(endedAt === undefined ? {} : { endedAt }),
      });
    }
  }
  const before = new Map<string, SchoolAdult>(adults.map((a) => [a.personId, a]));
  for (const person of adultPlan.persons.filter((p) => p.source === 'school')) {
    const was = before.get(person.id)!;
    if (
      (was.email === null && person.email) ||
      (was.preferredName === null && person.preferredName) ||
      (was.dateOfBirth === null && person.dateOfBirth)
    ) {
      await fillPersonGaps(tx, person.id, person);
    }
  }

  const links = pupilPlan.parentLinks.map((l) => ({ parentPersonId: adultPlan.personOfLine.get(l.parentLine)!, pupilId: l.pupilId }));
  const parentLinksCreated = await addParentLinks(tx, school.id, dedupe(links));

  const summary: RosterImportSummary = {
    rows: file.rows.length,
    pupilsCreated: created.length,
    pupilsUpdated,
    pupilsUnchanged: pupilPlan.pupils.length - created.length - pupilsUpdated,
    peopleCreated: adultPlan.persons.filter((p) => p.source === 'new').length,
    peopleUpdated: adultPlan.persons.filter((p) => p.source !== 'new').length,
    rolesAdded,
    parentLinksCreated,
    ignoredHeadings: file.ignoredHeadings,
  };
  await recordAudit(tx, school.id, operator ? { personId: null, ip: null } : { personId: actor.personId, ip: actor.ip }, {
    type: 'roster.imported',
    data: {
      filename: cleanFilename(input.filename),
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      rows: summary.rows,
      pupilsCreated: summary.pupilsCreated,
      pupilsUpdated: summary.pupilsUpdated,
      peopleCreated: summary.peopleCreated,
      peopleUpdated: summary.peopleUpdated,
      parentLinksCreated,
      via: operator ? 'cli' : 'web',
    },
  });
  return summary;
}

type PupilDetails = Omit<NewPupil, 'id' | 'schoolId' | 'createdAt' | 'updatedAt'>;

/** What the row says about the pupil. A column the file lacks leaves that detail as it is. */
function pupilDetails({ row, existing }: PlannedPupil, has: (f: RosterField) => boolean): PupilDetails {
  return {
    // The MIS id is the key for next time: a blank cell never removes one.
    misId: row.misId ?? existing?.misId ?? null,
    legalFirstName: row.firstName,
    legalLastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    ...(has('preferred_name') || !existing ? { preferredFirstName: row.preferredFirstName } : {}),
    ...(has('preferred_last_name') || !existing ? { preferredLastName: row.preferredLastName } : {}),
    ...(has('year_group') || !existing ? { yearGroup: row.yearGroup } : {}),
    ...(has('admission_date') || !existing ? { admissionDate: row.admissionDate } : {}),
    ...(has('leaving_date') || !existing ? { leavingDate: row.leavingDate } : {}),
  };
}

function changedFields(current: PupilRecord, next: PupilDetails): Partial<PupilDetails> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if ((current as Record<string, unknown>)[key] !== value) changes[key] = value;
  }
  return changes as Partial<PupilDetails>;
}

function dedupe<T extends { parentPersonId: string; pupilId: string }>(links: T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.parentPersonId}|${l.pupilId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The file's own name, without any folder a browser sent, for the audit log. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'roster.csv';
}
