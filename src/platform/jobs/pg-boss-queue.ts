import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';
import type { JobQueue } from './job-queue.ts';

/** Cron schedules are read in school time, so "07:00" stays 07:00 across the clock change. */
export const JOB_TIMEZONE = 'Europe/London';
export const DEFAULT_JOB_SCHEMA = 'pgboss';

interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

// pg-boss sends single statements with parameters, and scripts without them (its migrations and
// some maintenance, wrapped in `BEGIN; … COMMIT;`). A script that fails half-way leaves its
// connection inside an aborted transaction; on PGlite's single connection that would break every
// later query of the app. So scripts run in a transaction we own, which rolls back on failure.
const WRAPPED_SCRIPT = /^\s*BEGIN\s*;([\s\S]*)COMMIT\s*;?\s*$/i;
export const unwrapScript = (text: string) => WRAPPED_SCRIPT.exec(text)?.[1] ?? text;

/** PGlite: `query` takes one statement with parameters, `exec` several without. */
export function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.transaction((tx) => tx.exec(unwrapScript(text)));
      return results.at(-1) ?? { rows: [] };
    },
    close: async () => undefined,
  };
}

/**
 * PostgreSQL: a small pool of its own, so the queue never takes the app's connections and a
 * failed script's connection is thrown away rather than handed back to anyone.
 */
export function postgresExecutor(connectionString: string, logger: Logger): SqlExecutor {
  const pool = new pg.Pool({ connectionString, max: 3, application_name: 'parapet-jobs' });
  pool.on('error', (err) => logger.warn({ err }, 'job queue connection failed'));
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return pool.query(text, values);
      const client = await pool.connect();
      let failed: Error | undefined;
      try {
        const result = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
        return Array.isArray(result) ? (result.at(-1) ?? { rows: [] }) : result;
      } catch (err) {
        failed = err as Error;
        throw err;
      } finally {
        client.release(failed);
      }
    },
    close: () => pool.end(),
  };
}

export interface JobQueueOptions {
  logger: Logger;
  /** Where pg-boss keeps its tables; its own schema, apart from the app's. */
  schema?: string;
  /** How often each worker looks for new jobs. */
  pollingIntervalSeconds?: number;
  /** How often pg-boss checks its cron schedules (pg-boss's default is 30 s; tests go faster). */
  cronIntervalSeconds?: number;
}

/** `JobQueue` on pg-boss 10, over PGlite or PostgreSQL. */
export class PgBossJobQueue implements JobQueue {
  private readonly queues = new Map<string, Promise<void>>();

  private constructor(
    /** pg-boss itself, for tests and administration. */
    readonly boss: PgBoss,
    private readonly executor: SqlExecutor,
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(database: Database, options: JobQueueOptions): Promise<PgBossJobQueue> {
    const { logger } = options;
    let executor: SqlExecutor;
    if (database.pglite) {
      executor = pgliteExecutor(database.pglite);
    } else {
      const connectionString = database.pool?.options.connectionString;
      if (!connectionString) throw new Error('The job queue needs the database connection string');
      executor = postgresExecutor(connectionString, logger);
    }
    const interval = options.cronIntervalSeconds;
    const boss = new PgBoss({
      db: executor as PgBoss.Db,
      schema: options.schema ?? DEFAULT_JOB_SCHEMA,
      ...(interval ? { cronMonitorIntervalSeconds: interval, cronWorkerIntervalSeconds: interval } : {}),
    });
    boss.on('error', (err) => logger.error({ err }, 'job queue error'));
    try {
      await boss.start();
    } catch (err) {
      await executor.close();
      throw err;
    }
    return new PgBossJobQueue(boss, executor, options.pollingIntervalSeconds ?? 5);
  }

  // Queues are created on first use. The "short" policy allows one queued job per singleton key;
  // jobs sent without a key get a unique one, so only jobs that ask to be deduplicated are.
  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.boss.createQueue(name, { name, policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true });
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  async send(name: string, data: object, options: { startAfterSeconds?: number; singletonKey?: string } = {}): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.send(name, data, {
      singletonKey: options.singletonKey ?? randomUUID(),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  async schedule(name: string, cron: string, data: object = {}): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, data, { tz: JOB_TIMEZONE });
  }

  async work(name: string, handler: (data: unknown) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work(name, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.executor.close();
  }
}
