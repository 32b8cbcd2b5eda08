import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/support/database.ts';
import { createSchool } from '../../test/support/factories.ts';
import { pupils } from '../features/people/schema.ts';
import { schools } from '../features/schools/schema.ts';
import type { Database } from '../platform/db/client.ts';
import { openDatabase } from '../platform/db/client.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { withSystemTx } from '../platform/db/tenancy.ts';
import { importRosterFile } from './roster-command.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parapet-roster-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'role,first_name,last_name,date_of_birth,year_group,mis_id,Tutor Group\npupil,Amelia,Smith,04/05/2016,4,A1,4B\npupil,Bobby,Smith,01/09/2017,3,A2,3C\n';
const BAD = 'role,first_name,last_name,date_of_birth\npupil,Amelia,Smith,31/02/2015\nwizard,Harry,Potter,\n';

function file(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

describe('importRosterFile', () => {
  it('imports into the school named by its slug and prints a summary', async () => {
    const school = await createSchool(database);
    const c = capture();
    expect(await importRosterFile(database, { file: file('good.csv', GOOD), school: school.slug }, c.io)).toBe(true);
    expect(c.out[0]).toBe(`Roster imported into ${school.name}: 2 pupils added, 0 updated, 0 unchanged; 0 adults added, 0 already known, 0 roles given; 0 parent links added.`);
    expect(c.out[1]).toBe('Columns left out: Tutor Group.');
    const rows = await withSystemTx(database.db, (tx) => tx.select().from(pupils).where(eq(pupils.schoolId, school.id)));
    expect(rows).toHaveLength(2);
  });

  it('prints every bad row with its line number and imports nothing', async () => {
    const school = await createSchool(database);
    const c = capture();
    expect(await importRosterFile(database, { file: file('bad.csv', BAD), school: school.slug }, c.io)).toBe(false);
    expect(c.err[0]).toContain('Nothing was imported: the file has 2 problems');
    expect(c.err[1]).toMatch(/^ {2}line 2: The date of birth "31\/02\/2015" is not a real date/);
    expect(c.err[2]).toMatch(/^ {2}line 3: "wizard" is not a role/);
    const rows = await withSystemTx(database.db, (tx) => tx.select().from(pupils).where(eq(pupils.schoolId, school.id)));
    expect(rows).toEqual([]);
  });

  it('says so when the school or the file does not exist, or the file is too large', async () => {
    const c = capture();
    expect(await importRosterFile(database, { file: file('good2.csv', GOOD), school: 'no-such-school' }, c.io)).toBe(false);
    expect(c.err[0]).toContain('No school has the short name "no-such-school"');
    expect(await importRosterFile(database, { file: join(dir, 'missing.csv'), school: 'x' }, c.io)).toBe(false);
    expect(c.err[1]).toBe(`There is no file at ${join(dir, 'missing.csv')}.`);
    const big = file('big.csv', Buffer.alloc(6 * 1024 * 1024, 'a'));
    expect(await importRosterFile(database, { file: big, school: 'x' }, c.io)).toBe(false);
    expect(c.err[2]).toContain('a roster file can be at most 5 MB');
  });
});

describe('parapet roster import', () => {
  it('runs from the command line against a data folder, and exits 1 on a bad file', { timeout: 120_000 }, async () => {
    const dataDir = join(dir, 'data');
    const db = await openDatabase({ dataDir });
    await runMigrations(db);
    await withSystemTx(db.db, (tx) => tx.insert(schools).values({ name: 'Cli Primary', slug: 'cli-primary' }));
    await db.close();
    const env = { ...process.env, PARAPET_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' };
    const bin = join(ROOT, 'bin/parapet.js');

    const ok = await run('node', [bin, 'roster', 'import', file('cli-good.csv', GOOD), '--school', 'cli-primary'], { env, cwd: ROOT });
    expect(ok.stdout).toContain('Roster imported into Cli Primary: 2 pupils added');

    const bad = await run('node', [bin, 'roster', 'import', file('cli-bad.csv', BAD), '--school', 'cli-primary'], { env, cwd: ROOT }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toContain('line 2: The date of birth "31/02/2015" is not a real date');
    expect(bad?.stderr).toContain('line 3: "wizard" is not a role');

    const again = await run('node', [bin, 'roster', 'import', file('cli-good.csv', GOOD), '--school', 'cli-primary'], { env, cwd: ROOT });
    expect(again.stdout).toContain('0 pupils added, 0 updated, 2 unchanged');
  });
});
