import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction. Functions that change data take one as a required parameter. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for the log: a folder or a server (password hidden). */
  location: string;
  /** Raw query for one-off administrative SQL. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** Present for an embedded database: the PGlite instance (jobs adapter, snapshots). */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** A tarball from PGlite's dumpDataDir(): start from this snapshot (tests). */
  loadDataDir?: Blob | File | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const url = new URL(options.databaseUrl);
    if (url.password) url.password = '***';
    return {
      db,
      kind: 'postgres',
      location: url.toString(),
      pool,
      async query(text, params) {
        return (await pool.query(text, params as unknown[])).rows;
      },
      close: () => pool.end(),
    };
  }
  let pglite: PGlite;
  let location: string;
  if (options.loadDataDir) {
    pglite = await PGlite.create({ loadDataDir: options.loadDataDir });
    location = 'in memory (snapshot)';
  } else if (options.dataDir === undefined || options.dataDir === ':memory:') {
    pglite = await PGlite.create();
    location = 'in memory';
  } else {
    const dir = resolve(options.dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
    location = dir;
  }
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location,
    pglite,
    async query(text, params) {
      return (await pglite.query(text, params as unknown[])).rows as never;
    },
    close: () => pglite.close(),
  };
}

/** For /healthz: can we reach the database, and which one is it. */
export async function databaseStatus(database: Database): Promise<{ ok: boolean; kind: string; error?: string }> {
  try {
    await database.db.execute(sql`select 1`);
    return { ok: true, kind: database.kind };
  } catch (err) {
    return { ok: false, kind: database.kind, error: (err as Error).message };
  }
}
