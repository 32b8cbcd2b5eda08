import { and, asc, eq, sql } from 'drizzle-orm';
import type { SchoolAdult } from '../../core/roster/plan-adults.ts';
import type { Tx } from '../../platform/db/client.ts';
import { memberships, parentLinks, persons, pupils } from './schema.ts';

// Every function here runs in a school transaction (RLS-bound), and also names the school in its
// queries, so a mistake in one place is not the only thing between two schools' data.

export type PupilRecord = typeof pupils.$inferSelect;
export type NewPupil = typeof pupils.$inferInsert;

export function pupilsOfSchool(tx: Tx, schoolId: string): Promise<PupilRecord[]> {
  return tx
    .select()
    .from(pupils)
    .where(eq(pupils.schoolId, schoolId))
    .orderBy(asc(pupils.legalLastName), asc(pupils.legalFirstName), asc(pupils.dateOfBirth));
}

export async function insertPupils(tx: Tx, values: NewPupil[]): Promise<void> {
  // Batches keep each statement's parameters well under PostgreSQL's limit.
  for (let i = 0; i < values.length; i += 500) await tx.insert(pupils).values(values.slice(i, i + 500));
}

export async function updatePupil(tx: Tx, schoolId: string, id: string, changes: Partial<NewPupil>): Promise<void> {
  await tx
    .update(pupils)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(pupils.schoolId, schoolId), eq(pupils.id, id)));
}

/** The adults of the school, one entry per role they hold (current or ended). */
export async function adultsOfSchool(tx: Tx, schoolId: string): Promise<SchoolAdult[]> {
  return tx
    .select({
      personId: persons.id,
      email: persons.email,
      givenName: persons.givenName,
      familyName: persons.familyName,
      preferredName: persons.preferredName,
      dateOfBirth: persons.dateOfBirth,
      role: memberships.role,
      membershipId: memberships.id,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.schoolId, schoolId));
}

/**
 * The id of the person with this email, even if they belong only to other schools (which RLS
 * hides). See migration 0003: the function gives the id and nothing more.
 */
export async function personIdForEmail(tx: Tx, email: string): Promise<string | null> {
  const result = (await tx.execute(sql`select app_person_id_for_email(${email}) as id`)) as unknown as {
    rows: Array<{ id: string | null }>;
  };
  return result.rows[0]?.id ?? null;
}

/**
 * Inserts a new person with an id made by the caller. No RETURNING: the app role may not read a
 * person until they have a membership in one of its schools, and RETURNING would need that.
 */
export async function insertPerson(tx: Tx, person: typeof persons.$inferInsert & { id: string }): Promise<void> {
  await tx.insert(persons).values(person);
}

/** Fills in details a person's record lacks; never overwrites. */
export async function fillPersonGaps(
  tx: Tx,
  id: string,
  details: { email: string | null; preferredName: string | null; dateOfBirth: string | null },
): Promise<void> {
  await tx
    .update(persons)
    .set({
      email: sql`coalesce(${persons.email}, ${details.email})`,
      preferredName: sql`coalesce(${persons.preferredName}, ${details.preferredName})`,
      dateOfBirth: sql`coalesce(${persons.dateOfBirth}, ${details.dateOfBirth}::date)`,
      updatedAt: new Date(),
    })
    .where(eq(persons.id, id));
}

export async function insertMembership(
  tx: Tx,
  values: { schoolId: string; personId: string; role: string; jobTitle: string | null; endedAt: Date | null },
): Promise<void> {
  await tx.insert(memberships).values(values);
}

export async function updateMembership(
  tx: Tx,
  schoolId: string,
  id: string,
  changes: { jobTitle?: string | null; endedAt?: Date | null },
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(memberships)
    .set(changes)
    .where(and(eq(memberships.schoolId, schoolId), eq(memberships.id, id)));
}

/** Adds parent–pupil links that are not there yet; returns how many were added. */
export async function addParentLinks(
  tx: Tx,
  schoolId: string,
  links: ReadonlyArray<{ parentPersonId: string; pupilId: string }>,
): Promise<number> {
  if (links.length === 0) return 0;
  const added = await tx
    .insert(parentLinks)
    .values(links.map((l) => ({ schoolId, ...l })))
    .onConflictDoNothing({ target: [parentLinks.parentPersonId, parentLinks.pupilId] })
    .returning({ id: parentLinks.id });
  return added.length;
}

/** Every parent–pupil link in the school, for the people page and the export. */
export function parentLinksOfSchool(tx: Tx, schoolId: string) {
  return tx
    .select({ parentPersonId: parentLinks.parentPersonId, pupilId: parentLinks.pupilId })
    .from(parentLinks)
    .where(eq(parentLinks.schoolId, schoolId));
}

export interface AdultListing {
  personId: string;
  email: string | null;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  hasAccount: boolean;
  role: string;
  jobTitle: string | null;
  endedAt: Date | null;
}

/** The adults with their roles, for the people page and the export. Never reads password hashes. */
export function adultListingOfSchool(tx: Tx, schoolId: string): Promise<AdultListing[]> {
  return tx
    .select({
      personId: persons.id,
      email: persons.email,
      givenName: persons.givenName,
      familyName: persons.familyName,
      preferredName: persons.preferredName,
      dateOfBirth: persons.dateOfBirth,
      hasAccount: sql<boolean>`${persons.passwordHash} is not null`,
      role: memberships.role,
      jobTitle: memberships.jobTitle,
      endedAt: memberships.endedAt,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.schoolId, schoolId))
    .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id), asc(memberships.role));
}
