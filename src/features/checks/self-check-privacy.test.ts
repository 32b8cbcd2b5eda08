// The private self-check's promise: what a member of staff types is checked and forgotten. It
// is never written to the database (not even the audit log) and never logged, even when the
// check fails; and no browser or proxy may keep the answer.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { WebClient } from '../../../test/support/app.ts';
import { testDatabase } from '../../../test/support/database.ts';
import { createPerson, createPupil, createSchool } from '../../../test/support/factories.ts';
import { buildApp } from '../../app.ts';
import { parseConfig } from '../../platform/config.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { createMemoryMailer } from '../../platform/mail/mailer.ts';

// An engine that fails, quoting the text in its error as careless code might, whenever the text
// says BOOM: the failure path must not leak the text into the logs either.
vi.mock('../../core/checks/engine.ts', async (original) => {
  const real = await original<typeof import('../../core/checks/engine.ts')>();
  return {
    ...real,
    checkText: (input: { text: string }, ...rest: [never]) => {
      if (input.text.includes('BOOM')) throw new Error(`could not check "${input.text}"`);
      return real.checkText(input as never, ...rest);
    },
  };
});

const logLines: string[] = [];
const marker = `Zqx${randomUUID().replace(/-/g, '')}`;

async function scanDatabase(needle: string) {
  const database = await testDatabase();
  return withSystemTx(database.db, async (tx) => {
    const result = await tx.execute(sql`
      select table_schema, table_name, column_name, data_type from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema', 'pg_toast')
        and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
        and (table_schema, table_name) in (select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE')`);
    const columns = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, string>>;
    const hits: string[] = [];
    for (const c of columns) {
      const col = sql.raw(`"${c.table_schema}"."${c.table_name}"."${c.column_name}"`);
      const from = sql.raw(`"${c.table_schema}"."${c.table_name}"`);
      const match = c.data_type === 'bytea' ? sql`position(convert_to(${needle}, 'UTF8') in ${col}) > 0` : sql`${col}::text like ${`%${needle}%`}`;
      const found = await tx.execute(sql`select count(*)::int as n from ${from} where ${match}`);
      const n = ((Array.isArray(found) ? found : (found as { rows: unknown[] }).rows) as Array<{ n: number }>)[0]!.n;
      if (n > 0) hits.push(`${c.table_schema}.${c.table_name}.${c.column_name}`);
    }
    return { hits, columns: columns.length };
  });
}

let client: WebClient;
let slug: string;

beforeAll(async () => {
  const database = await testDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config = parseConfig({ NODE_ENV: 'test', PARAPET_DATA_DIR: '.tmp/test-data', LOG_LEVEL: 'trace' });
  const app = await buildApp({ config, database, mailer: createMemoryMailer(), secret: 'test-secret-test-secret-test-secret-0123' }, pino({ level: 'trace' }, sink));
  const school = await createSchool(database);
  slug = school.slug;
  const staff = await createPerson(database, school, ['staff']);
  await createPupil(database, school, { legalFirstName: 'Amelia', legalLastName: 'Fairweather' });
  client = new WebClient(app);
  await client.signIn(staff.email, staff.password);
  return () => app.close();
});

describe('the private self-check', () => {
  it('answers with no-store, and checks the text as a personal post', async () => {
    const page = await client.get(`/s/${slug}/checks/self`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Parapet does not save it, log it or tell anyone about it.');

    const res = await client.post(`/s/${slug}/checks/self`, { text: `${marker}: great day with Amelia Fairweather at Test School, DM me on 07700 900123` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Amelia Fairweather');
    expect(res.body).toContain(marker); // shown back to its writer, and only to them

    const api = await client.json(`/api/v1/s/${slug}/checks`, { kind: 'personal', text: `${marker} Amelia Fairweather` });
    expect(api.statusCode).toBe(200);
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.json().findings.map((f: { category: string }) => f.category)).toContain('pupil-name');
  });

  it('keeps failures quiet too: a crashing check, a text too long, malformed JSON', async () => {
    const crash = await client.post(`/s/${slug}/checks/self`, { text: `${marker} BOOM` });
    expect(crash.statusCode).toBe(500);
    expect(crash.body).not.toContain(marker);
    const crashApi = await client.json(`/api/v1/s/${slug}/checks`, { kind: 'personal', text: `${marker} BOOM` });
    expect(crashApi.statusCode).toBe(500);
    expect(crashApi.body).not.toContain(marker);
    expect((await client.post(`/s/${slug}/checks/self`, { text: `${marker} ${'x'.repeat(200_000)}` })).statusCode).toBe(413);
    expect((await client.json(`/api/v1/s/${slug}/checks`, null, { raw: `{"kind":"personal","text":"${marker}` })).statusCode).toBe(400);
  });

  it('has left the text in no table of the database and in no log line', async () => {
    const { hits, columns } = await scanDatabase(marker);
    expect(columns).toBeGreaterThan(50); // really every text, JSON and binary column
    expect(hits).toEqual([]);
    // The scan does find what is stored: the pupil's surname is in pupils.legal_last_name.
    expect((await scanDatabase('Fairweather')).hits).toContain('public.pupils.legal_last_name');

    const log = logLines.join('');
    expect(log).toContain('/checks/self'); // the requests were logged, by URL
    expect(log).toContain('"level":50'); // and the crash was logged as an error
    expect(log).not.toContain(marker);
  });
});
