import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { openDatabase, type Database } from '../../platform/db/client.ts';
import { runMigrations } from '../../platform/db/migrate.ts';
import { withSchoolTx, withSystemTx } from '../../platform/db/tenancy.ts';
import { signIn } from '../auth/sign-in.ts';
import { findSignedInPerson } from '../auth/session-repository.ts';
import { pupils } from '../people/schema.ts';
import { policyVersions, acknowledgements } from '../policies/schema.ts';
import { policyRuleSets, policyRules } from '../rules/schema.ts';
import { DEMO_PASSWORD, DEMO_SCHOOLS } from './demo-schools.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

// The demo needs an empty database of its own: a fresh PGlite from the migrated snapshot, or a
// new database on the PostgreSQL server when DATABASE_URL is set (dropped afterwards).
let database: Database;
let dropDatabase: (() => Promise<void>) | undefined;
beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) {
    database = await openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]) });
    return;
  }
  const name = `parapet_demo_${randomUUID().slice(0, 8)}`;
  const admin = await openDatabase({ databaseUrl: url });
  await admin.query(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  database = await openDatabase({ databaseUrl: own.toString() });
  await runMigrations(database);
  dropDatabase = async () => {
    await admin.query(`drop database if exists ${name}`);
    await admin.close();
  };
});
afterAll(async () => {
  await database.close();
  await dropDatabase?.();
});

it('creates five schools, each with its roster and its seed policy published, once', { timeout: 60_000 }, async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const logins = await seedDemoIfEmpty(database, pino({ level: 'silent' }));
  expect(log.mock.calls.flat().join('\n')).toContain(`head@thorndown.example`);
  log.mockRestore();
  expect(logins?.filter((l) => l.role === 'headteacher')).toHaveLength(5);

  const { token } = await signIn(database.db, { email: 'trust.admin@meadowbank.example', password: DEMO_PASSWORD, ip: null, userAgent: null });
  const admin = await withSystemTx(database.db, (tx) => findSignedInPerson(tx, token));
  expect(admin!.schools.map((s) => s.slug).sort()).toEqual(DEMO_SCHOOLS.map((s) => s.slug).sort());

  for (const school of admin!.schools) {
    const { versions, roll, signed, ruleSets, rules } = await withSchoolTx(database.db, { schoolIds: [school.id] }, async (tx) => ({
      versions: await tx.select().from(policyVersions),
      roll: await tx.select().from(pupils),
      signed: await tx.select().from(acknowledgements),
      ruleSets: await tx.select().from(policyRuleSets),
      rules: await tx.select().from(policyRules),
    }));
    expect(versions.map((v) => v.status), school.slug).toEqual(['published']);
    expect(versions[0]!.text.length).toBeGreaterThan(3000);
    expect(roll.length).toBe(24);
    expect(signed.length).toBe(4);
    // Lache's proposed rules wait for the Head; elsewhere every proposal is accepted and active.
    expect(ruleSets.map((r) => r.status), school.slug).toEqual([school.slug === 'lache' ? 'draft' : 'active']);
    expect(rules.length, school.slug).toBeGreaterThan(10);
    expect(new Set(rules.map((r) => r.status)), school.slug).toEqual(new Set([school.slug === 'lache' ? 'proposed' : 'accepted']));
  }
  const thorndown = (await database.query<{ approved_on: string; review_period_months: number }>(
    `select v.approved_on::text, v.review_period_months from policy_versions v join schools s on s.id = v.school_id where s.slug = 'thorndown'`,
  ))[0];
  expect(thorndown).toEqual({ approved_on: '2023-03-23', review_period_months: 24 });

  expect(await seedDemoIfEmpty(database, pino({ level: 'silent' }))).toBeNull();
});
