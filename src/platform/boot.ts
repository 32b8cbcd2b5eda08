import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { ConfigError, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';

export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  const pretty = config.env === 'development' && process.stdout.isTTY;
  return pino({
    level: config.logLevel,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
    redact: ['req.headers.cookie', 'req.headers.authorization'],
  });
}

/** Opens the configured database and brings it up to the latest migration. */
export async function openMigratedDatabase(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ kind: database.kind, location: database.location }, 'database opened');
  await runMigrations(database);
  return database;
}

/**
 * The cookie-signing secret: PARAPET_SECRET, or one generated once and kept in the data folder.
 * Several app instances must share one, so production requires PARAPET_SECRET.
 */
export function loadSecret(config: Config): string {
  if (config.secret) return config.secret;
  if (config.env === 'production') {
    throw new ConfigError('Parapet cannot start because a setting is wrong:\n  PARAPET_SECRET: is required in production (32 or more random characters)');
  }
  const file = resolve(config.dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
