import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { snap } from '../support/axe.ts';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { createPerson, createSchool } from '../support/factories.ts';
import { makeDocx } from '../support/policy-documents.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});

it('the Head uploads the policy, records approval and publishes it; a teacher signs; the Head sees who has', async () => {
  const school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher'], { givenName: 'Alex', familyName: 'Marsh' });
  const teacher = await createPerson(e.database, school, ['staff'], { givenName: 'Jordan', familyName: 'Pryce' });
  await createPerson(e.database, school, ['staff'], { givenName: 'Riley', familyName: 'Stone' });
  const docx = await makeDocx([
    { heading: 'Social Media Policy' },
    { text: 'Approved by the Full Governing Body.' },
    { heading: '1. Aims' },
    { text: 'To protect pupils and staff online.' },
    { heading: '2. Code of Conduct' },
    { bullet: 'Never accept a pupil as a friend on social media.' },
    { bullet: 'Keep your accounts private.' },
  ]);
  const file = resolve(process.cwd(), '.tmp', `policy-${school.slug}.docx`);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, docx);

  const page = await e.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await page.getByRole('button', { name: 'Add a policy' }).click();
  await page.getByLabel('Title').fill('Social media policy');
  await page.getByLabel('Parents and carers').check();
  await page.getByLabel('Policy document').setInputFiles(file);
  await snap(page, '1-new');
  await page.getByRole('button', { name: 'Upload policy' }).click();
  await page.waitForURL(/\/versions\//);
  expect(await page.getByRole('heading', { level: 2, name: '2 Code of Conduct' }).count()).toBe(1);
  expect(await page.locator('#clause-2\\.1').textContent()).toContain('Never accept a pupil as a friend on social media.');

  const approved = page.getByRole('group', { name: 'When did the governors approve this version?' });
  await approved.getByLabel('Day').fill('1');
  await approved.getByLabel('Month').fill('9');
  await approved.getByLabel('Year').fill('2020');
  await page.getByLabel('Who approved it').fill('Full Governing Body');
  await page.getByLabel('Review period').fill('12');
  await page.getByRole('button', { name: 'Save approval and review details' }).click();
  await expect.poll(() => page.getByText('Approval and review details saved.').count()).toBe(1);
  await page.getByRole('button', { name: 'Publish version 1 and ask people to sign it' }).click();
  await expect.poll(() => page.getByText('Version 1 is published').count()).toBe(1);
  await snap(page, '2-version');

  await page.goto(`/s/${school.slug}`);
  expect(await page.locator('.app-status-overdue').textContent()).toContain('The Social media policy review is overdue: it was due on 1 September 2021');
  await snap(page, '3-dashboard');

  const teacherPage = await e.newPage();
  await signInInBrowser(teacherPage, teacher.email, teacher.password);
  await teacherPage.waitForURL(`**/s/${school.slug}`);
  await teacherPage.getByRole('link', { name: 'Read and sign' }).last().click();
  await teacherPage.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect.poll(() => teacherPage.getByRole('alert').textContent()).toContain('Tick the box to confirm');
  await teacherPage.getByLabel('I have read and understood this policy and agree to adhere to it').check();
  await snap(teacherPage, '4-read');
  await teacherPage.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect.poll(() => teacherPage.getByText('You signed this policy').count()).toBe(1);

  await page.goto(`/s/${school.slug}/policies`);
  await page.getByRole('link', { name: '1 of 3' }).click();
  const rows = page.locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(3);
  expect(await page.getByRole('row', { name: /Jordan Pryce/ }).textContent()).not.toContain('Not signed');
  expect(await page.getByRole('row', { name: /Riley Stone/ }).textContent()).toContain('Not signed');
  await snap(page, '5-status');
});
