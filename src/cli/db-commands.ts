import type { Command } from 'commander';
import { seedDemo } from '../features/demo/seed-demo.ts';
import { runWithDatabase } from './run-with-database.ts';

export function registerDbCommands(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database up to date with the latest migrations, then exit')
    .action(async () => {
      await runWithDatabase(async ({ database }) => {
        console.log(`Database is up to date (${database.kind}: ${database.location}).`);
      });
    });

  program
    .command('demo')
    .description('Create the demo trust, its five schools and their people, and print the sign-in details')
    .action(async () => {
      await runWithDatabase(async ({ database, logger }) => {
        const result = await seedDemo(database, logger);
        if (!result) console.log('The demo already exists; nothing was changed.');
      });
    });
}
