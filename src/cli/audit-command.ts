import type { Command } from 'commander';
import { verifyAuditLog } from '../platform/audit/audit-log.ts';
import { withSystemTx } from '../platform/db/tenancy.ts';
import { runWithDatabase } from './run-with-database.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Work with the audit log');
  audit
    .command('verify')
    .description('Check every audit chain: exits 1 and lists each event that was edited, removed or inserted')
    .action(async () => {
      const ok = await runWithDatabase(async ({ database }) => {
        const report = await withSystemTx(database.db, (tx) => verifyAuditLog(tx));
        if (report.problems.length === 0) {
          console.log(`Audit log intact: ${report.events} events in ${report.chains} chains.`);
          return true;
        }
        console.error(`Audit log has been tampered with: ${report.problems.length} problems in ${report.events} events.`);
        for (const p of report.problems) console.error(`  ${p.chain} event ${p.seq}: ${p.problem}`);
        return false;
      });
      process.exitCode = ok ? 0 : 1;
    });
}
