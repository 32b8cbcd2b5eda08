import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchool } from '../../../test/support/factories.ts';
import { testDatabase } from '../../../test/support/database.ts';
import type { Database } from '../db/client.ts';
import { withSchoolTx, withSystemTx } from '../db/tenancy.ts';
import { chainFor, recordAudit, verifyAuditLog } from './audit-log.ts';
import { auditEvents } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const actor = { personId: null, ip: '127.0.0.1' };

async function writeEvents(schoolId: string, n: number) {
  await withSchoolTx(database.db, { schoolIds: [schoolId] }, async (tx) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(tx, schoolId, actor, { type: 'school.updated', data: { schoolId, fields: [`f${i}`] } });
    }
  });
}

async function verifySchool(schoolId: string) {
  return withSchoolTx(database.db, { schoolIds: [schoolId] }, (tx) => verifyAuditLog(tx));
}

describe('audit log', () => {
  it('chains each school’s events in order and verifies them', async () => {
    const school = await createSchool(database);
    await writeEvents(school.id, 3);
    const report = await verifySchool(school.id);
    expect(report).toEqual({ chains: 1, events: 3, problems: [] });
  });

  it('rolls the event back with the change it records', async () => {
    const school = await createSchool(database);
    await expect(
      withSchoolTx(database.db, { schoolIds: [school.id] }, async (tx) => {
        await recordAudit(tx, school.id, actor, { type: 'school.updated', data: { schoolId: school.id, fields: ['x'] } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifySchool(school.id)).events).toBe(0);
  });

  it('keeps concurrent writers in one unbroken chain', async () => {
    const school = await createSchool(database);
    await Promise.all([writeEvents(school.id, 3), writeEvents(school.id, 3), writeEvents(school.id, 3)]);
    const report = await verifySchool(school.id);
    expect(report.events).toBe(9);
    expect(report.problems).toEqual([]);
  });

  it('will not let the application change or delete an event', async () => {
    const school = await createSchool(database);
    await writeEvents(school.id, 1);
    await expect(
      withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) =>
        tx.update(auditEvents).set({ type: 'x' }).where(eq(auditEvents.schoolId, school.id)),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
    await expect(
      withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) => tx.delete(auditEvents).where(eq(auditEvents.schoolId, school.id))),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
  });

  it("cannot be written into another school's chain", async () => {
    const a = await createSchool(database);
    const b = await createSchool(database);
    await expect(
      withSchoolTx(database.db, { schoolIds: [a.id] }, (tx) =>
        recordAudit(tx, b.id, actor, { type: 'school.updated', data: { schoolId: b.id, fields: [] } }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
  });

  it('detects an edit made directly in the database (even by its owner)', async () => {
    const school = await createSchool(database);
    await writeEvents(school.id, 3);
    await withSystemTx(database.db, async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
      await tx.execute(sql`update audit_events set data = '{"schoolId":"x","fields":["forged"]}' where chain = ${chainFor(school.id)} and seq = 2`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
    });
    const report = await verifySchool(school.id);
    expect(report.problems).toEqual([
      { chain: chainFor(school.id), seq: 2, problem: 'its contents do not match its hash (it was edited)' },
    ]);
  });
});

describe('parapet audit verify', () => {
  const run = promisify(execFile);
  const bin = resolve(import.meta.dirname, '../../../bin/parapet.js');

  it('reports an intact log and exits 0, then a tampered one and exits 1', { timeout: 60_000 }, async () => {
    if (process.env.DATABASE_URL) return; // the CLI run below uses its own embedded database
    const dataDir = mkdtempSync(join(tmpdir(), 'parapet-audit-'));
    const env = { ...process.env, PARAPET_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PARAPET_DEMO: 'off' };
    await run('node', [bin, 'migrate'], { env });
    const { openDatabase } = await import('../db/client.ts');
    const db = await openDatabase({ dataDir });
    const school = await withSystemTx(db.db, async (tx) => {
      const [s] = await tx
        .execute(sql`insert into schools (name, slug) values ('CLI school', 'cli') returning id`).then((r) => (r as unknown as { rows: Array<{ id: string }> }).rows);
      return s!;
    });
    await withSchoolTx(db.db, { schoolIds: [school.id] }, (tx) =>
      recordAudit(tx, school.id, actor, { type: 'school.updated', data: { schoolId: school.id, fields: ['a'] } }),
    );
    await db.close();
    const ok = await run('node', [bin, 'audit', 'verify'], { env });
    expect(ok.stdout).toContain('Audit log intact: 1 events in 1 chains.');

    const db2 = await openDatabase({ dataDir });
    await db2.query('alter table audit_events disable trigger audit_events_no_update');
    await db2.query(`update audit_events set actor_ip = '10.0.0.1'`);
    await db2.close();
    const bad = await run('node', [bin, 'audit', 'verify'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).toContain(`school:${school.id} event 1: its contents do not match its hash`);
  });
});
