import type { Logger } from 'pino';
import { parseConfig, type Config } from '../platform/config.ts';
import { createLogger, openMigratedDatabase } from '../platform/boot.ts';
import type { Database } from '../platform/db/client.ts';

/** Opens the configured database (migrated) for one CLI command, and always closes it. */
export async function runWithDatabase<T>(
  fn: (args: { database: Database; config: Config; logger: Logger }) => Promise<T>,
): Promise<T> {
  const config = parseConfig();
  const logger = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openMigratedDatabase(config, logger);
  try {
    return await fn({ database, config, logger });
  } finally {
    await database.close();
  }
}
