import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '../../test/support/database.ts';
import { createPerson, createSchool, type TestSchool } from '../../test/support/factories.ts';
import { parseConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { withSystemTx } from '../platform/db/tenancy.ts';
import { JOB_TIMEZONE, type PgBossJobQueue } from '../platform/jobs/pg-boss-queue.ts';
import { createMemoryMailer } from '../platform/mail/mailer.ts';
import { sessions } from './auth/schema.ts';
import { EXPIRED_SESSIONS_CLEANUP_JOB, POLICY_REMINDERS_SWEEP_JOB, SCHEDULES, startJobs } from './jobs.ts';
import { policies, policyVersions, reminderDeliveries } from './policies/schema.ts';
import { queuePolicyReminders } from './policies/send-policy-reminders.ts';

let database: Database;
let queue: PgBossJobQueue;
const mailer = createMemoryMailer();
const schema = `pgboss_test_${randomUUID().slice(0, 8)}`;
// The sweep looks only at this file's schools: other test files share a PostgreSQL database.
const mySchools = new Set<string>();

beforeAll(async () => {
  database = await testDatabase();
  const config = parseConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://parapet.example' });
  queue = await startJobs(
    { database, mailer, config, logger: pino({ level: 'silent' }) },
    {
      schema,
      pollingIntervalSeconds: 0.5,
      sweepVersions: async () => {
        const rows = await withSystemTx(database.db, (tx) =>
          tx.select({ schoolId: policyVersions.schoolId, versionId: policyVersions.id, status: policyVersions.status }).from(policyVersions),
        );
        return rows.filter((r) => mySchools.has(r.schoolId) && r.status === 'published').map(({ schoolId, versionId }) => ({ schoolId, versionId }));
      },
    },
  );
});

afterAll(async () => {
  await queue?.stop();
  await database.query(`drop schema if exists ${schema} cascade`);
});

async function publishedPolicy(school: TestSchool) {
  mySchools.add(school.id);
  return withSystemTx(database.db, async (tx) => {
    const [policy] = await tx.insert(policies).values({ schoolId: school.id, title: 'Online Safety Policy', audiences: ['staff'] }).returning();
    const [version] = await tx
      .insert(policyVersions)
      .values({ schoolId: school.id, policyId: policy!.id, versionNumber: 1, status: 'published', sourceFormat: 'text', text: '1. Scope', publishedAt: new Date(Date.now() - 60_000) })
      .returning();
    return version!;
  });
}

const waitFor = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 15_000, interval: 100 });

describe('jobs', () => {
  it('sends the reminders for a version queued when it is published', async () => {
    const school = await createSchool(database);
    const teacher = await createPerson(database, school, ['staff']);
    const version = await publishedPolicy(school);
    await queuePolicyReminders(queue, { schoolId: school.id, versionId: version.id });
    await waitFor(() => expect(mailer.sent.filter((m) => m.to === teacher.email)).toHaveLength(1));
    const mail = mailer.sent.find((m) => m.to === teacher.email)!;
    expect(mail.text).toContain(`https://parapet.example/s/${school.slug}/my-policies/${version.id}`);
  });

  it('queues reminders for every published version in the daily sweep', async () => {
    const a = await createSchool(database);
    const b = await createSchool(database);
    const inA = await createPerson(database, a, ['staff']);
    const inB = await createPerson(database, b, ['governor', 'staff']);
    const versionA = await publishedPolicy(a);
    await publishedPolicy(b);
    await queue.send(POLICY_REMINDERS_SWEEP_JOB, {});
    await waitFor(() => {
      expect(mailer.sent.filter((m) => m.to === inA.email)).toHaveLength(1);
      expect(mailer.sent.filter((m) => m.to === inB.email)).toHaveLength(1);
    });
    const rows = await withSystemTx(database.db, (tx) => tx.select().from(reminderDeliveries).where(eq(reminderDeliveries.versionId, versionA.id)));
    expect(rows.map((r) => r.kind)).toEqual(['publish']);
  });

  it('drops a reminder job whose data is malformed, without sending anything', async () => {
    const before = mailer.sent.length;
    const marker = randomUUID();
    await queue.send('policy-reminders', { schoolId: 'not-a-uuid', marker });
    // Completed, not failed: a retry could not mend it.
    await waitFor(async () => {
      const jobs = await database.query<{ state: string }>(`select state from ${schema}.job where data->>'marker' = $1`, [marker]);
      expect(jobs.map((j) => j.state)).toEqual(['completed']);
    });
    expect(mailer.sent).toHaveLength(before);
  });

  it('removes expired sessions in the nightly clean-up', async () => {
    const school = await createSchool(database);
    const person = await createPerson(database, school, ['staff']);
    const [expired] = await withSystemTx(database.db, (tx) =>
      tx.insert(sessions).values({ tokenHash: randomUUID(), personId: person.id, expiresAt: new Date(Date.now() - 60_000) }).returning(),
    );
    const [live] = await withSystemTx(database.db, (tx) =>
      tx.insert(sessions).values({ tokenHash: randomUUID(), personId: person.id, expiresAt: new Date(Date.now() + 3_600_000) }).returning(),
    );
    await queue.send(EXPIRED_SESSIONS_CLEANUP_JOB, {});
    await waitFor(async () => {
      const left = await withSystemTx(database.db, (tx) => tx.select().from(sessions).where(eq(sessions.personId, person.id)));
      expect(left.map((s) => s.id)).toEqual([live!.id]);
    });
    expect(expired).toBeDefined();
  });

  it('schedules the sweep and the clean-up daily in London time', async () => {
    const schedules = await queue.boss.getSchedules();
    for (const [name, cron] of Object.entries(SCHEDULES)) {
      expect(schedules.find((s) => s.name === name)).toMatchObject({ cron, timezone: JOB_TIMEZONE });
    }
    expect(SCHEDULES[POLICY_REMINDERS_SWEEP_JOB]).toBe('0 7 * * *');
  });
});
