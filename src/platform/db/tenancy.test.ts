import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable as PgTableClass, type PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createPupil, createSchool, createTrust } from '../../../test/support/factories.ts';
import { testDatabase } from '../../../test/support/database.ts';
import type { Database } from './client.ts';
import * as schema from './schema.ts';
import { withSchoolTx, withSystemTx } from './tenancy.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is PgTable => typeof v === 'object' && v !== null && is(v, PgTableClass),
);
const schoolOwned = tables.filter((t) => getTableConfig(t).columns.some((c) => c.name === 'school_id'));

describe('row-level security', () => {
  it('is enabled on every table', async () => {
    const rows = await database.query<{ relname: string; relrowsecurity: boolean }>(
      `select relname, relrowsecurity from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and relname <> '__drizzle_migrations'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(tables.length);
    expect(rows.filter((r) => !r.relrowsecurity).map((r) => r.relname)).toEqual([]);
  });

  it('binds the application role: not a superuser, not a table owner, no BYPASSRLS', async () => {
    const [role] = await database.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `select rolsuper, rolbypassrls from pg_roles where rolname = 'parapet_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await database.query(`select tablename from pg_tables where schemaname = 'public' and tableowner = 'parapet_app'`);
    expect(owned).toEqual([]);
  });

  it("shows the application role with school A set none of school B's rows, in any school-owned table", async () => {
    const a = await createSchool(database);
    const b = await createSchool(database);
    await createPupil(database, b);
    await createPerson(database, b, ['headteacher', 'staff']);
    await createPupil(database, a);
    for (const table of schoolOwned) {
      const name = getTableConfig(table).name;
      const seenFromA = await withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) =>
        tx.execute(sql`select count(*)::int as n from ${sql.identifier(name)} where school_id <> ${a.id}`),
      );
      expect((seenFromA as unknown as { rows: Array<{ n: number }> }).rows[0]!.n, `rows of other schools visible in ${name}`).toBe(0);
    }
    const pupilsOfB = await withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) =>
      tx.select().from(schema.pupils).where(sql`school_id = ${b.id}`),
    );
    expect(pupilsOfB).toEqual([]);
    const schoolsSeen = await withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) => tx.select().from(schema.schools));
    expect(schoolsSeen.map((s) => s.id)).toEqual([a.id]);
  });

  it("refuses to write a row into another school's data", async () => {
    const a = await createSchool(database);
    const b = await createSchool(database);
    await expect(
      withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) =>
        tx.insert(schema.pupils).values({ schoolId: b.id, legalFirstName: 'X', legalLastName: 'Y', dateOfBirth: '2015-01-01' }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
    const pupil = await createPupil(database, b);
    const updated = await withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) =>
      tx.update(schema.pupils).set({ legalFirstName: 'Changed' }).where(sql`id = ${pupil.id}`).returning(),
    );
    expect(updated).toEqual([]);
  });

  it('sees nothing at all when no school is set', async () => {
    const b = await createSchool(database);
    await createPupil(database, b);
    const seen = await withSchoolTx(database.db, { schoolIds: [] }, (tx) => tx.select().from(schema.pupils));
    expect(seen).toEqual([]);
  });

  it('keeps sessions, sign-in tokens and trust memberships away from the application role', async () => {
    const trust = await createTrust(database);
    const school = await createSchool(database, { trustId: trust.id });
    await createPerson(database, school, ['headteacher'], { trustAdminOf: trust.id });
    for (const table of [schema.sessions, schema.authTokens, schema.signInFailures, schema.trustMemberships]) {
      const rows = await withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) => tx.select().from(table));
      expect(rows).toEqual([]);
    }
    const all = await withSystemTx(database.db, (tx) => tx.select().from(schema.trustMemberships));
    expect(all.length).toBeGreaterThan(0);
  });

  it('lets a trust-wide transaction see the schools of the trust, and only those', async () => {
    const trust = await createTrust(database);
    const s1 = await createSchool(database, { trustId: trust.id });
    const s2 = await createSchool(database, { trustId: trust.id });
    const outside = await createSchool(database);
    for (const s of [s1, s2, outside]) await createPupil(database, s);
    const seen = await withSchoolTx(database.db, { schoolIds: [s1.id, s2.id] }, (tx) => tx.select().from(schema.pupils));
    expect(new Set(seen.map((p) => p.schoolId))).toEqual(new Set([s1.id, s2.id]));
  });
});
