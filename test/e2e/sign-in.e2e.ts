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

it('works with JavaScript turned off: sign in, read the dashboard, sign out', async () => {
  const school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher']);
  const context = await e.browser.newContext({ baseURL: e.baseUrl, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(school.name);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
  expect(await page.getByText('You have signed out.').count()).toBe(1);
  await context.close();
});
