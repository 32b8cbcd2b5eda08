import { beforeAll, expect, it } from 'vitest';
import { importPublishedPolicy } from '../../src/features/policies/import-published-policy.ts';
import { axeViolations, snap } from '../support/axe.ts';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { asSchool, createPerson, createSchool } from '../support/factories.ts';
import { readSeedPolicies } from '../support/seeds.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});

it('the Head reviews the proposed rules clause by clause, corrects one, adds one, activates the set and sees the health check', async () => {
  const school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher']);
  const seed = readSeedPolicies()[1]!;
  const policy = await asSchool(e.database, school, { personId: head.id }, (ctx) =>
    importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff'], filename: seed.file, bytes: Buffer.from(seed.text) }),
  );
  const context = await e.browser.newContext({ baseURL: e.baseUrl, bypassCSP: true });
  const page = await context.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  await page.goto(`/s/${school.slug}/policies/${policy.policyId}/versions/${policy.versionId}`);

  await page.getByRole('link', { name: 'Review rules of version 1' }).click();
  await page.getByRole('button', { name: 'Propose rules from this version' }).click();
  await expect.poll(() => page.getByText('Parapet read the policy and proposed').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'rules-1-proposed');

  // The ex-pupils rule quotes its clause; a wrong age is explained on the field, then corrected.
  const exPupils = page.locator('#rule-no-contact-ex-pupils-under-18');
  expect(await exPupils.locator('blockquote').first().textContent()).toMatch(/ex-pupil/i);
  await exPupils.getByLabel('Age').fill('40');
  await exPupils.getByRole('button', { name: /^Accept/ }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Age must be between 11 and 25 years');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Age must be between 11 and 25 years' }).click();
  await page.locator('#no-contact-ex-pupils-under-18-age').fill('16');
  await page.locator('#rule-no-contact-ex-pupils-under-18').getByRole('button', { name: /^Accept/ }).click();
  await expect.poll(() => page.getByText('Accepted: Nor ex-pupils under a stated age.').count()).toBe(1);

  await page.locator('#rule-no-contact-pupils').getByRole('button', { name: /^Reject/ }).click();
  await expect.poll(() => page.getByText('Rejected: Staff do not friend, follow or message pupils on personal accounts').count()).toBe(1);

  // Activating with proposals undecided is refused, saying why.
  await page.getByRole('button', { name: 'Activate this rule set' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/proposals? (is|are) still undecided/);

  await page.getByRole('button', { name: /^Accept the \d+ remaining proposals as they are$/ }).click();
  await expect.poll(() => page.getByText(/Accepted the \d+ remaining proposals as proposed\./).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'To decide' }).count()).toBe(0);

  await page.getByLabel('Rule', { exact: true }).selectOption({ label: 'Staff do not friend, follow or message pupils on personal accounts.' });
  await page.getByLabel('Clause numbers').fill('3.1');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect.poll(() => page.getByText('Added: Staff do not friend, follow or message pupils on personal accounts.').count()).toBe(1);
  expect(await page.locator('#rule-no-contact-pupils').getByText('Added by you').count()).toBe(1);

  await page.getByRole('button', { name: 'Activate this rule set' }).click();
  await expect.poll(() => page.getByText(/Revision 1 is active: the school's checks now follow its \d+ rules/).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'Active rules: revision 1' }).count()).toBe(1);
  expect(await page.locator('#active-no-contact-ex-pupils-under-18').textContent()).toContain('16 years');
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'rules-2-active');

  await page.getByRole('link', { name: 'Back to version 1' }).click();
  expect(await page.getByText(/Active: \d+ rules \(revision 1\)/).count()).toBe(1);
  await page.getByRole('link', { name: 'See the health check of version 1' }).click();
  expect(await page.getByRole('heading', { level: 1, name: 'Health check' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await snap(page, 'rules-3-health');
});
