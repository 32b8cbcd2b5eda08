import { Command } from 'commander';
import { ConfigError } from '../platform/config.ts';
import { registerAuditCommands } from './audit-command.ts';
import { registerCheckCommands } from './check-command.ts';
import { registerDbCommands } from './db-commands.ts';
import { registerPolicyCommands } from './policy-command.ts';
import { registerRosterCommands } from './roster-command.ts';

const program = new Command();
program
  .name('parapet')
  .description("Parapet makes a school's social media policy work every day.")
  .showHelpAfterError('(run with --help for usage)');

program
  .command('serve')
  .description('Start the web application (PORT and HOST set where it listens; DATABASE_URL or PARAPET_DATA_DIR where data lives)')
  .action(async () => {
    const { serve } = await import('../server.ts');
    await serve();
  });

registerDbCommands(program);
registerAuditCommands(program);
registerRosterCommands(program);
registerPolicyCommands(program);
registerCheckCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}
