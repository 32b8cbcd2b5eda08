import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { asSchool, createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { uploadPolicyVersion } from '../policies/upload-policy-version.ts';
import { policyRules, policyRuleSets } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const seeds = readSeedPolicies();

async function schoolWithPolicy(seedIndex: number, details = {}) {
  const school = await createSchool(t.database);
  const head = await createPerson(t.database, school, ['headteacher']);
  const client = new WebClient(t.app);
  await client.signIn(head.email, head.password);
  const seed = seeds[seedIndex]!;
  const published = await asSchool(t.database, school, { personId: head.id }, (ctx) =>
    importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff'], filename: seed.file, bytes: Buffer.from(seed.text), details }),
  );
  const base = `/s/${school.slug}/policies/${published.policyId}/versions/${published.versionId}`;
  return { school, client, base, published };
}

async function rulesWith(school: TestSchool, status: 'proposed' | 'accepted' | 'added' | 'rejected') {
  return withSystemTx(t.database.db, async (tx) =>
    (await tx.select({ ruleId: policyRules.ruleId }).from(policyRules).where(and(eq(policyRules.schoolId, school.id), eq(policyRules.status, status)))).map((r) => r.ruleId),
  );
}

describe('rule review pages', () => {
  it('proposes, edits, rejects, adds and activates from the pages; the version page links and counts', async () => {
    const { school, client, base } = await schoolWithPolicy(1);
    const version = await client.get(base);
    expect(version.body).toContain(`href="${base}/rules"`);
    expect(version.body).toContain('Not yet proposed');
    expect(version.body).toMatch(/\d+ things? to look at/);

    const empty = await client.get(`${base}/rules`);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Propose rules from this version');
    const proposed = await client.post(`${base}/rules/propose`);
    expect(proposed.statusCode).toBe(303);
    expect(proposed.headers.location).toBe(`${base}/rules`);

    const page = await client.get(`${base}/rules`);
    expect(page.body).toContain('Parapet read the policy and proposed');
    expect(page.body).toContain('id="rule-no-contact-ex-pupils-under-18"');
    expect(page.body).toMatch(/(High|Medium|Low) confidence \(\d+%\)/);
    expect(page.body).toContain('Why Parapet proposed it:');
    expect(page.body).toContain('name="p.age" type="text" value="18"');
    // Clause by clause: each numbered clause with the rules citing it, or "No rule".
    expect(page.body).toMatch(/<th scope="row" class="govuk-table__header">4\.1\.7<\/th>(?:(?!<\/tr>)[\s\S])*href="#rule-no-contact-ex-pupils-under-18"/);
    expect(page.body).toContain('>No rule</td>');

    // A bad age: the page comes back with the problem on the field and what was typed kept.
    const bad = await client.post(`${base}/rules/no-contact-ex-pupils-under-18/accept`, { 'p.age': '40' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: ');
    expect(bad.body).toContain('href="#no-contact-ex-pupils-under-18-age">Age must be between 11 and 25 years');
    expect(bad.body).toContain('value="40"');
    expect(await rulesWith(school, 'accepted')).toEqual([]);

    expect((await client.post(`${base}/rules/no-contact-ex-pupils-under-18/accept`, { 'p.age': '16' })).statusCode).toBe(303);
    expect((await client.post(`${base}/rules/no-contact-pupils/reject`)).statusCode).toBe(303);
    const badAdd = await client.post(`${base}/rules/add`, { rule: 'no-contact-pupils', clauses: '42.7' });
    expect(badAdd.statusCode).toBe(400);
    expect(badAdd.body).toContain('This version has no clause 42.7');
    expect((await client.post(`${base}/rules/add`, { rule: 'no-contact-pupils', clauses: '3.1' })).statusCode).toBe(303);

    const early = await client.post(`${base}/rules/activate`);
    expect(early.statusCode).toBe(409);
    expect(early.body).toMatch(/\d+ proposals are still undecided/);

    const remaining = await rulesWith(school, 'proposed');
    const [one, ...rest] = remaining;
    expect((await client.post(`${base}/rules/${one}/accept`)).statusCode).toBe(303);
    expect((await client.get(`${base}/rules`)).body).toContain(`Accept the ${rest.length} remaining proposals as they are`);
    const all = await client.post(`${base}/rules/accept-remaining`);
    expect(all.statusCode).toBe(303);
    expect((await client.get(`${base}/rules`)).body).toContain(`Accepted the ${rest.length} remaining proposals as proposed.`);
    expect(await rulesWith(school, 'proposed')).toEqual([]);
    expect((await rulesWith(school, 'accepted')).sort()).toEqual([...remaining, 'no-contact-ex-pupils-under-18'].sort());
    const activated = await client.post(`${base}/rules/activate`);
    expect(activated.statusCode).toBe(303);
    const after = await client.get(`${base}/rules`);
    expect(after.body).toContain('Active rules: revision 1');
    expect(after.body).toContain('Start a new revision');
    expect(after.body).toContain('16 years');
    expect((await client.get(base)).body).toMatch(/Active: \d+ rules \(revision 1\)/);

    const revise = await client.post(`${base}/rules/revise`);
    expect(revise.statusCode).toBe(303);
    const edit = await client.post(`${base}/rules/no-contact-ex-pupils-under-18/edit`, { 'p.age': '18', note: 'As the policy says' });
    expect(edit.statusCode).toBe(303);
    expect((await client.post(`${base}/rules/activate`)).statusCode).toBe(303);
    const history = await client.get(`${base}/rules`);
    expect(history.body).toContain('Active rules: revision 2');
    expect(history.body).toMatch(/<td class="govuk-table__cell">1<\/td>\s*<td class="govuk-table__cell">Replaced<\/td>/);
    const sets = await withSystemTx(t.database.db, (tx) => tx.select().from(policyRuleSets).where(eq(policyRuleSets.schoolId, school.id)));
    expect(sets.map((s) => s.status).sort()).toEqual(['active', 'superseded']);
  });

  it('on a new version, says where a proposal differs from the rules in force', async () => {
    const { school, client, base, published } = await schoolWithPolicy(1);
    await client.post(`${base}/rules/propose`);
    await client.post(`${base}/rules/no-contact-ex-pupils-under-18/accept`, { 'p.age': '16' });
    await client.post(`${base}/rules/accept-remaining`);
    expect((await client.post(`${base}/rules/activate`)).statusCode).toBe(303);
    const head = await createPerson(t.database, school, ['headteacher']);
    const v2 = await asSchool(t.database, school, { personId: head.id }, (ctx) =>
      uploadPolicyVersion(ctx, { policyId: published.policyId, filename: 'v2.txt', bytes: Buffer.from(seeds[1]!.text) }),
    );
    const base2 = `/s/${school.slug}/policies/${published.policyId}/versions/${v2.versionId}`;
    expect((await client.post(`${base2}/rules/propose`)).statusCode).toBe(303);
    const page = await client.get(`${base2}/rules`);
    expect(page.body).toContain(`The rules in force now are revision 1 of <a class="govuk-link" href="${base}/rules">another version of this policy</a>`);
    expect(page.body).toContain('<strong>Compared with the rules in force:</strong> In force now: age 16 years.');
    const activate = await client.post(`${base2}/rules/activate`);
    expect(activate.statusCode).toBe(409);
    expect(activate.body).toContain('Publish version 2 first: the rules the school follows must come from the policy staff are asked to sign.');
  });

  it('orders the steps of a ladder as numbered, and explains a step number that is not one', async () => {
    const { school, client, base } = await schoolWithPolicy(0);
    await client.post(`${base}/rules/propose`);
    expect(await rulesWith(school, 'proposed')).not.toContain('parent-post-escalation');
    expect((await client.post(`${base}/rules/add`, { rule: 'parent-post-escalation', clauses: '14.1' })).statusCode).toBe(303);
    const bad = await client.post(`${base}/rules/parent-post-escalation/edit`, { 'p.steps.police': 'first', 'p.steps.request-removal': '1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#parent-post-escalation-steps-report-to-platform">Steps, in order: number each step you keep');
    expect(bad.body).toContain('name="p.steps.police" type="text" inputmode="numeric" value="first"');
    const ok = await client.post(`${base}/rules/parent-post-escalation/edit`, { 'p.steps.police': '2', 'p.steps.request-removal': '1', 'p.steps.legal-advice': '' });
    expect(ok.statusCode).toBe(303);
    const [row] = await withSystemTx(t.database.db, (tx) =>
      tx.select().from(policyRules).where(and(eq(policyRules.schoolId, school.id), eq(policyRules.ruleId, 'parent-post-escalation'))),
    );
    expect(row).toMatchObject({ status: 'added', params: { steps: ['request-removal', 'police'] }, clauses: [{ number: '14.1' }] });
  });

  it('shows the health check with the clause each finding concerns', async () => {
    const { client, base } = await schoolWithPolicy(2);
    const health = await client.get(`${base}/health`);
    expect(health.statusCode).toBe(200);
    expect(health.body).toContain('Refers to Data Protection Act 1998');
    expect(health.body).toContain('UK GDPR and the Data Protection Act 2018');
    expect(health.body).toMatch(/<a class="govuk-link" href="[^"]+#clause-14\.1">Clause 14\.1<\/a>: “Data Protection Act 1998”/);
    expect(health.body).toContain('Refers to Bebo');
    expect(health.body).toContain('Twitter was renamed X');
    expect(health.body).toContain('The review is overdue');
    expect(health.body).toContain('Approval not recorded');
    const version = await client.get(base);
    expect(version.body).toContain(`href="${base}/health"`);
    const other = await schoolWithPolicy(0);
    const contradiction = await other.client.get(`${other.base}/health`);
    expect(contradiction.body).toContain('Two different review periods');
    expect(contradiction.body).toContain('“Review Period: 2 years” (clause 1.8) and “reviewed annually” (clause 14.1)');
  });

  it('refuses staff, and forms without the CSRF token', async () => {
    const { school, client, base } = await schoolWithPolicy(0);
    const staff = await createPerson(t.database, school, ['staff']);
    const staffClient = new WebClient(t.app);
    await staffClient.signIn(staff.email, staff.password);
    expect((await staffClient.get(`${base}/rules`)).statusCode).toBe(403);
    expect((await staffClient.get(`${base}/health`)).statusCode).toBe(403);
    expect((await staffClient.post(`${base}/rules/propose`)).statusCode).toBe(403);
    expect((await client.post(`${base}/rules/propose`, {}, { csrf: false })).statusCode).toBe(403);
    expect(await rulesWith(school, 'proposed')).toEqual([]);
  });
});
