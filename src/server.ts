import { buildApp } from './app.ts';
import { seedDemoIfEmpty } from './features/demo/seed-demo.ts';
import { startJobs } from './features/jobs.ts';
import { parseConfig } from './platform/config.ts';
import { createLogger, loadSecret, openMigratedDatabase } from './platform/boot.ts';
import { createMailer } from './platform/mail/mailer.ts';

/** `parapet serve`: open and migrate the database, seed the demo on first start, listen. */
export async function serve(): Promise<void> {
  const started = Date.now();
  const config = parseConfig();
  const logger = createLogger(config);
  const database = await openMigratedDatabase(config, logger);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, logger });
  logger.info(`mail goes to ${mailer.describe}`);
  const secret = loadSecret(config);
  if (config.demo === 'auto') await seedDemoIfEmpty(database, logger);
  const jobs = config.jobs ? await startJobs({ database, mailer, config, logger }) : undefined;
  const app = await buildApp({ config, database, mailer, secret, jobs }, logger);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await jobs?.stop();
    await database.close();
    mailer.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  logger.info(`Parapet is ready at ${config.publicUrl} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
