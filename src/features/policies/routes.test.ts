import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { asSchool, createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { makeDocx, makeScannedPdf } from '../../../test/support/policy-documents.ts';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { importPublishedPolicy } from './import-published-policy.ts';
import { uploadPolicyVersion } from './upload-policy-version.ts';
import { acknowledgements, policies, policyVersions } from './schema.ts';

let t: TestApp;
const queued: Array<{ name: string; data: object }> = [];
beforeAll(async () => {
  t = await testApp();
  // Stands in for the job queue, to see that publishing asks for the reminder e-mails.
  t.app.deps.jobs = {
    send: async (name, data) => void queued.push({ name, data }),
    schedule: async () => undefined,
    work: async () => undefined,
    stop: async () => undefined,
  };
});

const TEXT = 'Social Media Policy\n\nAims\n\nTo protect children.\n\nRules\n\n- Never friend a pupil.\n- Keep accounts private.\n';
const seed = readSeedPolicies()[0]!;

async function signedIn(school: TestSchool, roles: Parameters<typeof createPerson>[2], names?: Parameters<typeof createPerson>[3]) {
  const person = await createPerson(t.database, school, roles, names);
  const client = new WebClient(t.app);
  await client.signIn(person.email, person.password);
  return { person, client };
}

async function policyCount(school: TestSchool) {
  return withSystemTx(t.database.db, async (tx) => ({
    policies: (await tx.select().from(policies).where(eq(policies.schoolId, school.id))).length,
    versions: (await tx.select().from(policyVersions).where(eq(policyVersions.schoolId, school.id))).length,
  }));
}

/** A school with a published policy (by the Head), for reading and signing tests. */
async function schoolWithPublishedPolicy(details = {}) {
  const school = await createSchool(t.database);
  const head = await signedIn(school, ['headteacher'], { givenName: 'Hana', familyName: 'Head' });
  const published = await asSchool(t.database, school, { personId: head.person.id }, (ctx) =>
    importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff', 'parents'], filename: 'p.txt', bytes: Buffer.from(TEXT), details }),
  );
  const base = `/s/${school.slug}/policies/${published.policyId}/versions/${published.versionId}`;
  return { school, head, published, base };
}

describe('policy pages for leaders', () => {
  it('adds a policy from a seed file, records approval, publishes it and shows sign-off', async () => {
    const school = await createSchool(t.database);
    await createPerson(t.database, school, ['staff']);
    const { client } = await signedIn(school, ['headteacher']);
    expect((await client.get(`/s/${school.slug}/policies`)).body).toContain('There are no policies yet');
    const form = await client.get(`/s/${school.slug}/policies/new`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');

    const res = await client.upload(`/s/${school.slug}/policies/new`, { filename: seed.file, content: seed.text, contentType: 'text/plain' }, {
      title: 'Social media policy',
      audiences: 'staff',
    });
    expect(res.statusCode).toBe(303);
    const versionUrl = res.headers.location as string;
    expect(versionUrl).toMatch(new RegExp(`^/s/${school.slug}/policies/[0-9a-f-]{36}/versions/[0-9a-f-]{36}$`));
    const page = await client.get(versionUrl);
    expect(page.body).toContain('numbered clauses');
    expect(page.body).toMatch(/<h2 class="govuk-heading-m" id="clause-8"><span class="app-clause-number">8<\/span>Safer Online Behaviour<\/h2>/);
    expect(page.body).toContain('Publish version 1 and ask people to sign it');

    const saved = await client.post(`${versionUrl}/details`, {
      'approvedOn-day': '23', 'approvedOn-month': '3', 'approvedOn-year': '2023', approvedBy: 'Full Governing Body', reviewPeriodMonths: '24',
    });
    expect(saved.statusCode).toBe(303);
    const published = await client.post(`${versionUrl}/publish`);
    expect(published.statusCode).toBe(303);
    const versionId = versionUrl.split('/').pop()!;
    expect(queued).toContainEqual({ name: 'policy-reminders', data: { schoolId: school.id, versionId } });
    const after = await client.get(versionUrl);
    expect(after.body).toContain('Version 1 is published');
    expect(after.body).toContain('23 March 2023, Full Governing Body');
    expect(after.body).toMatch(/<strong>0 of 2<\/strong> people have signed version 1/);

    const library = await client.get(`/s/${school.slug}/policies`);
    expect(library.body).toContain('Social media policy');
    expect(library.body).toContain('23 March 2023 by Full Governing Body');
    const dashboard = await client.get(`/s/${school.slug}`);
    expect(dashboard.body).toContain('0 of 2 staff have signed version 1');
    expect(dashboard.body).toContain('The Social media policy review is overdue: it was due on 23 March 2025');
  });

  it('shows the review state: overdue loudly, and a warning with no approval date', async () => {
    const { school, head } = await schoolWithPublishedPolicy();
    const dashboard = await head.client.get(`/s/${school.slug}`);
    expect(dashboard.body).toContain("No governors' approval date is recorded for the Social media policy.");
    expect(dashboard.body).not.toContain('app-status-overdue');
    // Titles are the school's own words: shown as text, never as markup.
    await asSchool(t.database, school, { personId: head.person.id }, (ctx) =>
      importPublishedPolicy(ctx, { title: 'E-safety <i>policy</i>', audiences: ['staff'], filename: 'p.txt', bytes: Buffer.from(TEXT), details: { nextReviewOn: '2021-01-01' } }),
    );
    const escaped = await head.client.get(`/s/${school.slug}`);
    expect(escaped.body).not.toContain('<i>policy</i>');
    expect(escaped.body).toContain('The E-safety &lt;i&gt;policy&lt;/i&gt; review is overdue');
    const overdue = await schoolWithPublishedPolicy({ approvedOn: '2020-01-01', reviewPeriodMonths: 12 });
    const loud = await overdue.head.client.get(`/s/${overdue.school.slug}`);
    expect(loud.body).toContain('class="app-status-overdue"');
    expect(loud.body).toContain('The Social media policy review is overdue: it was due on 1 January 2021');
    expect((await overdue.head.client.get(`/s/${overdue.school.slug}/policies`)).body).toContain('Review overdue');
  });

  it('uploads a new version as a draft and publishing it supersedes the old one', async () => {
    const { school, head, published } = await schoolWithPublishedPolicy();
    const docx = await makeDocx([{ heading: 'Aims' }, { text: 'To protect children and staff.' }]);
    const res = await head.client.upload(`/s/${school.slug}/policies/${published.policyId}/versions`, { filename: 'v2.docx', content: docx });
    expect(res.statusCode).toBe(303);
    const v2 = res.headers.location as string;
    expect((await head.client.post(`${v2}/publish`)).statusCode).toBe(303);
    const policyPage = await head.client.get(`/s/${school.slug}/policies/${published.policyId}`);
    expect(policyPage.body).toMatch(/Version 2<\/a><\/th>\s*<td class="govuk-table__cell">\s*<strong class="govuk-tag govuk-tag--green">Published/);
    expect(policyPage.body).toContain('Replaced');
  });

  it('refuses to publish an older draft over a newer published version, saying why', async () => {
    const { school, head, published } = await schoolWithPublishedPolicy();
    const upload = () =>
      asSchool(t.database, school, { personId: head.person.id }, (ctx) =>
        uploadPolicyVersion(ctx, { policyId: published.policyId, filename: 'p.txt', bytes: Buffer.from(TEXT) }),
      );
    const v2 = await upload();
    const v3 = await upload();
    const versions = `/s/${school.slug}/policies/${published.policyId}/versions`;
    await head.client.get(`${versions}/${v3.versionId}`);
    expect((await head.client.post(`${versions}/${v3.versionId}/publish`)).statusCode).toBe(303);
    const res = await head.client.post(`${versions}/${v2.versionId}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Version 3 is already published, and it is newer than version 2.');
    expect(res.body).toContain('href="#publish"');
  });

  it('refuses bad approval details with clear messages, keeping what was typed', async () => {
    const { head, base } = await schoolWithPublishedPolicy();
    const res = await head.client.post(`${base}/details`, {
      'approvedOn-day': '31', 'approvedOn-month': '2', 'approvedOn-year': '2024', approvedBy: 'FGB', reviewPeriodMonths: '120',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The date the governors approved the policy must be a real date');
    expect(res.body).toContain('href="#approvedOn-day"');
    expect(res.body).toContain('The review period must be between 1 and 60 months');
    expect(res.body).toContain('value="FGB"');
    expect(res.body).toContain('value="31"');
    const future = await head.client.post(`${base}/details`, { 'approvedOn-day': '1', 'approvedOn-month': '1', 'approvedOn-year': '2999' });
    expect(future.body).toContain('must be today or in the past');
  });

  it('lists who has signed and exports it with formula injection neutralised', async () => {
    const { school, head, published, base } = await schoolWithPublishedPolicy();
    const evil = await signedIn(school, ['staff'], { givenName: '=HYPERLINK("http://evil.example","x")', familyName: 'Smith' });
    await signedIn(school, ['staff'], { givenName: 'Nora', familyName: 'Notyet' });
    await evil.client.get(`/s/${school.slug}/my-policies/${published.versionId}`);
    expect((await evil.client.post(`/s/${school.slug}/my-policies/${published.versionId}`, { confirm: 'yes' })).statusCode).toBe(303);

    const page = await head.client.get(`${base}/acknowledgements`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<strong>1 of 3<\/strong> people have signed version 1/);
    expect(page.body).toMatch(/Nora Notyet<\/th>[\s\S]*?Not signed/);
    const csv = await head.client.get(`${base}/acknowledgements.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""x"") Smith",Staff,Signed`);
    expect(csv.body).toContain('Nora Notyet,Staff,Not signed');
  });
});

describe('bad uploads', () => {
  const cases: Array<[string, () => Promise<{ filename: string; content: Buffer | string }>, number, string]> = [
    ['a scanned PDF', async () => ({ filename: 'scan.pdf', content: await makeScannedPdf() }), 400, 'This PDF has no text in it — it looks like a scanned image.'],
    ['a corrupt Word document', async () => ({ filename: 'p.docx', content: (await makeDocx([{ text: 'x' }])).subarray(0, 300) }), 400, 'This Word document could not be read. It may be damaged or password-protected'],
    ['an empty file', async () => ({ filename: 'p.txt', content: '' }), 400, 'The file is empty'],
    ['text that is not UTF-8', async () => ({ filename: 'p.txt', content: Buffer.from([0x50, 0x6f, 0x6c, 0x69, 0x63, 0x79, 0x20, 0x93, 0x71, 0x94]) }), 400, 'not saved as UTF-8'],
    ['a picture', async () => ({ filename: 'p.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }), 415, 'Parapet can read policies saved as Word'],
    ['a file over 20 MB', async () => ({ filename: 'p.txt', content: Buffer.alloc(20 * 1024 * 1024 + 10, 0x61) }), 413, 'larger than 20 MB'],
  ];
  it.each(cases)('shows a clear message for %s and saves nothing', async (_name, file, status, message) => {
    const school = await createSchool(t.database);
    const { client } = await signedIn(school, ['headteacher']);
    await client.get(`/s/${school.slug}/policies/new`);
    const res = await client.upload(`/s/${school.slug}/policies/new`, await file(), { title: 'Social media policy', audiences: 'staff' });
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(message);
    expect(res.body).toContain('govuk-error-summary');
    expect(await policyCount(school)).toEqual({ policies: 0, versions: 0 });
  });

  it('asks for a title, an audience and a file, saving nothing', async () => {
    const school = await createSchool(t.database);
    const { client } = await signedIn(school, ['headteacher']);
    const res = await client.upload(`/s/${school.slug}/policies/new`, { filename: '', content: '' }, { title: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the policy’s title');
    expect(res.body).toContain('Choose who the policy is for');
    expect(res.body).toContain('Choose the policy document to upload');
    expect(await policyCount(school)).toEqual({ policies: 0, versions: 0 });
  });

  it('refuses a bad new version on the policy page, keeping the versions as they were', async () => {
    const { school, head, published } = await schoolWithPublishedPolicy();
    const res = await head.client.upload(`/s/${school.slug}/policies/${published.policyId}/versions`, { filename: 'scan.pdf', content: await makeScannedPdf() });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('scanned image');
    expect(await policyCount(school)).toEqual({ policies: 1, versions: 1 });
  });
});

describe('reading and signing', () => {
  it('lets a teacher read the policy and sign it with the exact statement', async () => {
    const { school, published } = await schoolWithPublishedPolicy();
    const { client, person } = await signedIn(school, ['staff']);
    const dashboard = await client.get(`/s/${school.slug}`);
    expect(dashboard.body).toContain('You have a policy to sign: Social media policy');
    const list = await client.get(`/s/${school.slug}/my-policies`);
    expect(list.body).toContain('Not signed yet');
    const read = await client.get(`/s/${school.slug}/my-policies/${published.versionId}`);
    expect(read.body).toContain('<span class="app-clause-number">2.1</span>Never friend a pupil.');
    expect(read.body).toContain('I have read and understood this policy and agree to adhere to it');
    expect(read.body).toMatch(/<button[^>]*>\s*Sign\s*<\/button>/);

    const unticked = await client.post(`/s/${school.slug}/my-policies/${published.versionId}`, {});
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toContain('Tick the box to confirm');
    const none = await withSystemTx(t.database.db, (tx) => tx.select().from(acknowledgements).where(eq(acknowledgements.personId, person.id)));
    expect(none).toEqual([]);

    const signed = await client.post(`/s/${school.slug}/my-policies/${published.versionId}`, { confirm: 'yes' });
    expect(signed.statusCode).toBe(303);
    const after = await client.get(signed.headers.location as string);
    expect(after.body).toContain('You signed this policy');
    expect((await client.get(`/s/${school.slug}`)).body).not.toContain('You have a policy to sign');
  });

  it('refuses a signature posted without the form’s CSRF token, recording nothing', async () => {
    const { school, published } = await schoolWithPublishedPolicy();
    const { client, person } = await signedIn(school, ['staff']);
    const res = await client.post(`/s/${school.slug}/my-policies/${published.versionId}`, { confirm: 'yes' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    const none = await withSystemTx(t.database.db, (tx) => tx.select().from(acknowledgements).where(eq(acknowledgements.personId, person.id)));
    expect(none).toEqual([]);
  });

  it('asks a parent to say they will comply', async () => {
    const { school, published } = await schoolWithPublishedPolicy();
    const { client } = await signedIn(school, ['parent']);
    const read = await client.get(`/s/${school.slug}/my-policies/${published.versionId}`);
    expect(read.body).toContain('I have read this policy and will comply with it');
    expect(read.body).toMatch(/<button[^>]*>\s*I will comply\s*<\/button>/);
    expect((await client.post(`/s/${school.slug}/my-policies/${published.versionId}`, { confirm: 'yes' })).statusCode).toBe(303);
    expect((await client.get(`/s/${school.slug}/my-policies`)).body).toContain('Agreed');
  });

  it('does not show drafts to readers', async () => {
    const { school, head, published } = await schoolWithPublishedPolicy();
    const draft = await asSchool(t.database, school, { personId: head.person.id }, (ctx) =>
      uploadPolicyVersion(ctx, { policyId: published.policyId, filename: 'p.txt', bytes: Buffer.from(TEXT) }),
    );
    const { client } = await signedIn(school, ['staff']);
    expect((await client.get(`/s/${school.slug}/my-policies/${draft.versionId}`)).statusCode).toBe(404);
  });
});

describe('who may see what', () => {
  it('answers 403 to people who are not leaders on the leaders’ pages', async () => {
    const { school, published, base } = await schoolWithPublishedPolicy();
    const { client } = await signedIn(school, ['staff', 'dsl']);
    for (const url of [`/s/${school.slug}/policies`, `/s/${school.slug}/policies/new`, `/s/${school.slug}/policies/${published.policyId}`, base, `${base}/acknowledgements`, `${base}/acknowledgements.csv`]) {
      expect((await client.get(url)).statusCode, url).toBe(403);
    }
    await client.get(`/s/${school.slug}/my-policies`);
    expect((await client.post(`${base}/publish`)).statusCode).toBe(403);
    expect((await client.post(`${base}/details`, { approvedBy: 'Me' })).statusCode).toBe(403);
    expect((await client.upload(`/s/${school.slug}/policies/new`, { filename: 'p.txt', content: TEXT }, { title: 'X', audiences: 'staff' })).statusCode).toBe(403);
    expect((await client.upload(`/s/${school.slug}/policies/${published.policyId}/versions`, { filename: 'p.txt', content: TEXT })).statusCode).toBe(403);
    expect(await policyCount(school)).toEqual({ policies: 1, versions: 1 });
  });

  it("answers 404 for another school's policy and version ids, and never shows them", async () => {
    const a = await schoolWithPublishedPolicy();
    const b = await schoolWithPublishedPolicy();
    const client = a.head.client;
    const bVersion = b.published.versionId;
    const inA = `/s/${a.school.slug}/policies/${b.published.policyId}`;
    const mixed = `/s/${a.school.slug}/policies/${a.published.policyId}/versions/${bVersion}`;
    const wrongPolicy = `/s/${a.school.slug}/policies/${b.published.policyId}/versions/${a.published.versionId}`;
    for (const url of [inA, `${inA}/versions/${bVersion}`, mixed, wrongPolicy, `${mixed}/acknowledgements`, `${mixed}/acknowledgements.csv`, `/s/${a.school.slug}/my-policies/${bVersion}`, `/s/${a.school.slug}/policies/not-an-id`]) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Never friend a pupil');
    }
    await client.get(`/s/${a.school.slug}/policies`);
    expect((await client.post(`${mixed}/publish`)).statusCode).toBe(404);
    expect((await client.post(`${mixed}/details`, { approvedBy: 'X' })).statusCode).toBe(404);
    expect((await client.post(`/s/${a.school.slug}/my-policies/${bVersion}`, { confirm: 'yes' })).statusCode).toBe(404);
    expect((await client.upload(`${inA}/versions`, { filename: 'p.txt', content: TEXT })).statusCode).toBe(404);
    expect((await client.get(`/s/${b.school.slug}/policies`)).statusCode).toBe(404);
    expect(await policyCount(b.school)).toEqual({ policies: 1, versions: 1 });
  });
});
