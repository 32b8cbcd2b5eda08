import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { createPerson, createSchool } from '../support/factories.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});

function csvFile(name: string, text: string) {
  const file = resolve(process.cwd(), '.tmp', name);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

it('the Head imports the roster (a bad file first), invites a teacher, and the teacher joins from the e-mail', async () => {
  const school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher']);
  const teacherEmail = `jordan.pryce.${school.slug}@test.example`;
  const header = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of\n';
  const bad = csvFile(
    `bad-${school.slug}.csv`,
    `${header}pupil,Amelia,Smith,,31/02/2016,5,A1,,\nstaff,Jordan,Pryce,,,,,${teacherEmail},\npupil,Leo,Patel,,04/05/2099,2,A2,,\n`,
  );
  const good = csvFile(
    `good-${school.slug}.csv`,
    `${header}pupil,Amelia,Smith,Millie,04/05/2016,5,A1,,\nstaff,Jordan,Pryce,,,,,${teacherEmail},\nparent,Dana,Smith,,,,,dana.${school.slug}@test.example,A1\n`,
  );

  const page = await e.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('button', { name: 'Import roster' }).click();

  await page.getByLabel('Roster CSV file').setInputFiles(bad);
  await page.getByRole('button', { name: 'Import roster' }).click();
  const problems = page.locator('#problems + table tbody tr');
  await expect.poll(() => problems.count()).toBe(2);
  expect(await problems.nth(0).textContent()).toContain('Line 2');
  expect(await problems.nth(1).textContent()).toContain('Line 4');
  await page.goto(`/s/${school.slug}/people`);
  expect(await page.getByRole('heading', { name: 'Pupils (0)' }).count()).toBe(1);

  await page.goto(`/s/${school.slug}/people/import`);
  await page.getByLabel('Roster CSV file').setInputFiles(good);
  await page.getByRole('button', { name: 'Import roster' }).click();
  await page.waitForURL(`**/s/${school.slug}/people`);
  expect(await page.getByRole('heading', { name: 'Pupils (1)' }).count()).toBe(1);
  expect(await page.getByRole('row', { name: /Amelia Smith/ }).textContent()).toContain('Millie');

  await page.getByRole('button', { name: 'Send invitation to Jordan Pryce' }).click();
  await page.waitForURL(`**/s/${school.slug}/people`);
  const mail = e.mailer.sent.find((m) => m.to === teacherEmail);
  expect(mail?.subject).toBeTruthy();
  const link = /https?:\/\/\S+\/invitation\/[\w-]+/.exec(mail!.text)![0];

  const teacher = await e.newPage();
  await teacher.goto(new URL(link).pathname);
  await teacher.getByLabel('New password', { exact: true }).fill('a long enough passphrase');
  await teacher.getByLabel('Type the password again').fill('a long enough passphrase');
  await teacher.getByRole('button', { name: 'Set password and sign in' }).click();
  await teacher.waitForURL(`**/s/${school.slug}`);
  expect(await teacher.getByText('Signed in as Jordan Pryce').count()).toBe(1);
  expect(await teacher.getByRole('link', { name: 'People', exact: true }).count()).toBe(0);

  await teacher.goto(new URL(link).pathname);
  expect(await teacher.getByRole('heading', { level: 1 }).textContent()).toMatch(/used|expired/i);
});
