import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/platform/db/client.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';

export const SNAPSHOT = resolve(import.meta.dirname, '../../.tmp/pglite-snapshot.tar.gz');

/**
 * Migrates once per run: the PostgreSQL server named by DATABASE_URL, or a fresh PGlite whose
 * data folder is saved as a snapshot that each test file loads in about a second.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { databaseUrl: url } : {});
  await runMigrations(database);
  if (!url) {
    const blob = await database.pglite!.dumpDataDir('gzip');
    mkdirSync(resolve(SNAPSHOT, '..'), { recursive: true });
    writeFileSync(SNAPSHOT, Buffer.from(await blob.arrayBuffer()));
  }
  await database.close();
  project.provide('pgliteSnapshot', SNAPSHOT);
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
