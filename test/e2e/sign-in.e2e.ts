import { beforeAll, expect, it } from 'vitest';
import { startE2E, signInInBrowser, type E2E } from '../support/browser.ts';
import { createPerson, createSchool } from '../support/factories.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});

it('a Headteacher signs in and sees their dashboard', async () => {
  const school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher']);
  const page = await e.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(school.name);
  expect(await page.title()).toBe('Dashboard – Parapet');
});

it('a wrong password shows an error summary', async () => {
  const page = await e.newPage();
  await signInInBrowser(page, 'nobody@test.example', 'wrong password');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('The email address or password is not right.');
  expect(await page.title()).toMatch(/^Error: /);
});
