// The job queue lives in the same database as everything else (pg-boss), so several app
// instances share it and nothing needs Redis. Features depend on this interface only.
//
// Never call these from inside a database transaction: on PGlite there is one connection, and
// the queue's own query would wait for the transaction that is waiting for it. Send after commit.
export interface JobQueue {
  /** Queue a job. `singletonKey` makes a repeat of the same job a no-op while one is pending. */
  send(name: string, data: object, options?: { startAfterSeconds?: number; singletonKey?: string }): Promise<void>;
  /** Run a job on a cron schedule (Europe/London). */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /** Handle jobs of one name. */
  work(name: string, handler: (data: unknown) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}
