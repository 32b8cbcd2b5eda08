import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/client.ts';

let shared: Promise<Database> | undefined;

/**
 * The database for this test file: the PostgreSQL server when DATABASE_URL is set, otherwise a
 * PGlite loaded from the migrated snapshot. Tests never reset it: each makes its own school.
 */
export function testDatabase(): Promise<Database> {
  if (!shared) {
    const url = process.env.DATABASE_URL;
    shared = url
      ? openDatabase({ databaseUrl: url })
      : openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]) });
    afterAll(async () => {
      const db = await shared!;
      shared = undefined;
      await db.close();
    });
  }
  return shared;
}
