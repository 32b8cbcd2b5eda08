import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { asSchool, createPerson, createPupil, createSchool } from '../../../test/support/factories.ts';
import { HEIC_HEADER, hugePngHeader, jpegWithLocation, plainImage, SVG_WITH_SCRIPT } from '../../../test/support/images.ts';
import type { SchoolRole } from '../../core/roles.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { IMAGE_MESSAGES } from '../../platform/images/inspect-image.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { policyRules, policyRuleSets } from '../rules/schema.ts';
import { TEXT_MESSAGES } from './check-text.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const faceSample = () =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg'));

/** A fresh school with one pupil, Amelia Fairweather (Year 6), and a signed-in person holding `roles`. */
async function signedIn(roles: SchoolRole[] = ['staff']) {
  const school = await createSchool(t.database);
  const person = await createPerson(t.database, school, roles);
  await createPupil(t.database, school, { legalFirstName: 'Amelia', legalLastName: 'Fairweather', yearGroup: '6' });
  const client = new WebClient(t.app);
  await client.signIn(person.email, person.password);
  return { school, person, client, api: `/api/v1/s/${school.slug}/checks` };
}

describe('draft check page, without JavaScript', () => {
  it('is linked for staff, and shows each finding marked in the text with its reason', async () => {
    const { school, client } = await signedIn();
    const dashboard = await client.get(`/s/${school.slug}`);
    expect(dashboard.body).toContain(`href="/s/${school.slug}/checks/draft"`);
    expect(dashboard.body).toContain(`href="/s/${school.slug}/checks/self"`);

    const form = await client.get(`/s/${school.slug}/checks/draft`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('aria-live="polite"');
    expect(form.body).toContain('<script type="module" src="/assets/checks.js">');
    expect(form.headers['cache-control']).toBe('no-store');

    const res = await client.post(`/s/${school.slug}/checks/draft`, { text: 'Well done Amelia Fairweather for her reading award!' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1 problem to fix.');
    expect(res.body).toMatch(/<mark class="app-finding app-finding--block" id="finding-1-text">Amelia Fairweather<sup class="app-finding__number">\[1\]<\/sup><\/mark>/);
    expect(res.body).toContain('Must fix');
    expect(res.body).toContain('This names Amelia Fairweather (Year 6), a pupil.');
  });

  it('says plainly when nothing was found, and keeps the text', async () => {
    const { school, client } = await signedIn();
    const res = await client.post(`/s/${school.slug}/checks/draft`, { text: 'We will be closed in May half term. Grace before lunch as usual.' });
    expect(res.body).toContain('No problems found.');
    expect(res.body).toContain('We will be closed in May half term.');
  });

  it('asks for text when the box is empty, and refuses a text longer than a post can be', async () => {
    const { school, client } = await signedIn();
    const empty = await client.post(`/s/${school.slug}/checks/draft`, { text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(TEXT_MESSAGES.empty);
    expect(empty.body).toContain('href="#text"');
    const huge = await client.post(`/s/${school.slug}/checks/draft`, { text: 'a'.repeat(1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.body).toContain('The text is too long to check: it can be at most 100,000 characters.');
  });

  it('checks a photo: location warning, faces numbered on a preview of the stripped copy', { timeout: 60_000 }, async () => {
    const { school, client } = await signedIn();
    await client.get(`/s/${school.slug}/checks/draft`);
    const located = await client.upload(`/s/${school.slug}/checks/draft/image`, { field: 'image', filename: 'trip.jpg', content: await jpegWithLocation(), contentType: 'image/jpeg' });
    expect(located.statusCode).toBe(200);
    expect(located.body).toContain('This photo records where it was taken (GPS position 53.80817, -1.54583; Leeds, United Kingdom)');
    expect(located.body).toContain('No faces found.');
    expect(located.body).toMatch(new RegExp(`<image href="/s/${school.slug}/checks/photos/[0-9a-f-]{36}/image"`));

    const faces = await client.upload(`/s/${school.slug}/checks/draft/image`, { field: 'image', filename: 'class.jpg', content: faceSample(), contentType: 'image/jpeg' });
    expect(faces.body).toContain('3 faces found: each must be tagged as a pupil or not a pupil before it is posted.');
    expect(faces.body.match(/<rect class="app-face-box"/g)).toHaveLength(3);

    const svg = await client.upload(`/s/${school.slug}/checks/draft/image`, { field: 'image', filename: 'logo.svg', content: SVG_WITH_SCRIPT, contentType: 'image/svg+xml' });
    expect(svg.statusCode).toBe(415);
    expect(svg.body).toContain('SVG drawings cannot be checked or posted, because they can carry scripts.');
    expect(svg.body).not.toContain('<script>alert');
  });
});

describe('POST /api/v1/s/:school/checks', () => {
  it('returns each finding with category, rule, offsets, severity, confidence and reason', async () => {
    const { school, client, api } = await signedIn();
    await client.get(`/s/${school.slug}/checks/draft`);
    const text = 'Congratulations to Amelia Fairweather! Call me on 07700 900123.';
    const res = await client.json(api, { kind: 'post', text });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    const pupil = body.findings.find((f: { category: string }) => f.category === 'pupil-name');
    expect(pupil).toMatchObject({ rule: 'pupil-not-identified', clause: null, text: 'Amelia Fairweather', severity: 'block', start: 19, end: 37, reason: 'This names Amelia Fairweather (Year 6), a pupil.' });
    expect(pupil.confidence).toBeGreaterThan(0.5);
    expect(body.findings.map((f: { category: string }) => f.category)).toContain('phone');
    for (const f of body.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('sees a new pupil and a newly activated policy clause at once (the cached index is rebuilt)', async () => {
    const { school, person, client, api } = await signedIn(['headteacher']);
    await client.get(`/s/${school.slug}/checks/draft`);
    expect((await client.json(api, { kind: 'post', text: 'Lovely work, Barnaby Quist' })).json().findings).toEqual([]);

    await createPupil(t.database, school, { legalFirstName: 'Barnaby', legalLastName: 'Quist', yearGroup: 'R' });
    const [named] = (await client.json(api, { kind: 'post', text: 'Lovely work, Barnaby Quist' })).json().findings;
    expect(named).toMatchObject({ category: 'pupil-name', clause: null, reason: 'This names Barnaby Quist (Reception), a pupil.' });

    const published = await asSchool(t.database, school, { personId: person.id }, (ctx) =>
      importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff'], filename: 'p.txt', bytes: Buffer.from('Social media policy\n\nPupils are not named.\n') }),
    );
    await withSystemTx(t.database.db, async (tx) => {
      const [set] = await tx
        .insert(policyRuleSets)
        .values({ schoolId: school.id, policyId: published.policyId, versionId: published.versionId, revision: 1, status: 'active', origin: 'manual', activatedAt: new Date() })
        .returning();
      await tx.insert(policyRules).values({ schoolId: school.id, ruleSetId: set!.id, ruleId: 'pupil-not-identified', status: 'accepted', params: {}, clauses: [{ number: '4.2', text: 'Pupils are never named.' }] });
    });
    const [cited] = (await client.json(api, { kind: 'post', text: 'Lovely work, Barnaby Quist' })).json().findings;
    expect(cited).toMatchObject({ clause: { number: '4.2', text: 'Pupils are never named.' }, reason: 'This names Barnaby Quist (Reception), a pupil (clause 4.2 of your policy).' });
  });

  it('gives a clear answer for empty, 1 MB, binary and malformed input', async () => {
    const { school, client, api } = await signedIn();
    await client.get(`/s/${school.slug}/checks/draft`);
    const empty = await client.json(api, { kind: 'post', text: '' });
    expect([empty.statusCode, empty.json().error.message]).toEqual([400, TEXT_MESSAGES.empty]);
    const big = await client.json(api, { kind: 'comment', text: 'x'.repeat(1024 * 1024) });
    expect([big.statusCode, big.json().error.message]).toEqual([413, TEXT_MESSAGES.tooLong]);
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 65536)) + ' Amelia Fairweather';
    const bin = await client.json(api, { kind: 'comment', text: binary });
    expect(bin.statusCode).toBe(200);
    expect(bin.json().findings.map((f: { text: string }) => f.text)).toContain('Amelia Fairweather');
    const raw = await client.json(api, null, { raw: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 97) % 256)) });
    expect(raw.statusCode).toBe(400);
    expect(raw.json().error.code).toBe('invalid-input');
    const wrongKind = await client.json(api, { kind: 'tweet', text: 'hello' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.problems[0].field).toBe('kind');
  });

  it('is for signed-in staff of the school only, with the CSRF token', async () => {
    const { school, client, api } = await signedIn(['parent']);
    await client.get(`/s/${school.slug}`);
    const parent = await client.json(api, { kind: 'post', text: 'Amelia Fairweather' });
    expect([parent.statusCode, parent.json().error.message]).toEqual([403, "Checks are open to the school's staff only."]);
    expect((await client.get(`/s/${school.slug}/checks/draft`)).statusCode).toBe(403);
    expect((await client.get(`/s/${school.slug}`)).body).not.toContain('/checks/draft');

    const staff = await signedIn(['staff']);
    await staff.client.get(`/s/${staff.school.slug}/checks/draft`);
    expect((await staff.client.json(staff.api, { kind: 'post', text: 'hi' }, { csrf: false })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: staff.api, payload: { kind: 'post', text: 'hi' } });
    expect(anonymous.statusCode).toBe(403); // no CSRF cookie: refused before anything else
    const otherSchool = await staff.client.json(api, { kind: 'post', text: 'Amelia Fairweather' });
    expect(otherSchool.statusCode).toBe(404);
    expect(otherSchool.body).not.toContain('Fairweather');
  });
});

describe('POST /api/v1/s/:school/checks/images', () => {
  it('reports type, location and faces, and refuses SVG, HEIC, corrupt and 200-megapixel files', async () => {
    const { school, client, api } = await signedIn();
    await client.get(`/s/${school.slug}/checks/draft`);
    const url = `${api}/images`;
    const ok = await client.upload(url, { field: 'image', filename: 'class.jpg', content: faceSample(), contentType: 'image/jpeg' });
    expect(ok.statusCode).toBe(200);
    const body = ok.json();
    // face-api's demo photo is a real phone photo: it still carries where it was taken.
    expect(body).toMatchObject({ type: 'jpeg', location: { latitude: expect.closeTo(37.3196, 3) }, faces: { count: 3 } });
    expect(body.faces.boxes[0]).toEqual({ x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), height: expect.any(Number), score: expect.any(Number) });

    const located = (await client.upload(url, { field: 'image', filename: 'a.jpg', content: await jpegWithLocation() })).json();
    expect(located.location).toMatchObject({ latitude: expect.closeTo(53.808, 3), longitude: expect.closeTo(-1.546, 3) });
    expect(located.location.warning).toContain('This photo records where it was taken');

    const refusals: Array<[Buffer, number, string]> = [
      [SVG_WITH_SCRIPT, 415, IMAGE_MESSAGES.svg],
      [HEIC_HEADER, 415, IMAGE_MESSAGES.heic],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 0x41)]), 400, IMAGE_MESSAGES.corrupt],
      [hugePngHeader(20_000, 10_000), 413, IMAGE_MESSAGES.pixels(200)],
      [Buffer.from('just some text, not a picture'), 415, IMAGE_MESSAGES.unknown],
    ];
    for (const [content, status, message] of refusals) {
      const res = await client.upload(url, { field: 'image', filename: 'x', content });
      expect([res.statusCode, res.json().error.message]).toEqual([status, message]);
    }
  });

  // Thirty photo checks, each a full pass of the SSD face model (about half a second even for a tiny image).
  it('limits photo checks to 30 a minute, with a plain answer', { timeout: 120_000 }, async () => {
    const { school, client, api } = await signedIn();
    await client.get(`/s/${school.slug}/checks/draft`);
    const tiny = await plainImage(32, 32).png().toBuffer();
    let last = 0;
    for (let i = 0; i < 31 && last !== 429; i++) last = (await client.upload(`${api}/images`, { field: 'image', filename: 't.png', content: tiny })).statusCode;
    expect(last).toBe(429);
    const res = await client.upload(`${api}/images`, { field: 'image', filename: 't.png', content: tiny });
    expect(res.json().error.message).toBe('Too many requests. Wait a minute and try again.');
  });
});
