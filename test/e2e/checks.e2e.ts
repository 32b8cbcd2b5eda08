import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../src/features/people/import-roster.ts';
import { axeViolations, snap } from '../support/axe.ts';
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

  it('tags each face of a photo, shows the summary, and the live check names a tagged pupil under no-name-with-image', async () => {
    const page = await signedInPage(false);
    await page.goto(`/s/${school.slug}/checks/draft`);
    await page.getByLabel('Photo', { exact: true }).setInputFiles(facePhoto);
    await page.getByRole('button', { name: 'Check the photo' }).click();
    await page.waitForSelector('#photo-summary');
    expect(await page.locator('#photo-summary').textContent()).toBe('3 of 3 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    // The stripped copy loads from the school's own URL under the real CSP.
    const imageUrl = await page.locator('svg.app-image-preview image').getAttribute('href');
    expect(await page.evaluate(async (url) => (await fetch(url!)).headers.get('content-type'), imageUrl)).toBe('image/jpeg');

    // Each numbered box is a link to its face's choice.
    await page.locator('a[href="#face-2"]').click();
    await page.waitForURL('**#face-2');
    // With JavaScript, the box of the face whose choice has focus is picked out.
    await page.getByLabel('Face 1', { exact: true }).focus();
    expect(await page.locator('a[href="#face-1"] rect').getAttribute('class')).toBe('app-face-box app-face-box--current');
    expect(await page.locator('a[href="#face-2"] rect').getAttribute('class')).toBe('app-face-box');
    await page.getByLabel('Face 1', { exact: true }).selectOption({ label: 'Not a pupil (an adult, or a child from another school)' });
    await page.getByLabel('Face 2', { exact: true }).selectOption({ label: 'Fairweather, Amelia' });
    await snap(page, 'photo-tagging');
    await page.getByRole('button', { name: 'Save the tags' }).click();
    await page.waitForURL('**/checks/draft?photo=*');
    expect(await page.locator('#photo-summary').textContent()).toBe('1 of 3 faces is not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(await page.locator('#photo').textContent()).toContain('Face 3 is not tagged.');

    await page.getByLabel('Face 3', { exact: true }).selectOption('not-face');
    await page.getByRole('button', { name: 'Save the tags' }).click();
    await page.waitForURL('**/checks/draft?photo=*');
    expect(await page.locator('#photo-summary').textContent()).toBe('All 3 faces are tagged: 1 pupil, 1 not a pupil, 1 not a face.');
    expect(await page.locator('#photo-pupils').textContent()).toContain('Pupil in the photo: Amelia Fairweather (Year 6), face 2.');

    // The draft text now goes with the photo: naming the tagged pupil is reported as you type.
    await page.getByLabel('Your draft post').pressSequentially('Amelia Fairweather won the sack race', { delay: 10 });
    await expect.poll(() => page.locator('.app-findings').textContent(), { timeout: 10_000 }).toContain(
      'This names Amelia Fairweather (Year 6), who is tagged as face 2 in the photo. A pupil in a photo is never named.',
    );
    await snap(page, 'photo-tagged-text-checked');
  });

  it('has no axe violations on the tagging form, with a problem shown', async () => {
    const page = await signedInPage(true);
    await page.goto(`/s/${school.slug}/checks/draft`);
    await page.getByLabel('Photo', { exact: true }).setInputFiles(facePhoto);
    await page.getByRole('button', { name: 'Check the photo' }).click();
    await page.waitForSelector('#photo-summary');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('How many faces did the detector miss?').fill('lots');
    await page.getByRole('button', { name: 'Save the tags' }).click();
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter how many faces the detector missed');
    expect(await axeViolations(page)).toEqual([]);
  });
});
