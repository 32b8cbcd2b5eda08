import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { createPerson, createSchool } from '../../../test/support/factories.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { createMemoryMailer } from '../../platform/mail/mailer.ts';
import { MAX_RESETS_PER_HOUR, requestPasswordReset } from './request-password-reset.ts';
import { authTokens, sessions, signInFailures } from './schema.ts';

let t: TestApp;
let limited: TestApp;
beforeAll(async () => {
  t = await testApp();
  limited = await testApp();
});

const NEW_PASSWORD = 'a kettle of hawks overhead';
const SAME_ANSWER = 'we have sent a link to it';

const mailsTo = (email: string) => t.mailer.sent.filter((m) => m.to === email);

function linkIn(text: string): string {
  const m = /http:\/\/localhost:3000(\/reset-password\/[A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no reset link in: ${text}`);
  return m[1]!;
}

/** Asks for a reset link in a fresh browser and waits for the email. */
async function resetLinkFor(email: string): Promise<string> {
  const before = mailsTo(email).length;
  const browser = new WebClient(t.app);
  await browser.get('/forgot-password');
  const res = await browser.post('/forgot-password', { email: `  ${email.toUpperCase()} ` });
  expect(res.statusCode).toBe(200);
  await vi.waitFor(() => expect(mailsTo(email)).toHaveLength(before + 1), { timeout: 5000, interval: 20 });
  return linkIn(mailsTo(email).at(-1)!.text);
}

async function setUp() {
  const school = await createSchool(t.database);
  const person = await createPerson(t.database, school, ['staff'], { givenName: 'Rosa', familyName: 'Reset' });
  return { school, person };
}

describe('password reset', () => {
  it('gives the same answer whether or not there is an account, and mails only a real one', async () => {
    const { person } = await setUp();
    const browser = new WebClient(t.app);
    await browser.get('/forgot-password');
    const unknownEmail = `nobody-${person.id.slice(0, 8)}@test.example`;
    const unknown = await browser.post('/forgot-password', { email: unknownEmail });
    const known = await browser.post('/forgot-password', { email: person.email });
    expect(unknown.statusCode).toBe(200);
    expect(known.statusCode).toBe(200);
    expect(unknown.body).toContain(SAME_ANSWER);
    const strip = (body: string, email: string) => body.replaceAll(email, 'EMAIL').replace(/(value|nonce)="[^"]+"/g, '');
    expect(strip(unknown.body, unknownEmail)).toBe(strip(known.body, person.email));
    await vi.waitFor(() => expect(mailsTo(person.email)).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(mailsTo(unknownEmail)).toHaveLength(0);
    expect(mailsTo(person.email)[0]!.subject).toBe('Reset your Parapet password');
  });

  it('resets the password, ends every other session, clears the lock-out and signs in', async () => {
    const { school, person } = await setUp();
    const elsewhere = new WebClient(t.app);
    await elsewhere.signIn(person.email, person.password);
    expect((await elsewhere.get(`/s/${school.slug}`)).statusCode).toBe(200);
    const locked = new WebClient(t.app);
    await locked.get('/sign-in');
    for (let i = 0; i < 5; i++) await locked.post('/sign-in', { email: person.email, password: `guess ${i}` });
    expect((await locked.post('/sign-in', { email: person.email, password: person.password })).statusCode).toBe(429);

    const link = await resetLinkFor(person.email);
    const [token] = await withSystemTx(t.database.db, (tx) => tx.select().from(authTokens).where(eq(authTokens.personId, person.id)));
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBe(3_600_000);

    const browser = new WebClient(t.app);
    const page = await browser.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Choose a new password');
    expect(page.body).toContain('Rosa Reset');
    const done = await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(done.statusCode).toBe(303);
    expect((await browser.get(`/s/${school.slug}`)).statusCode).toBe(200);

    // The session opened with the old password is over; only the new one remains.
    expect((await elsewhere.get(`/s/${school.slug}`)).statusCode).toBe(302);
    const live = await withSystemTx(t.database.db, (tx) => tx.select().from(sessions).where(eq(sessions.personId, person.id)));
    expect(live).toHaveLength(1);
    const failures = await withSystemTx(t.database.db, (tx) => tx.select().from(signInFailures).where(eq(signInFailures.email, person.email)));
    expect(failures).toHaveLength(0);

    const fresh = new WebClient(t.app);
    await fresh.get('/sign-in');
    expect((await fresh.post('/sign-in', { email: person.email, password: person.password })).statusCode).toBe(400);
    await new WebClient(t.app).signIn(person.email, NEW_PASSWORD);

    const events = await withSystemTx(t.database.db, (tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.chain, 'system'))),
    );
    const mine = events.filter((e) => (e.data as { personId?: string }).personId === person.id).map((e) => e.type);
    expect(mine).toEqual(expect.arrayContaining(['auth.password-reset-requested', 'auth.password-reset']));
  });

  it('refuses a reset link that has expired or has been used', async () => {
    const { person } = await setUp();
    const link = await resetLinkFor(person.email);
    const browser = new WebClient(t.app);
    await browser.get(link);
    expect((await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).statusCode).toBe(303);
    const used = await browser.get(link);
    expect(used.statusCode).toBe(410);
    expect(used.body).toContain('This password reset link has already been used');
    expect(used.body).toContain('href="/forgot-password"');

    const second = await resetLinkFor(person.email);
    await withSystemTx(t.database.db, (tx) =>
      tx.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authTokens.personId, person.id)),
    );
    const expired = await browser.get(second);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This password reset link has expired');
    expect(expired.body).toContain('Links last 1 hour');
    expect((await browser.post(second, { password: 'another good password', confirm: 'another good password' })).statusCode).toBe(410);
    await new WebClient(t.app).signIn(person.email, NEW_PASSWORD);
  });

  it('does not accept an invitation link as a reset link, or the other way round', async () => {
    const browser = new WebClient(t.app);
    const { person } = await setUp();
    const link = await resetLinkFor(person.email);
    const asInvite = link.replace('/reset-password/', '/invitation/');
    expect((await browser.get(asInvite)).statusCode).toBe(404);
  });

  it('asks for an email address when the form is sent empty or with nonsense', async () => {
    const browser = new WebClient(t.app);
    await browser.get('/forgot-password');
    const res = await browser.post('/forgot-password', { email: 'not an email' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter your email address, like name@school.org.uk');
    expect(res.body).toContain('href="#email"');
  });

  it(`sends one address at most ${MAX_RESETS_PER_HOUR} links an hour`, async () => {
    const { person } = await setUp();
    const mailer = createMemoryMailer();
    const deps = { db: t.database.db, mailer, publicUrl: 'http://localhost:3000' };
    const now = new Date();
    const outcomes = [];
    for (let i = 0; i <= MAX_RESETS_PER_HOUR; i++) outcomes.push(await requestPasswordReset(deps, { email: person.email, ip: null, now }));
    expect(outcomes.at(-1)).toBe('too-many');
    expect(mailer.sent).toHaveLength(MAX_RESETS_PER_HOUR);
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(await requestPasswordReset(deps, { email: person.email, ip: null, now: later })).toBe('sent');
  });

  it('limits how often one address on the internet may ask', async () => {
    const browser = new WebClient(limited.app);
    await browser.get('/forgot-password');
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await browser.post('/forgot-password', { email: `x${i}@test.example` })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
