import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';
import { createPerson, createSchool, TEST_PASSWORD } from '../../../test/support/factories.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { persons } from '../people/schema.ts';
import { authTokens } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const NEW_PASSWORD = 'three blue herons at dawn';

/** A school with a signed-in Headteacher and a member of staff who has never set a password. */
async function setUp(roles: Parameters<typeof createPerson>[2] = ['staff']) {
  const school = await createSchool(t.database);
  const head = await createPerson(t.database, school, ['headteacher'], { givenName: 'Hana', familyName: 'Head' });
  const invitee = await createPerson(t.database, school, roles, { givenName: 'Ivy', familyName: 'Newcomer' });
  await withSystemTx(t.database.db, (tx) => tx.update(persons).set({ passwordHash: null }).where(eq(persons.id, invitee.id)));
  const client = new WebClient(t.app);
  await client.signIn(head.email, head.password);
  return { school, head, invitee, client };
}

function mailsTo(email: string) {
  return t.mailer.sent.filter((m) => m.to === email);
}

function linkIn(text: string): string {
  const m = /http:\/\/localhost:3000(\/invitation\/[A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no invitation link in: ${text}`);
  return m[1]!;
}

const tokensOf = (personId: string) =>
  withSystemTx(t.database.db, (tx) => tx.select().from(authTokens).where(eq(authTokens.personId, personId)));

const passwordHashOf = async (personId: string) =>
  (await withSystemTx(t.database.db, (tx) => tx.select().from(persons).where(eq(persons.id, personId))))[0]!.passwordHash;

describe('invitations', () => {
  it('invites a person by email; they set a password and are signed in', async () => {
    const { school, head, invitee, client } = await setUp();
    const res = await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/s/${school.slug}/people`);

    const [mail] = mailsTo(invitee.email);
    expect(mail!.subject).toBe(`Your invitation to Parapet for ${school.name}`);
    expect(mail!.text).toContain('Hana Head has invited you');
    const link = linkIn(mail!.text);
    // Only the token's hash is kept.
    const [row] = await tokensOf(invitee.id);
    expect(row).toMatchObject({ kind: 'invite', schoolId: school.id, usedAt: null });
    expect(mail!.text).not.toContain(row!.tokenHash);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 86_400_000);

    const browser = new WebClient(t.app);
    const page = await browser.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Set your password');
    expect(page.body).toContain('Ivy Newcomer');
    expect(page.body).toContain(school.name);

    const done = await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/');
    expect((await browser.get('/')).headers.location).toBe(`/s/${school.slug}`);
    const dashboard = await browser.get(`/s/${school.slug}`);
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Signed in as Ivy Newcomer');

    // The new password works for signing in later.
    await new WebClient(t.app).signIn(invitee.email, NEW_PASSWORD);

    const events = await withSystemTx(t.database.db, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.schoolId, school.id)),
    );
    expect(events.find((e) => e.type === 'person.invited')).toMatchObject({
      actorPersonId: head.id,
      data: { personId: invitee.id, email: invitee.email },
    });
    expect(events.find((e) => e.type === 'auth.invitation-accepted')).toMatchObject({
      actorPersonId: invitee.id,
      data: { personId: invitee.id },
    });
  });

  it('refuses a link that has already been used', async () => {
    const { school, invitee, client } = await setUp();
    await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    const link = linkIn(mailsTo(invitee.email)[0]!.text);
    const browser = new WebClient(t.app);
    await browser.get(link);
    expect((await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).statusCode).toBe(303);

    const again = new WebClient(t.app);
    const page = await again.get(link);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This invitation link has already been used');
    expect(page.body).toContain('If not, ask your school to send you a new invitation.');
    const post = await again.post(link, { password: 'someone else entirely', confirm: 'someone else entirely' });
    expect(post.statusCode).toBe(410);
    await new WebClient(t.app).signIn(invitee.email, NEW_PASSWORD);
  });

  it('refuses an expired link, and an older link once a newer invitation is sent', async () => {
    const { school, invitee, client } = await setUp();
    await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    const first = linkIn(mailsTo(invitee.email)[0]!.text);
    await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    const second = linkIn(mailsTo(invitee.email)[1]!.text);
    expect(second).not.toBe(first);

    const browser = new WebClient(t.app);
    const old = await browser.get(first);
    expect(old.statusCode).toBe(410);
    expect(old.body).toContain('This invitation link has expired');
    expect(old.body).toContain('only the newest one we sent you works');
    expect((await browser.get(second)).statusCode).toBe(200);

    await withSystemTx(t.database.db, (tx) =>
      tx.update(authTokens).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(authTokens.personId, invitee.id)),
    );
    const expired = await browser.get(second);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Links last 7 days');
    const post = await browser.post(second, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(post.statusCode).toBe(410);
    expect(await passwordHashOf(invitee.id)).toBeNull();
  });

  it('answers 404 with a clear page for a link it does not know', async () => {
    const browser = new WebClient(t.app);
    const res = await browser.get('/invitation/not-a-real-token');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('We do not recognise this invitation link');
    expect((await browser.get(`/invitation/${'x'.repeat(90)}`)).statusCode).toBe(404);
  });

  it('keeps nothing from a password that is too short or does not match, and shows why', async () => {
    const { school, invitee, client } = await setUp();
    await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    const link = linkIn(mailsTo(invitee.email)[0]!.text);
    const browser = new WebClient(t.app);
    await browser.get(link);

    const short = await browser.post(link, { password: 'short', confirm: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('There is a problem');
    expect(short.body).toContain('Your password must be at least 10 characters long');
    expect(short.body).toContain('href="#password"');

    const mismatch = await browser.post(link, { password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('Type the same password twice');

    const empty = await browser.post(link, {});
    expect(empty.statusCode).toBe(400);

    expect(await passwordHashOf(invitee.id)).toBeNull();
    expect((await tokensOf(invitee.id))[0]!.usedAt).toBeNull();
    expect(short.headers['set-cookie'] ?? '').not.toContain('parapet_session=');
    // The link still works once a good password is chosen.
    expect((await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).statusCode).toBe(303);
  });

  it('refuses a set-password form posted without a CSRF token', async () => {
    const { school, invitee, client } = await setUp();
    await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    const link = linkIn(mailsTo(invitee.email)[0]!.text);
    const browser = new WebClient(t.app);
    await browser.get(link);
    const res = await browser.post(link, { password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(await passwordHashOf(invitee.id)).toBeNull();
  });

  it("answers 404 for another school's person and sends nothing", async () => {
    const { client } = await setUp();
    const other = await createSchool(t.database);
    const stranger = await createPerson(t.database, other, ['staff']);
    const res = await client.post(`/s/${other.slug}/people/${stranger.id}/invite`);
    expect(res.statusCode).toBe(404);
    const { school } = await setUp();
    const viaOwn = await client.post(`/s/${school.slug}/people/${stranger.id}/invite`);
    expect(viaOwn.statusCode).toBe(404);
    expect(viaOwn.body).not.toContain(stranger.email);
    expect(mailsTo(stranger.email)).toHaveLength(0);
    expect(await tokensOf(stranger.id)).toHaveLength(0);
  });

  it("answers 404 for a person of this school through another school's address", async () => {
    const { school, invitee } = await setUp();
    const otherHead = await createPerson(t.database, await createSchool(t.database), ['headteacher']);
    const client = new WebClient(t.app);
    await client.signIn(otherHead.email, otherHead.password);
    expect((await client.post(`/s/${school.slug}/people/${invitee.id}/invite`)).statusCode).toBe(404);
    expect(mailsTo(invitee.email)).toHaveLength(0);
  });

  it('answers 404 for an id that is not an id', async () => {
    const { school, client } = await setUp();
    expect((await client.post(`/s/${school.slug}/people/not-a-uuid/invite`)).statusCode).toBe(404);
  });

  it('lets only leaders send invitations', async () => {
    const { school, invitee } = await setUp();
    const teacher = await createPerson(t.database, school, ['staff', 'dsl']);
    const client = new WebClient(t.app);
    await client.signIn(teacher.email, TEST_PASSWORD);
    const res = await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    expect(res.statusCode).toBe(403);
    expect(mailsTo(invitee.email)).toHaveLength(0);
    expect(await tokensOf(invitee.id)).toHaveLength(0);
  });

  it('says why a person without an email address cannot be invited', async () => {
    const { school, invitee, client } = await setUp();
    await withSystemTx(t.database.db, (tx) => tx.update(persons).set({ email: null }).where(eq(persons.id, invitee.id)));
    const res = await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ivy Newcomer has no email address');
    expect(res.body).toContain(`href="/s/${school.slug}/people"`);
    expect(await tokensOf(invitee.id)).toHaveLength(0);
  });

  it('leaves no link and no audit record when the email cannot be sent', async () => {
    const { school, invitee, client } = await setUp();
    const send = t.mailer.send;
    t.mailer.send = async () => {
      throw new Error('SMTP server refused the message');
    };
    try {
      const res = await client.post(`/s/${school.slug}/people/${invitee.id}/invite`);
      expect(res.statusCode).toBe(500);
    } finally {
      t.mailer.send = send;
    }
    expect(await tokensOf(invitee.id)).toHaveLength(0);
    const invited = await withSystemTx(t.database.db, (tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.schoolId, school.id), eq(auditEvents.type, 'person.invited'))),
    );
    expect(invited).toHaveLength(0);
  });
});
