import { z } from 'zod';

// Every setting Parapet reads from the environment, parsed once at boot so a bad value
// stops the process with a clear message instead of failing later in a request.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PARAPET_DATA_DIR: z.string().min(1).default('./data'),
  PARAPET_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Parapet <parapet@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PARAPET_DEMO: z.enum(['auto', 'off']).default('auto'),
  PARAPET_JOBS: z.enum(['on', 'off']).default('on'),
  // Days a checked photo (a draft showing pupils' faces) is kept before the nightly job deletes it.
  PARAPET_PHOTO_DAYS: z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(365, 'must be at most 365 days').default(30),
});

export type RawConfig = z.infer<typeof schema>;

export interface Config {
  env: RawConfig['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: RawConfig['LOG_LEVEL'];
  demo: RawConfig['PARAPET_DEMO'];
  jobs: boolean;
  photoRetentionDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  // Treat empty strings as unset: `DATABASE_URL= npm start` should mean "no database URL".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Parapet cannot start because a setting is wrong:\n${lines.join('\n')}`);
  }
  const c = result.data;
  const displayHost = c.HOST === '0.0.0.0' || c.HOST === '::' ? 'localhost' : c.HOST;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: (c.PUBLIC_URL ?? `http://${displayHost}:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: c.PARAPET_DATA_DIR,
    secret: c.PARAPET_SECRET,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    demo: c.PARAPET_DEMO,
    jobs: c.PARAPET_JOBS === 'on',
    photoRetentionDays: c.PARAPET_PHOTO_DAYS,
  };
}
