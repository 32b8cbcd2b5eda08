import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { asSchool, createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { policies, policyClauses, policyVersions } from '../policies/schema.ts';
import { policyRules, policyRuleSets } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const AGE_CLAUSE = 'until they reach the age of 16';

async function head(school: TestSchool, roles: Parameters<typeof createPerson>[2] = ['headteacher']) {
  const person = await createPerson(t.database, school, roles);
  const client = new WebClient(t.app);
  await client.signIn(person.email, person.password);
  return { person, client };
}

/** The form as a browser sends it, with a few rules and settings chosen. */
const form = (action: string, extra: Record<string, string | string[]> = {}) => ({
  action,
  title: 'Social media policy',
  audiences: ['staff', 'volunteers'],
  headTitle: 'Principal',
  dslName: 'Mrs Ada Okafor',
  rules: ['no-contact-pupils', 'no-contact-ex-pupils-under-18', 'post-approval', 'parent-post-escalation'],
  'r.no-contact-ex-pupils-under-18.p.age': '16',
  'r.post-approval.p.approverRole': 'dsl',
  'r.parent-post-escalation.p.steps.request-removal': '1',
  'r.parent-post-escalation.p.steps.police': '2',
  'r.governor-approval.p.approvedOn-day': '23',
  'r.governor-approval.p.approvedOn-month': '3',
  'r.governor-approval.p.approvedOn-year': '2026',
  'r.governor-approval.p.approvedBy': 'Full Governing Body',
  'r.review-period.p.months': '12',
  ...extra,
});

async function saved(school: TestSchool) {
  return withSystemTx(t.database.db, async (tx) => ({
    policies: await tx.select().from(policies).where(eq(policies.schoolId, school.id)),
    versions: await tx.select().from(policyVersions).where(eq(policyVersions.schoolId, school.id)),
    ruleSets: await tx.select().from(policyRuleSets).where(eq(policyRuleSets.schoolId, school.id)),
  }));
}

describe('writing a policy with Parapet', () => {
  it('is reachable from an empty policy library, with the usual rules ticked', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    const library = await client.get(`/s/${school.slug}/policies`);
    expect(library.body).toContain(`href="/s/${school.slug}/policies/write"`);
    const page = await client.get(`/s/${school.slug}/policies/write`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/name="rules" type="checkbox" value="no-contact-pupils" checked/);
    expect(page.body).toMatch(/name="rules" type="checkbox" value="pupil-phone-in-office"(?! checked)/);
    expect(page.body).toContain('name="r.no-contact-ex-pupils-under-18.p.age" type="text" value="18"');
    expect(page.body).toContain('Who gives approval');
  });

  it('previews the policy with the school’s name, its settings and a sign-off sheet, saving nothing', async () => {
    const school = await createSchool(t.database, { name: 'Kingfisher Primary School' });
    const { client } = await head(school);
    const res = await client.post(`/s/${school.slug}/policies/write`, form('preview'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Kingfisher Primary School');
    expect(res.body).toContain(AGE_CLAUSE);
    expect(res.body).toContain('approved by the Designated Safeguarding Lead before it is published');
    expect(res.body).toContain('The Designated Safeguarding Lead is Mrs Ada Okafor.');
    expect(res.body).toContain('approved by the Full Governing Body on 23 March 2026');
    expect(res.body).toContain('Staff acknowledgement');
    expect(res.body).toContain('<input type="hidden" name="r.no-contact-ex-pupils-under-18.p.age" value="16">');
    expect(res.body).toContain('Create as a new policy');
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it('downloads the policy as a PDF and as a Word document', async () => {
    const school = await createSchool(t.database, { name: 'Heron Academy' });
    const { client } = await head(school);
    const pdf = await client.post(`/s/${school.slug}/policies/write`, form('pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await client.post(`/s/${school.slug}/policies/write`, form('docx'));
    expect(docx.headers['content-disposition']).toMatch(/\.docx"$/);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain('Heron Academy');
    expect(text).toContain(AGE_CLAUSE);
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it('creates a new policy: a draft version numbered as written, its approval details, and the chosen rules citing their clauses', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    const res = await client.post(`/s/${school.slug}/policies/write`, form('create'));
    expect(res.statusCode).toBe(303);
    const versionUrl = res.headers.location as string;
    expect(versionUrl).toMatch(new RegExp(`^/s/${school.slug}/policies/[0-9a-f-]{36}/versions/[0-9a-f-]{36}$`));
    const page = await client.get(versionUrl);
    expect(page.body).toContain(AGE_CLAUSE);

    const s = await saved(school);
    expect(s.policies.map((p) => [p.title, p.audiences])).toEqual([['Social media policy', ['staff', 'volunteers']]]);
    expect(s.versions).toHaveLength(1);
    const v = s.versions[0]!;
    expect([v.status, v.approvedOn, v.approvedBy, v.reviewPeriodMonths, v.nextReviewOn]).toEqual(['draft', '2026-03-23', 'Full Governing Body', 12, '2027-03-23']);
    expect(s.ruleSets.map((r) => [r.status, r.origin, r.versionId])).toEqual([['draft', 'manual', v.id]]);
    const { rules, clauses } = await withSystemTx(t.database.db, async (tx) => ({
      rules: await tx.select().from(policyRules).where(eq(policyRules.ruleSetId, s.ruleSets[0]!.id)),
      clauses: await tx.select().from(policyClauses).where(eq(policyClauses.versionId, v.id)),
    }));
    expect(rules.map((r) => r.ruleId).sort()).toEqual(
      ['governor-approval', 'no-contact-ex-pupils-under-18', 'no-contact-pupils', 'parent-post-escalation', 'post-approval', 'review-period', 'staff-acknowledgement'],
    );
    expect(rules.every((r) => r.status === 'added')).toBe(true);
    const age = rules.find((r) => r.ruleId === 'no-contact-ex-pupils-under-18')!;
    expect(age.params).toEqual({ age: 16 });
    expect(rules.find((r) => r.ruleId === 'parent-post-escalation')!.params).toEqual({ steps: ['request-removal', 'police'] });
    // Every cited clause is the version's own clause, with the same number and words.
    const byNumber = new Map(clauses.map((c) => [c.number, c.text]));
    for (const r of rules) for (const c of r.clauses) expect(byNumber.get(c.number), `${r.ruleId} ${c.number}`).toBe(c.text);
    expect(age.clauses[0]!.text).toContain(AGE_CLAUSE);
  });

  it('after publishing, its rules are activated as written; the next version starts from them', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    const versionUrl = (await client.post(`/s/${school.slug}/policies/write`, form('create'))).headers.location as string;
    await client.get(versionUrl);
    expect((await client.post(`${versionUrl}/publish`)).statusCode).toBe(303);
    await client.get(`${versionUrl}/rules`);
    expect((await client.post(`${versionUrl}/rules/activate`)).statusCode).toBe(303);
    expect((await saved(school)).ruleSets.map((r) => r.status)).toEqual(['active']);

    const policyUrl = versionUrl.replace(/\/versions\/.*$/, '');
    const next = await client.get(`${policyUrl}/write`);
    expect(next.body).toContain('Write version 2 of Social media policy with Parapet');
    expect(next.body).toContain('this policy’s active rules');
    expect(next.body).toMatch(/name="rules" type="checkbox" value="post-approval" checked/);
    expect(next.body).not.toMatch(/name="rules" type="checkbox" value="safe-links" checked/);
    expect(next.body).toContain('name="r.no-contact-ex-pupils-under-18.p.age" type="text" value="16"');
    expect(next.body).toMatch(/<option value="dsl" selected>/);
  });

  it('writes a new version of an existing policy', async () => {
    const school = await createSchool(t.database);
    const { person, client } = await head(school);
    const published = await asSchool(t.database, school, { personId: person.id }, (ctx) =>
      importPublishedPolicy(ctx, { title: 'Online safety policy', audiences: ['staff'], filename: 'p.txt', bytes: Buffer.from('Policy\n\nStaff must not friend pupils.\n'), details: {} }),
    );
    const policyUrl = `/s/${school.slug}/policies/${published.policyId}`;
    expect((await client.get(policyUrl)).body).toContain(`${policyUrl}/write`);
    const page = await client.get(`${policyUrl}/write`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Write version 2 of Online safety policy with Parapet');
    const res = await client.post(`${policyUrl}/write`, form('create', { title: 'ignored' }));
    expect(res.statusCode).toBe(303);
    const s = await saved(school);
    expect(s.policies).toHaveLength(1);
    expect(s.versions.map((v) => v.versionNumber).sort()).toEqual([1, 2]);
    const v2 = s.versions.find((v) => v.versionNumber === 2)!;
    expect(v2.text).toContain('Online safety policy\n\n1. Purpose and scope\n');
  });
});

describe('bad input', () => {
  it('says to choose a rule when none is chosen, and saves nothing', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    for (const action of ['create', 'preview', 'pdf']) {
      const res = await client.post(`/s/${school.slug}/policies/write`, form(action, { rules: [] }));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Choose at least one rule for the policy to state');
      expect(res.body).toContain('href="#rules"');
    }
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it('names each bad setting beside its field, keeps what was entered, and saves nothing', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    const res = await client.post(
      `/s/${school.slug}/policies/write`,
      form('create', {
        'r.no-contact-ex-pupils-under-18.p.age': 'eighteen',
        'r.post-approval.p.approverRole': 'the-caretaker',
        'r.governor-approval.p.approvedOn-day': '31',
        'r.governor-approval.p.approvedOn-month': '2',
        headTitle: 'Chief',
        title: '',
        'r.posting-schedule.p.day': 'friday',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#no-contact-ex-pupils-under-18-age"');
    expect(res.body).toContain('Age must be a whole number between 11 and 25 years');
    expect(res.body).toContain('value="eighteen"');
    expect(res.body).toContain('href="#post-approval-approverRole"');
    expect(res.body).toContain('href="#governor-approval-approvedOn-day"');
    expect(res.body).toContain('Date of approval must be a real date');
    expect(res.body).toContain('Choose what your school calls its head');
    expect(res.body).toContain('Enter the policy’s title');
    expect(res.body, 'an unticked rule keeps its settings').toMatch(/<option value="friday" selected>/);
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it('refuses an approval date in the future', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school);
    const res = await client.post(`/s/${school.slug}/policies/write`, form('create', { 'r.governor-approval.p.approvedOn-year': '2999' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Date of approval must be today or in the past');
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it('is for leaders only', async () => {
    const school = await createSchool(t.database);
    const { client } = await head(school, ['staff']);
    expect((await client.get(`/s/${school.slug}/policies/write`)).statusCode).toBe(403);
    expect((await client.post(`/s/${school.slug}/policies/write`, form('create'))).statusCode).toBe(403);
    expect((await saved(school)).policies).toHaveLength(0);
  });

  it("refuses another school's policy, and writes nothing into either school", async () => {
    const a = await createSchool(t.database);
    const b = await createSchool(t.database);
    const headB = await createPerson(t.database, b, ['headteacher']);
    const published = await asSchool(t.database, b, { personId: headB.id }, (ctx) =>
      importPublishedPolicy(ctx, { title: 'B policy', audiences: ['staff'], filename: 'p.txt', bytes: Buffer.from('B\n\nA clause.\n'), details: {} }),
    );
    const { client } = await head(a);
    expect((await client.get(`/s/${a.slug}/policies/${published.policyId}/write`)).statusCode).toBe(404);
    const res = await client.post(`/s/${a.slug}/policies/${published.policyId}/write`, form('create'));
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('B policy');
    expect((await client.post(`/s/${b.slug}/policies/write`, form('create'))).statusCode).toBe(404);
    expect((await saved(a)).policies).toHaveLength(0);
    const inB = await withSystemTx(t.database.db, (tx) => tx.select().from(policyVersions).where(and(eq(policyVersions.schoolId, b.id))));
    expect(inB).toHaveLength(1);
  });
});
