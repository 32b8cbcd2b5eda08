// Reads what a school's checks need: its roster and its published details, and a cheap
// fingerprint of those and of its active rule sets that changes whenever any of them does.
import { and, eq, gt, gte, isNull, or, sql } from 'drizzle-orm';
import type { RosterPerson, SchoolIdentity } from '../../core/checks/types.ts';
import type { Tx } from '../../platform/db/client.ts';
import { memberships, persons, pupils } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';

const ADULT_KIND: Record<string, RosterPerson['role'] | undefined> = {
  headteacher: 'staff',
  dsl: 'staff',
  'deputy-dsl': 'staff',
  slt: 'staff',
  'social-media-manager': 'staff',
  staff: 'staff',
  volunteer: 'staff',
  contractor: 'staff',
  governor: 'governor',
  parent: 'parent',
};

/** "5" → "Year 5", "R" → "Reception": as the reasons say it. */
export function yearGroupLabel(yearGroup: string | null): string | null {
  if (!yearGroup) return null;
  const y = yearGroup.trim();
  if (/^\d{1,2}$/.test(y)) return `Year ${Number(y)}`;
  if (/^(r|rec|reception)$/i.test(y)) return 'Reception';
  if (/^n(ursery)?$/i.test(y)) return 'Nursery';
  return y;
}

export async function readRoster(tx: Tx, schoolId: string): Promise<RosterPerson[]> {
  const pupilRows = await tx
    .select({
      firstName: pupils.legalFirstName,
      lastName: pupils.legalLastName,
      preferredFirstName: pupils.preferredFirstName,
      preferredLastName: pupils.preferredLastName,
      yearGroup: pupils.yearGroup,
      dateOfBirth: pupils.dateOfBirth,
    })
    .from(pupils)
    // Pupils who are leaving are still pupils until their leaving date.
    .where(and(eq(pupils.schoolId, schoolId), or(isNull(pupils.leavingDate), gte(pupils.leavingDate, sql`current_date`))));
  const adultRows = await tx
    .selectDistinct({
      personId: persons.id,
      role: memberships.role,
      firstName: persons.givenName,
      lastName: persons.familyName,
      preferredFirstName: persons.preferredName,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.schoolId, schoolId), or(isNull(memberships.endedAt), gt(memberships.endedAt, sql`now()`))));

  const roster: RosterPerson[] = pupilRows.map((p) => ({ role: 'pupil', ...p, yearGroup: yearGroupLabel(p.yearGroup) }));
  // One entry per person and kind: a Headteacher who is also the social media manager is one member of staff.
  const seen = new Set<string>();
  for (const a of adultRows) {
    const role = ADULT_KIND[a.role];
    if (!role || seen.has(`${a.personId}:${role}`)) continue;
    seen.add(`${a.personId}:${role}`);
    roster.push({ role, firstName: a.firstName, lastName: a.lastName, preferredFirstName: a.preferredFirstName });
  }
  return roster;
}

export async function readSchoolIdentity(tx: Tx, schoolId: string): Promise<SchoolIdentity> {
  const [row] = await tx
    .select({ name: schools.name, domain: schools.domain, phone: schools.phone, email: schools.email, address: schools.address, postcode: schools.postcode })
    .from(schools)
    .where(eq(schools.id, schoolId));
  return row ?? {};
}

/**
 * One short query whose answer changes whenever the roster, the school's details or its active
 * rules change: pupils and people added, edited, leaving or ending a role; a rule set activated.
 */
export async function readCheckVersion(tx: Tx, schoolId: string): Promise<string> {
  const id = sql`${schoolId}::uuid`;
  const result = await tx.execute(sql`
    select concat_ws('|', current_date,
      (select concat(count(*), ':', max(updated_at), ':', count(*) filter (where leaving_date is null)) from pupils where school_id = ${id}),
      (select concat(count(*), ':', max(coalesce(m.ended_at, m.created_at)), ':', count(*) filter (where m.ended_at is null), ':', max(p.updated_at))
         from memberships m join persons p on p.id = m.person_id where m.school_id = ${id}),
      (select concat_ws(',', name, domain, phone, email, address, postcode) from schools where id = ${id}),
      (select string_agg(concat(s.id, '@', s.activated_at, '@', p.archived_at), ',' order by s.id)
         from policy_rule_sets s join policies p on p.id = s.policy_id where s.school_id = ${id} and s.status = 'active')
    ) as version`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ version: string }>;
  return rows[0]?.version ?? '';
}
