import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { createPerson, createSchool } from '../support/factories.ts';

// A Head with no policy writes one with Parapet: choose rules and settings, preview, create it,
// then download it as Word and PDF. The pages are checked with axe-core on the way (WCAG 2.2 AA).

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});

it('the Head writes a policy, previews it, creates it and downloads it', async () => {
  const school = await createSchool(e.database, { name: 'Larkspur Community Primary School' });
  const head = await createPerson(e.database, school, ['headteacher']);
  const context = await e.browser.newContext({ baseURL: e.baseUrl, bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  await signInInBrowser(page, head.email, head.password);
  await page.waitForURL(`**/s/${school.slug}`);
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await page.getByRole('link', { name: 'Write one with Parapet' }).click();
  await page.waitForURL(`**/s/${school.slug}/policies/write`);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Principal', { exact: true }).check();
  await page.getByLabel('Designated Safeguarding Lead (optional)').fill('Mr Tom Reyes');
  await page.getByLabel('Nor ex-pupils under a stated age.').check();
  await page.locator('#no-contact-ex-pupils-under-18-age').fill('sixteen');
  await page.getByRole('button', { name: 'Preview the policy' }).click();
  await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Age must be a whole number');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('#no-contact-ex-pupils-under-18-age').fill('16');
  await page.getByRole('button', { name: 'Preview the policy' }).click();

  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Social media policy');
  const article = page.locator('article');
  expect(await article.textContent()).toContain('Larkspur Community Primary School');
  expect(await page.locator('p[id="clause-1.3"]').textContent()).toContain('“the Principal” means the Principal of Larkspur Community Primary School');
  expect(await article.textContent()).toContain('until they reach the age of 16');
  expect(await axeViolations(page)).toEqual([]);

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word document' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const text = (await mammoth.extractRawText({ path: await docx.path() })).value;
  expect(text).toContain('Larkspur Community Primary School');
  expect(text).toContain('until they reach the age of 16');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('button', { name: 'Create as a new policy' }).click();
  await page.waitForURL(/\/versions\//);
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain('version 1 saved as a draft');
  expect(await page.locator('body').textContent()).toContain('until they reach the age of 16');
  await context.close();
});
