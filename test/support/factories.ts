import { randomUUID } from 'node:crypto';
import type { SchoolRole } from '../../src/core/roles.ts';
import { hashPassword } from '../../src/features/auth/passwords.ts';
import { memberships, persons, pupils, trustMemberships } from '../../src/features/people/schema.ts';
import { schools, trusts } from '../../src/features/schools/schema.ts';
import type { SchoolContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../../src/platform/db/tenancy.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
const unique = () => randomUUID().slice(0, 8);

export type TestSchool = typeof schools.$inferSelect;

export async function createTrust(database: Database) {
  const id = unique();
  const [trust] = await withSystemTx(database.db, (tx) =>
    tx.insert(trusts).values({ name: `Trust ${id}`, slug: `trust-${id}` }).returning(),
  );
  return trust!;
}

/** A fresh school with a unique slug, so tests never collide and never need a reset. */
export async function createSchool(database: Database, overrides: Partial<typeof schools.$inferInsert> = {}) {
  const id = unique();
  const [school] = await withSystemTx(database.db, (tx) =>
    tx
      .insert(schools)
      .values({ name: `Test School ${id}`, slug: `school-${id}`, domain: `school-${id}.example`, ...overrides })
      .returning(),
  );
  return school!;
}

export interface TestPerson {
  id: string;
  email: string;
  password: string;
}

/** A person who can sign in, holding `roles` in `school`. */
export async function createPerson(
  database: Database,
  school: { id: string } | null,
  roles: SchoolRole[] = ['staff'],
  overrides: { givenName?: string; familyName?: string; email?: string; trustAdminOf?: string } = {},
): Promise<TestPerson> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `person-${unique()}@test.example`;
  return withSystemTx(database.db, async (tx) => {
    const [person] = await tx
      .insert(persons)
      .values({
        email,
        givenName: overrides.givenName ?? 'Sam',
        familyName: overrides.familyName ?? `Tester${unique()}`,
        passwordHash: await passwordHash!,
      })
      .returning();
    if (school) {
      for (const role of roles) await tx.insert(memberships).values({ schoolId: school.id, personId: person!.id, role });
    }
    if (overrides.trustAdminOf) await tx.insert(trustMemberships).values({ trustId: overrides.trustAdminOf, personId: person!.id });
    return { id: person!.id, email, password: TEST_PASSWORD };
  });
}

export async function createPupil(database: Database, school: { id: string }, overrides: Partial<typeof pupils.$inferInsert> = {}) {
  const [pupil] = await withSystemTx(database.db, (tx) =>
    tx
      .insert(pupils)
      .values({
        schoolId: school.id,
        legalFirstName: 'Amelia',
        legalLastName: `Smith${unique()}`,
        dateOfBirth: '2016-05-04',
        yearGroup: '5',
        ...overrides,
      })
      .returning(),
  );
  return pupil!;
}

/** Runs `fn` as a use case would: RLS-bound to the school, acting as `personId`. */
export function asSchool<T>(
  database: Database,
  school: TestSchool,
  actor: { personId: string; roles?: SchoolRole[] },
  fn: (ctx: SchoolContext) => Promise<T>,
): Promise<T> {
  return withSchoolTx(database.db, { schoolIds: [school.id], personId: actor.personId }, (tx) =>
    fn({
      tx,
      school: { id: school.id, slug: school.slug, name: school.name, trustId: school.trustId },
      actor: { personId: actor.personId, roles: actor.roles ?? ['headteacher'], ip: '127.0.0.1', userAgent: 'test' },
    }),
  );
}
