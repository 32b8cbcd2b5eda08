import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import type { Database } from '../db/client.ts';
import { JOB_TIMEZONE, PgBossJobQueue, pgliteExecutor, postgresExecutor, unwrapScript } from './pg-boss-queue.ts';

const logger = pino({ level: 'silent' });
let database: Database;
let queue: PgBossJobQueue;
// A schema of its own, so test files sharing one PostgreSQL server never take each other's jobs.
const schema = `pgboss_test_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  database = await testDatabase();
  queue = await PgBossJobQueue.start(database, { logger, schema, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1 });
});

afterAll(async () => {
  await queue?.stop();
  await database.query(`drop schema if exists ${schema} cascade`);
});

const uniqueName = (what: string) => `test-${what}-${randomUUID().slice(0, 8)}`;

describe('job queue (pg-boss)', () => {
  it('keeps its tables in its own schema', async () => {
    const rows = await database.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1',
      [schema],
    );
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['job', 'queue', 'schedule', 'version']));
  });

  it('runs the handler for a job that was sent, with its data', async () => {
    const name = uniqueName('send');
    const seen: unknown[] = [];
    await queue.work(name, async (data) => {
      seen.push(data);
    });
    await queue.send(name, { schoolId: 'a', n: 1 });
    await vi.waitFor(() => expect(seen).toEqual([{ schoolId: 'a', n: 1 }]), { timeout: 10_000, interval: 100 });
  });

  it('queues a job with the same singleton key only once while it is pending', async () => {
    const name = uniqueName('singleton');
    await queue.send(name, { n: 1 }, { singletonKey: 'version-1' });
    await queue.send(name, { n: 2 }, { singletonKey: 'version-1' });
    await queue.send(name, { n: 3 }, { singletonKey: 'version-2' });
    await queue.send(name, { n: 4 });
    await queue.send(name, { n: 5 });
    expect(await queue.boss.getQueueSize(name)).toBe(4);
  });

  it('holds a job sent for later until its time', async () => {
    const name = uniqueName('later');
    await queue.send(name, { n: 1 }, { startAfterSeconds: 3600 });
    const [job] = (await database.query<{ start_after: Date }>(`select start_after from ${schema}.job where name = $1`, [name]));
    expect(new Date(job!.start_after).getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('registers a cron schedule in London time and runs the job when it falls due', async () => {
    const name = uniqueName('cron');
    const runs: unknown[] = [];
    await queue.work(name, async (data) => {
      runs.push(data);
    });
    // Every minute: pg-boss sends a job when the last minute's tick is under 60 s old, so at once.
    await queue.schedule(name, '* * * * *', { kind: 'sweep' });
    const schedules = await queue.boss.getSchedules();
    expect(schedules.find((s) => s.name === name)).toMatchObject({ cron: '* * * * *', timezone: JOB_TIMEZONE });
    await vi.waitFor(() => expect(runs[0]).toEqual({ kind: 'sweep' }), { timeout: 20_000, interval: 200 });
  });

  it("runs pg-boss's maintenance scripts (BEGIN … COMMIT under an advisory lock) and keeps working", async () => {
    const name = uniqueName('after-maintenance');
    await queue.boss.expire();
    await queue.boss.archive();
    // drop() exists in pg-boss 10 but is missing from its type declarations.
    await (queue.boss as unknown as { drop(): Promise<void> }).drop();
    const seen: unknown[] = [];
    await queue.work(name, async (data) => {
      seen.push(data);
    });
    await queue.send(name, { ok: true });
    await vi.waitFor(() => expect(seen).toEqual([{ ok: true }]), { timeout: 10_000, interval: 100 });
    expect(await database.query('select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('refuses a cron expression that is not valid', async () => {
    await expect(queue.schedule(uniqueName('bad-cron'), 'every morning')).rejects.toThrow();
  });

  it('rolls back a failed script so the database stays usable', async () => {
    const executor = database.pglite
      ? pgliteExecutor(database.pglite)
      : postgresExecutor(database.pool!.options.connectionString!, logger);
    try {
      await expect(executor.executeSql('BEGIN; select 1; select 1/0; COMMIT;')).rejects.toThrow(/division by zero/);
      expect((await executor.executeSql('select 2 as two')).rows).toEqual([{ two: 2 }]);
      expect(await database.query('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await executor.close();
    }
  });

  it('returns the rows of the last statement of a script', async () => {
    const executor = database.pglite
      ? pgliteExecutor(database.pglite)
      : postgresExecutor(database.pool!.options.connectionString!, logger);
    try {
      expect((await executor.executeSql('select 1 as a; select 2 as b')).rows).toEqual([{ b: 2 }]);
    } finally {
      await executor.close();
    }
  });

  it('unwraps only a whole BEGIN … COMMIT script', () => {
    expect(unwrapScript('\n  BEGIN;\n  select 1;\n  COMMIT;\n')).toBe('\n  select 1;\n  ');
    expect(unwrapScript('select 1')).toBe('select 1');
    expect(unwrapScript('DO $$ BEGIN perform 1; END $$')).toBe('DO $$ BEGIN perform 1; END $$');
  });
});
