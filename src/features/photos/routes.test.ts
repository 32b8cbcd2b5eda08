import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { createPerson, createPupil, createSchool } from '../../../test/support/factories.ts';
import type { SchoolRole } from '../../core/roles.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

// face-api's demo photo of three people: real faces, shipped in the npm package.
const threeFaces = () =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg'));

async function signedIn(school: { id: string }, roles: SchoolRole[]) {
  const person = await createPerson(t.database, school, roles);
  const client = new WebClient(t.app);
  await client.signIn(person.email, person.password);
  return client;
}

/** A school with two pupils, a member of staff signed in, and the demo photo checked. */
async function checkedPhoto() {
  const school = await createSchool(t.database);
  const amelia = await createPupil(t.database, school, { legalFirstName: 'Amelia', legalLastName: 'Fairweather', preferredFirstName: 'Millie', yearGroup: '6' });
  await createPupil(t.database, school, { legalFirstName: 'Barnaby', legalLastName: 'Quist', yearGroup: 'R' });
  const staff = await signedIn(school, ['staff']);
  const draft = `/s/${school.slug}/checks/draft`;
  await staff.get(draft);
  const res = await staff.upload(`${draft}/image`, { field: 'image', filename: 'class.jpg', content: threeFaces(), contentType: 'image/jpeg' });
  expect(res.statusCode).toBe(200);
  const id = /\/checks\/photos\/([0-9a-f-]{36})\/tags/.exec(res.body)![1]!;
  return { school, amelia, staff, draft, id, page: res.body, photoUrl: `/s/${school.slug}/checks/photos/${id}` };
}

// Each test checks a real photo: a pass of the face model, slower while other test files run.
describe('tagging the faces of a checked photo, without JavaScript', { timeout: 60_000 }, () => {
  it('shows the stripped copy with numbered boxes that link to a choice for each face, pupils grouped by year', async () => {
    const { page, photoUrl } = await checkedPhoto();
    expect(page).toContain('3 faces found: each must be tagged as a pupil or not a pupil before it is posted.');
    expect(page).toContain('3 of 3 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(page).toContain(`<image href="${photoUrl}/image"`);
    expect(page).toMatch(/Parapet deletes this checked photo on \d{1,2} \w+ \d{4}, 30 days after it was checked\. Post it before then, or check it again\./);
    for (const n of [1, 2, 3]) {
      expect(page).toContain(`<a href="#face-${n}" aria-label="Face ${n}: go to its tag">`);
      expect(page).toContain(`<select class="govuk-select" id="face-${n}" name="face-${n}"`);
    }
    expect(page).toMatch(/<optgroup label="Reception">\s*<option value="pupil:[0-9a-f-]{36}">Quist, Barnaby<\/option>/);
    expect(page).toContain('>Fairweather, Amelia (known as Millie Fairweather)</option>');
    expect(page).toContain('Not a pupil (an adult, or a child from another school)');
    expect(page).toContain('How many faces did the detector miss?');
    // The photo goes with the text: the draft form now carries it.
    expect(page).toMatch(/<input type="hidden" name="photo" value="[0-9a-f-]{36}">/);
  });

  it('serves the stripped copy (no metadata) to the school\'s staff only, never cached', async () => {
    const { school, photoUrl } = await checkedPhoto();
    const staff = await signedIn(school, ['social-media-manager']);
    const image = await staff.get(`${photoUrl}/image`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toBe('no-store');
    const md = await sharp(image.rawPayload).metadata();
    expect([md.width, md.height, md.exif, md.xmp]).toEqual([1920, 1280, undefined, undefined]);

    const parent = await signedIn(school, ['parent']);
    expect((await parent.get(`${photoUrl}/image`)).statusCode).toBe(403);
    expect((await parent.post(`${photoUrl}/tags`, { 'face-1': 'not-pupil' })).statusCode).toBe(403);
  });

  it("is never shown to another school: not with its own slug, not with the photo's", async () => {
    const { school, id } = await checkedPhoto();
    const other = await createSchool(t.database);
    const head = await signedIn(other, ['headteacher']);
    expect((await head.get(`/s/${other.slug}/checks/photos/${id}/image`)).statusCode).toBe(404);
    expect((await head.get(`/s/${school.slug}/checks/photos/${id}/image`)).statusCode).toBe(404);
    expect((await head.get(`/s/${other.slug}/checks/draft?photo=${id}`)).statusCode).toBe(404);
    expect((await head.post(`/s/${other.slug}/checks/photos/${id}/tags`, { 'face-1': 'not-pupil' })).statusCode).toBe(404);
    const text = await head.post(`/s/${other.slug}/checks/draft`, { text: 'Sports day', photo: id });
    expect(text.statusCode).toBe(404);
  });

  it('saves the tags and comes back to the page with the summary; a missed face is added to tag', async () => {
    const { amelia, staff, draft, id, photoUrl } = await checkedPhoto();
    const saved = await staff.post(`${photoUrl}/tags`, { 'face-1': `pupil:${amelia.id}`, 'face-2': 'not-pupil', 'face-3': '', missed: '1' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${draft}?photo=${id}#photo-summary`);
    const back = await staff.get(`${draft}?photo=${id}`);
    expect(back.body).toContain('Tags saved.');
    expect(back.body).toContain('2 of 4 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(back.body).toContain('Faces 3 and 4 are not tagged.');
    expect(back.body).toContain('Rule: Images of pupils are used only with written parental consent for that channel.');
    expect(back.body).toContain('Pupil in the photo: Millie Fairweather (Year 6), face 1.');
    expect(back.body).toContain(`<option value="pupil:${amelia.id}" selected>`);
    expect(back.body).toContain('<label class="govuk-label govuk-label--s" for="face-4">Face 4 (missed by the detector)</label>');

    await staff.post(`${photoUrl}/tags`, { 'face-1': `pupil:${amelia.id}`, 'face-2': 'not-pupil', 'face-3': 'not-face', 'face-4': 'not-pupil', missed: '1' });
    const done = await staff.get(`${draft}?photo=${id}`);
    expect(done.body).toContain('All 4 faces are tagged: 1 pupil, 2 not pupils, 1 not a face.');
    expect(done.body).not.toContain('Faces not tagged');
  });

  it('sends the form back with each problem linked to its face, keeping the choices made', async () => {
    const { amelia, staff, photoUrl } = await checkedPhoto();
    const res = await staff.post(`${photoUrl}/tags`, { 'face-1': `pupil:${amelia.id}`, 'face-2': `pupil:${amelia.id}`, 'face-3': 'not-pupil', missed: 'two' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#missed"');
    expect(res.body).toContain('href="#face-2"');
    expect(res.body).toContain('Face 2 and face 1 are both tagged as Millie Fairweather (Year 6).');
    expect(res.body).toMatch(/<select class="govuk-select govuk-select--error" id="face-2"/);
    expect(res.body).toContain('<option value="not-pupil" selected>');
    expect(res.body).toContain('value="two"');
  });

  it('checks the draft text with the photo: a tagged pupil who is named breaks no-name-with-image', async () => {
    const { school, amelia, staff, draft, id, photoUrl } = await checkedPhoto();
    await staff.post(`${photoUrl}/tags`, { 'face-1': 'not-pupil', 'face-2': `pupil:${amelia.id}`, 'face-3': 'not-pupil' });
    const res = await staff.post(draft, { text: 'Millie Fairweather won the egg and spoon race!', photo: id });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1 problem to fix.');
    expect(res.body).toContain('This names Millie Fairweather (Year 6), who is tagged as face 2 in the photo. A pupil in a photo is never named.');
    expect(res.body).toContain('Rule: A pupil in a photo is never named.');
    expect(res.body).toContain('All 3 faces are tagged: 1 pupil, 2 not pupils.');

    // The page's script sends the same through the JSON API as you type.
    const api = (await staff.json(`/api/v1/s/${school.slug}/checks`, { kind: 'post', text: 'Well done Millie!', photo: id })).json();
    expect(api.findings).toEqual([expect.objectContaining({ rule: 'no-name-with-image', text: 'Millie', severity: 'block' })]);
    expect(api.photo).toEqual({ summary: 'All 3 faces are tagged: 1 pupil, 2 not pupils.', untagged: [], pupils: [{ pupilId: amelia.id, faces: [2] }] });
  });
});
