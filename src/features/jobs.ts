import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { withSystemTx } from '../platform/db/tenancy.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { PgBossJobQueue, type JobQueueOptions } from '../platform/jobs/pg-boss-queue.ts';
import type { Mailer } from '../platform/mail/mailer.ts';
import { deleteStaleAuthRecords } from './auth/auth-token-repository.ts';
import { deleteExpiredSessions } from './auth/session-repository.ts';
import { deleteExpiredPhotoChecks } from './photos/delete-expired-photo-checks.ts';
import { PHOTO_CLEANUP_CRON } from './photos/retention.ts';
import {
  findPublishedVersions,
  POLICY_REMINDERS_JOB,
  policyRemindersPayload,
  sendPolicyReminders,
  type PolicyRemindersPayload,
} from './policies/send-policy-reminders.ts';

export interface JobDeps {
  database: Database;
  mailer: Mailer;
  config: Config;
  logger: Logger;
}

export const POLICY_REMINDERS_SWEEP_JOB = 'policy-reminders-sweep';
export const EXPIRED_SESSIONS_CLEANUP_JOB = 'expired-sessions-cleanup';
export const EXPIRED_PHOTO_CHECKS_JOB = 'expired-photo-checks-cleanup';

/** Daily, in London time: reminders before the school day starts; housekeeping at night. */
export const SCHEDULES: Record<string, string> = {
  [POLICY_REMINDERS_SWEEP_JOB]: '0 7 * * *',
  [EXPIRED_SESSIONS_CLEANUP_JOB]: '30 3 * * *',
  [EXPIRED_PHOTO_CHECKS_JOB]: PHOTO_CLEANUP_CRON,
};

export interface StartJobsOptions extends Omit<JobQueueOptions, 'logger'> {
  /** The versions the daily sweep looks at; every published one unless a test narrows it. */
  sweepVersions?: () => Promise<PolicyRemindersPayload[]>;
}

/** Starts the job queue and registers every feature's jobs. */
export async function startJobs(deps: JobDeps, options: StartJobsOptions = {}): Promise<PgBossJobQueue> {
  const { sweepVersions, ...queueOptions } = options;
  const queue = await PgBossJobQueue.start(deps.database, { logger: deps.logger, ...queueOptions });
  try {
    await registerJobs(queue, deps, sweepVersions ?? (() => findPublishedVersions(deps.database.db)));
  } catch (err) {
    await queue.stop();
    throw err;
  }
  deps.logger.info({ schedules: SCHEDULES }, 'job queue started');
  return queue;
}

async function registerJobs(queue: JobQueue, deps: JobDeps, sweepVersions: () => Promise<PolicyRemindersPayload[]>) {
  const { database, mailer, config, logger } = deps;

  await queue.work(POLICY_REMINDERS_JOB, async (data) => {
    const payload = policyRemindersPayload.safeParse(data);
    if (!payload.success) {
      // Retrying cannot mend a malformed job: say so and drop it.
      logger.error({ job: POLICY_REMINDERS_JOB, data }, 'policy reminder job with bad data dropped');
      return;
    }
    const counts = await sendPolicyReminders(
      {
        db: database.db,
        mailer,
        publicUrl: config.publicUrl,
        onFailure: (err, recipient) => logger.warn({ err, ...recipient, ...payload.data }, 'policy reminder email not sent'),
      },
      { ...payload.data, now: new Date() },
    );
    logger.info({ ...payload.data, ...counts }, 'policy reminders sent');
    // Failing the job makes pg-boss retry it later; what was sent is recorded and not sent again.
    if (counts.failed > 0) throw new Error(`${counts.failed} policy reminder emails could not be sent`);
  });

  await queue.work(POLICY_REMINDERS_SWEEP_JOB, async () => {
    const versions = await sweepVersions();
    for (const v of versions) await queue.send(POLICY_REMINDERS_JOB, v, { singletonKey: v.versionId });
    logger.info({ versions: versions.length }, 'policy reminders queued for every published version');
  });

  await queue.work(EXPIRED_SESSIONS_CLEANUP_JOB, async () => {
    const result = await withSystemTx(database.db, async (tx) => ({
      sessions: await deleteExpiredSessions(tx),
      ...(await deleteStaleAuthRecords(tx, new Date())),
    }));
    logger.info(result, 'expired sessions and stale sign-in records removed');
  });

  await queue.work(EXPIRED_PHOTO_CHECKS_JOB, async () => {
    const result = await withSystemTx(database.db, (tx) => deleteExpiredPhotoChecks(tx, { now: new Date(), retentionDays: config.photoRetentionDays }));
    logger.info({ ...result, retentionDays: config.photoRetentionDays }, 'checked photos past their retention period deleted');
  });

  for (const [name, cron] of Object.entries(SCHEDULES)) await queue.schedule(name, cron);
}
