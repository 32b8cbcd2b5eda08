import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../src/features/people/import-roster.ts';
import { axeViolations } from '../support/axe.ts';
import { signInInBrowser, startE2E, type E2E } from '../support/browser.ts';
import { asSchool, createPerson, createSchool, type TestPerson, type TestSchool } from '../support/factories.ts';

const require = createRequire(import.meta.url);
const facePhoto = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');

let e: E2E;
let school: TestSchool;
let teacher: TestPerson;

beforeAll(async () => {
  e = await startE2E();
  school = await createSchool(e.database);
  const head = await createPerson(e.database, school, ['headteacher']);
  teacher = await createPerson(e.database, school, ['staff']);
  const csv = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of\n' + 'pupil,Amelia,Fairweather,,04/05/2015,6,A1,,\n';
  await asSchool(e.database, school, { personId: head.id }, (ctx) => importRoster(ctx, { filename: 'r.csv', bytes: Buffer.from(csv) }));
});

async function signedInPage(bypassCSP: boolean) {
  const context = await e.browser.newContext({ baseURL: e.baseUrl, bypassCSP });
  const page = await context.newPage();
  await signInInBrowser(page, teacher.email, teacher.password);
  await page.waitForURL(`**/s/${school.slug}`);
  return page;
}

describe('the draft check page in Chromium', () => {
  it('checks as you type (under the real CSP) and marks the pupil’s name with its reason', async () => {
    const page = await signedInPage(false);
    await page.getByRole('link', { name: 'Check a post', exact: true }).click();
    await page.waitForURL(`**/s/${school.slug}/checks/draft`);
    await page.getByLabel('Your draft post').pressSequentially('Well done to amelia fairweather for her reading award', { delay: 10 });

    const mark = page.locator('mark.app-finding--block');
    await expect.poll(() => mark.count(), { timeout: 10_000 }).toBe(1);
    expect(await mark.textContent()).toBe('amelia fairweather[1]');
    expect(await page.locator('[data-check-summary]').textContent()).toContain('1 problem to fix.');
    expect(await page.locator('.app-findings').textContent()).toContain('This names Amelia Fairweather (Year 6), a pupil.');
    expect(await page.locator('.app-findings').textContent()).toContain('Must fix');

    // Keyboard: the finding's link takes focus to the marked words.
    await page.getByRole('link', { name: 'Show [1] in the text' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**#finding-1-text');

    // Editing the name away clears the findings.
    await page.getByLabel('Your draft post').fill('Well done to everyone for their reading awards');
    await expect.poll(() => page.locator('[data-check-summary]').textContent(), { timeout: 10_000 }).toContain('No problems found.');
    expect(await mark.count()).toBe(0);
  });

  it('has no axe violations with findings shown, after a photo check, and on the self-check page', async () => {
    const page = await signedInPage(true);
    await page.goto(`/s/${school.slug}/checks/draft`);
    await page.getByLabel('Your draft post').pressSequentially('Amelia Fairweather, call 07700 900123', { delay: 5 });
    await expect.poll(() => page.locator('mark.app-finding').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Photo', { exact: true }).setInputFiles(facePhoto);
    await page.getByRole('button', { name: 'Check the photo' }).click();
    await page.waitForSelector('#image-summary');
    expect(await page.locator('#image-summary').textContent()).toContain('3 faces found');
    expect(await page.locator('rect.app-face-box').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/s/${school.slug}/checks/self`);
    await page.getByLabel('Your post').fill('Great day at school with Amelia Fairweather');
    await page.getByRole('button', { name: 'Check my post' }).click();
    await page.waitForSelector('mark.app-finding');
    expect(await axeViolations(page)).toEqual([]);
  });
});
