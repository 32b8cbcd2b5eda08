import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../src/features/people/import-roster.ts';
import { importPublishedPolicy } from '../../src/features/policies/import-published-policy.ts';
import { axeSource, axeViolations } from '../support/axe.ts';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { asSchool, createPerson, createSchool, type TestPerson, type TestSchool } from '../support/factories.ts';

// Every page a Head, a teacher or a visitor meets, checked with axe-core against WCAG 2.2 A and AA.

let e: E2E;
let school: TestSchool;
let head: TestPerson;
let teacher: TestPerson;
let policy: { policyId: string; versionId: string };

beforeAll(async () => {
  e = await startE2E();
  school = await createSchool(e.database);
  head = await createPerson(e.database, school, ['headteacher']);
  teacher = await createPerson(e.database, school, ['staff']);
  const csv = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of\n' +
    'pupil,Amelia,Smith,,04/05/2016,5,A1,,\nparent,Dana,Smith,,,,,dana@test.example,A1\n';
  await asSchool(e.database, school, { personId: head.id }, (ctx) => importRoster(ctx, { filename: 'r.csv', bytes: Buffer.from(csv) }));
  policy = await asSchool(e.database, school, { personId: head.id }, (ctx) =>
    importPublishedPolicy(ctx, {
      title: 'Social media policy',
      audiences: ['staff', 'parents'],
      filename: 'p.txt',
      bytes: Buffer.from('Social Media Policy\n\n1. Aims\n\nTo keep pupils safe online.\n\n2. Conduct\n\n- Never friend a pupil.\n- Keep accounts private.\n'),
      details: { approvedOn: '2020-09-01', approvedBy: 'Full Governing Body', reviewPeriodMonths: 12 },
    }),
  );
});

async function violations(page: Page, path: string) {
  await page.goto(path);
  return axeViolations(page);
}

async function signedInPage(person: TestPerson) {
  const context = await e.browser.newContext({ baseURL: e.baseUrl, bypassCSP: true });
  const page = await context.newPage();
  await signInInBrowser(page, person.email, person.password);
  await page.waitForURL(`**/s/${school.slug}`);
  return page;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it("the Head's pages", async () => {
    const page = await signedInPage(head);
    const base = `/s/${school.slug}`;
    const v = `${base}/policies/${policy.policyId}/versions/${policy.versionId}`;
    for (const path of [base, `${base}/people`, `${base}/people/import`, `${base}/policies`, `${base}/policies/new`,
      `${base}/policies/${policy.policyId}`, v, `${v}/acknowledgements`, `${v}/rules`, `${v}/health`, `${base}/my-policies`, `${base}/my-policies/${policy.versionId}`]) {
      expect(await violations(page, path), path).toEqual([]);
    }
  });

  it("a teacher's pages, and a form with errors", async () => {
    const page = await signedInPage(teacher);
    expect(await violations(page, `/s/${school.slug}/my-policies/${policy.versionId}`)).toEqual([]);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.evaluate(axeSource);
    const withErrors = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run());
    expect(withErrors.violations).toEqual([]);
  });

  it('pages for people who are not signed in', async () => {
    const context = await e.browser.newContext({ baseURL: e.baseUrl, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/sign-in', '/forgot-password', '/invitation/not-a-real-token', '/no-such-page']) {
      expect(await violations(page, path), path).toEqual([]);
    }
  });
});
