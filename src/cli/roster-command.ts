import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { AppError } from '../core/errors.ts';
import { MAX_ROSTER_BYTES } from '../core/roster/decode.ts';
import { RosterProblemsError } from '../core/roster/problems.ts';
import { importRoster } from '../features/people/import-roster.ts';
import { schools } from '../features/schools/schema.ts';
import type { Database } from '../platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../platform/db/tenancy.ts';
import { runWithDatabase } from './run-with-database.ts';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

export function registerRosterCommands(program: Command): void {
  const roster = program.command('roster').description("Work with a school's roster of pupils, staff and parents");
  roster
    .command('import')
    .description(
      'Import a roster CSV into a school, as the web page does: all or nothing. Prints a summary, or every bad row with its line number and exits 1. The import is recorded in the audit log as done on the server, by no signed-in person.',
    )
    .argument('<file>', 'the CSV file, saved as UTF-8 (see "Roster CSV format" in the README)')
    .requiredOption('--school <slug>', 'the school, by the short name in its web address (/s/SLUG)')
    .action(async (file: string, options: { school: string }) => {
      const ok = await runWithDatabase(({ database }) => importRosterFile(database, { file, school: options.school }));
      process.exitCode = ok ? 0 : 1;
    });
}

/** Imports a roster file for the command line. Returns false (having said why) when nothing was imported. */
export async function importRosterFile(
  database: Database,
  args: { file: string; school: string },
  io: CliOutput = consoleOutput,
): Promise<boolean> {
  let bytes: Buffer;
  try {
    // Check the size before reading, so a wrong 2 GB file is refused at once.
    const info = await stat(args.file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > MAX_ROSTER_BYTES) {
      io.err(`${args.file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; a roster file can be at most 5 MB. Nothing was imported.`);
      return false;
    }
    bytes = await readFile(args.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(code === 'ENOENT' ? `There is no file at ${args.file}.` : `${args.file} cannot be read (${code ?? (err as Error).message}).`);
    return false;
  }

  const [school] = await withSystemTx(database.db, (tx) => tx.select().from(schools).where(eq(schools.slug, args.school)).limit(1));
  if (!school) {
    const known = await withSystemTx(database.db, (tx) => tx.select({ slug: schools.slug }).from(schools).orderBy(schools.slug).limit(30));
    io.err(`No school has the short name "${args.school}".${known.length ? ` Schools: ${known.map((s) => s.slug).join(', ')}.` : ''}`);
    return false;
  }

  try {
    const summary = await withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) =>
      importRoster(
        { tx, school: { id: school.id, slug: school.slug, name: school.name, trustId: school.trustId }, actor: { kind: 'server-operator' } },
        { filename: basename(args.file), bytes },
      ),
    );
    io.out(
      `Roster imported into ${school.name}: ${summary.pupilsCreated} pupils added, ${summary.pupilsUpdated} updated, ${summary.pupilsUnchanged} unchanged; ` +
        `${summary.peopleCreated} adults added, ${summary.peopleUpdated} already known, ${summary.rolesAdded} roles given; ` +
        `${summary.parentLinksCreated} parent links added.`,
    );
    if (summary.ignoredHeadings.length) io.out(`Columns left out: ${summary.ignoredHeadings.join(', ')}.`);
    return true;
  } catch (err) {
    if (err instanceof RosterProblemsError) {
      io.err(err.message);
      for (const p of err.rosterProblems) io.err(`  line ${p.line}: ${p.message}`);
      return false;
    }
    if (err instanceof AppError) {
      io.err(err.message);
      return false;
    }
    throw err;
  }
}
