import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { createPerson, createPupil, createSchool } from '../../../test/support/factories.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { pupils } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const GOOD = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of\n' +
  'pupil,Amelia,Smith,Millie,04/05/2016,4,A1,,\n' +
  'Teacher,Jordan,Pryce,,,,,jordan.pryce@web-test.example,\n' +
  'parent,Sam,Smith,,,,,,A1\n';

async function signedInHead() {
  const school = await createSchool(t.database);
  const head = await createPerson(t.database, school, ['headteacher']);
  const client = new WebClient(t.app);
  await client.signIn(head.email, head.password);
  await client.get(`/s/${school.slug}/people/import`);
  return { school, head, client };
}

const pupilsOf = (schoolId: string) => withSystemTx(t.database.db, (tx) => tx.select().from(pupils).where(eq(pupils.schoolId, schoolId)));

describe('people pages', () => {
  it('imports an uploaded roster, says what changed and lists the people', async () => {
    const { school, client } = await signedInHead();
    const page = await client.get(`/s/${school.slug}/people/import`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('Legal Forename');

    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: 'roster.csv', content: `\uFEFF${GOOD.replace('jordan.pryce', `jordan.${school.slug}`)}`, contentType: 'text/csv' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/s/${school.slug}/people`);
    const people = await client.get(`/s/${school.slug}/people`);
    expect(people.statusCode).toBe(200);
    expect(people.body).toContain('Roster imported: 1 pupil added, 0 updated. 2 adults added, 0 already known, 2 roles given. 1 parent link added.');
    expect(people.body).toContain('Millie Smith');
    expect(people.body).toContain('Legal name: Amelia Smith');
    expect(people.body).toContain('Import roster');
    expect(people.body).toContain(`href="/s/${school.slug}/people/export.csv"`);
    // Jordan has an email and no account: an invitation can be sent. Sam has no email.
    expect(people.body).toMatch(new RegExp(`action="/s/${school.slug}/people/[0-9a-f-]{36}/invite"`));
    expect(people.body.match(/Send invitation<span/g)).toHaveLength(1);
  });

  it('shows every bad row with its line number, and imports nothing', async () => {
    const { school, client } = await signedInHead();
    const csv = 'Type,Legal Forename,Legal Surname,DOB,Year\nStudent,Amelia,Smith,31/02/2015,4\nStudent,Bobby,Smith,01/01/2099,3\nStudent,Cara,Jones,01/02/2015,5\n';
    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: 'bad.csv', content: csv });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Nothing was imported: the file has 2 problems');
    expect(res.body).toMatch(/Line 2<\/th>\s*<td class="govuk-table__cell">The date of birth &quot;31\/02\/2015&quot; is not a real date/);
    expect(res.body).toMatch(/Line 3<\/th>\s*<td class="govuk-table__cell">The date of birth 01\/01\/2099 is in the future/);
    expect(res.body).toContain('href="#problems"');
    expect(await pupilsOf(school.id)).toEqual([]);
  });

  it('refuses a 50 MB file with a clear message', async () => {
    const { school, client } = await signedInHead();
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: 'huge.csv', content: big });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('The file is larger than 5 MB');
    expect(await pupilsOf(school.id)).toEqual([]);
  });

  it('refuses a 50 MB file sent over a real connection, where the upload arrives in chunks', async () => {
    const { school, client } = await signedInHead();
    const secrets = client as unknown as { cookieHeader: string; csrf: string };
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(50 * 1024 * 1024, 'a')], { type: 'text/csv' }), 'huge.csv');
    const res = await fetch(`http://127.0.0.1:${port}/s/${school.slug}/people/import?_csrf=${encodeURIComponent(secrets.csrf)}`, {
      method: 'POST',
      headers: { cookie: secrets.cookieHeader },
      body: form,
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('The file is larger than 5 MB');
    expect(await pupilsOf(school.id)).toEqual([]);
  });

  it('explains a file that is not UTF-8', async () => {
    const { school, client } = await signedInHead();
    const content = Buffer.concat([Buffer.from('role,first_name,last_name,date_of_birth\npupil,Zo'), Buffer.from([0xeb]), Buffer.from(',Smith,04/05/2016\n')]);
    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: 'old.csv', content });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('asks for a file when none was chosen', async () => {
    const { school, client } = await signedInHead();
    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: '', content: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Choose the roster CSV file to upload.');
  });

  it('refuses an upload without the CSRF token', async () => {
    const { school, client } = await signedInHead();
    const res = await t.app.inject({
      method: 'POST',
      url: `/s/${school.slug}/people/import`,
      headers: {
        cookie: (client as unknown as { cookieHeader: string }).cookieHeader,
        'content-type': 'multipart/form-data; boundary=xyz',
      },
      payload: `--xyz\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n${GOOD}\r\n--xyz--\r\n`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('did not come from Parapet');
    expect(await pupilsOf(school.id)).toEqual([]);
  });

  it('refuses people who are not leaders', async () => {
    const school = await createSchool(t.database);
    const teacher = await createPerson(t.database, school, ['staff', 'dsl']);
    const client = new WebClient(t.app);
    await client.signIn(teacher.email, teacher.password);
    expect((await client.get(`/s/${school.slug}/people`)).statusCode).toBe(403);
    expect((await client.get(`/s/${school.slug}/people/import`)).statusCode).toBe(403);
    expect((await client.get(`/s/${school.slug}/people/export.csv`)).statusCode).toBe(403);
    const res = await client.upload(`/s/${school.slug}/people/import`, { filename: 'roster.csv', content: GOOD });
    expect(res.statusCode).toBe(403);
    expect(await pupilsOf(school.id)).toEqual([]);
  });

  it("answers 404 for another school's people pages, and shows none of its data", async () => {
    const { client } = await signedInHead();
    const other = await createSchool(t.database);
    await createPupil(t.database, other, { legalFirstName: 'Hidden', legalLastName: 'Child' });
    for (const path of ['/people', '/people/import', '/people/export.csv']) {
      const res = await client.get(`/s/${other.slug}${path}`);
      expect(res.statusCode, path).toBe(404);
      expect(res.body).not.toContain('Hidden');
    }
    const res = await client.upload(`/s/${other.slug}/people/import`, { filename: 'roster.csv', content: GOOD });
    expect(res.statusCode).toBe(404);
    expect(await pupilsOf(other.id)).toHaveLength(1);
  });

  it('exports everyone as CSV with formula cells neutralised', async () => {
    const { school, client } = await signedInHead();
    await createPupil(t.database, school, { legalFirstName: '=HYPERLINK("http://x","y")', legalLastName: 'Smith', misId: 'X1' });
    const res = await client.get(`/s/${school.slug}/people/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${school.slug}-people-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(res.body).toContain(`pupil,"'=HYPERLINK(""http://x"",""y"")",Smith`);
    expect(res.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(res.body).toContain('headteacher,Sam,');
  });
});
