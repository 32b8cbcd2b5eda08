import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import type { Mailer } from '../platform/mail/mailer.ts';

export interface JobDeps {
  database: Database;
  mailer: Mailer;
  config: Config;
  logger: Logger;
}

/** Starts the job queue and registers every feature's jobs. */
export async function startJobs(_deps: JobDeps): Promise<JobQueue | undefined> {
  return undefined;
}
