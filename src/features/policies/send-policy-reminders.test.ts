import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import { createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { createMemoryMailer, type Mailer } from '../../platform/mail/mailer.ts';
import { memberships, persons } from '../people/schema.ts';
import { acknowledgements, policies, policyVersions, reminderDeliveries } from './schema.ts';
import { academicYear, dueReminder, findPublishedVersions, sendPolicyReminders } from './send-policy-reminders.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const PUBLISHED = new Date('2024-10-15T09:00:00Z');
const at = (ms: number) => new Date(PUBLISHED.getTime() + ms);
const DAY = 86_400_000;

async function createVersion(school: TestSchool, options: { status?: 'draft' | 'published' | 'superseded'; audiences?: string[] } = {}) {
  return withSystemTx(database.db, async (tx) => {
    const [policy] = await tx
      .insert(policies)
      .values({ schoolId: school.id, title: 'Social Media Policy', audiences: options.audiences ?? ['staff', 'volunteers', 'governors', 'parents'] })
      .returning();
    const status = options.status ?? 'published';
    const [version] = await tx
      .insert(policyVersions)
      .values({
        schoolId: school.id,
        policyId: policy!.id,
        versionNumber: 3,
        status,
        sourceFormat: 'text',
        text: '1. Purpose\nThis policy...',
        publishedAt: status === 'draft' ? null : PUBLISHED,
      })
      .returning();
    return version!;
  });
}

async function sign(school: TestSchool, versionId: string, personId: string) {
  await withSystemTx(database.db, (tx) =>
    tx.insert(acknowledgements).values({ schoolId: school.id, versionId, personId, kind: 'signed', statement: 'I have read and understood this policy and agree to adhere to it' }),
  );
}

/** A school with a published policy and people in every position that matters. */
async function setUp(options: { audiences?: string[] } = {}) {
  const school = await createSchool(database);
  const version = await createVersion(school, options);
  const head = await createPerson(database, school, ['headteacher'], { givenName: 'Hana', familyName: 'Head' });
  const unsigned = await createPerson(database, school, ['staff'], { givenName: 'Una', familyName: 'Unsigned' });
  const signed = await createPerson(database, school, ['staff', 'parent'], { givenName: 'Sid', familyName: 'Signed' });
  const governor = await createPerson(database, school, ['governor'], { givenName: 'Gus', familyName: 'Governor' });
  const parent = await createPerson(database, school, ['parent'], { givenName: 'Pat', familyName: 'Parent' });
  const noEmail = await createPerson(database, school, ['staff']);
  const left = await createPerson(database, school, ['staff']);
  await withSystemTx(database.db, async (tx) => {
    await tx.update(persons).set({ email: null }).where(eq(persons.id, noEmail.id));
    await tx.update(memberships).set({ endedAt: new Date('2024-09-01T00:00:00Z') }).where(eq(memberships.personId, left.id));
  });
  await sign(school, version.id, signed.id);
  const mailer = createMemoryMailer();
  const run = (now: Date, m: Mailer = mailer) =>
    sendPolicyReminders({ db: database.db, mailer: m, publicUrl: 'https://parapet.example' }, { schoolId: school.id, versionId: version.id, now });
  return { school, version, head, unsigned, signed, governor, parent, left, mailer, run };
}

describe('policy reminders', () => {
  it('reminds everyone who should sign and has not, once, as soon as it is published', async () => {
    const s = await setUp();
    expect(await s.run(at(60_000))).toEqual({ publish: 3, week: 0, annual: 0, failed: 0 });
    expect(s.mailer.sent.map((m) => m.to).sort()).toEqual([s.head.email, s.unsigned.email, s.governor.email].sort());

    const mail = s.mailer.sent.find((m) => m.to === s.unsigned.email)!;
    expect(mail.subject).toBe('Please read and sign: Social Media Policy');
    expect(mail.text).toContain('Hello Una Unsigned');
    expect(mail.text).toContain('“Social Media Policy” (version 3)');
    expect(mail.text).toContain(`https://parapet.example/s/${s.school.slug}/my-policies/${s.version.id}`);
    expect(mail.text).toContain(`${s.school.name} lists you in Parapet as staff`);

    const events = await withSystemTx(database.db, (tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.schoolId, s.school.id), eq(auditEvents.type, 'policy.reminder-sent'))),
    );
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.actorPersonId === null)).toBe(true);
    expect(events.map((e) => e.data)).toContainEqual({ versionId: s.version.id, personId: s.unsigned.id, kind: 'publish' });

    // A second run, or a retried job, sends nothing more.
    expect(await s.run(at(120_000))).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
    expect(s.mailer.sent).toHaveLength(3);
  });

  it('asks only the audiences the policy is for', async () => {
    const s = await setUp({ audiences: ['staff'] });
    await s.run(at(60_000));
    expect(s.mailer.sent.map((m) => m.to)).not.toContain(s.governor.email);
    expect(s.mailer.sent).toHaveLength(2);
  });

  it('sends the week reminder only after 7 days, and only to those still unsigned', async () => {
    const s = await setUp();
    await s.run(at(60_000));
    expect(await s.run(at(6 * DAY))).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
    await sign(s.school, s.version.id, s.head.id);
    expect(await s.run(at(7 * DAY + 120_000))).toEqual({ publish: 0, week: 2, annual: 0, failed: 0 });
    const week = s.mailer.sent.slice(3);
    expect(week.map((m) => m.to).sort()).toEqual([s.unsigned.email, s.governor.email].sort());
    expect(week[0]!.subject).toBe('Reminder: please sign Social Media Policy');
    expect(week[0]!.text).toContain('You have not signed it yet');
    expect(await s.run(at(9 * DAY))).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
  });

  it('sends the yearly reminder to everyone who should sign, signed or not, once a year', async () => {
    const s = await setUp();
    await s.run(at(60_000));
    await s.run(at(8 * DAY));
    expect(await s.run(at(200 * DAY))).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
    const anniversary = new Date('2025-10-15T08:00:00Z');
    expect(await s.run(anniversary)).toEqual({ publish: 0, week: 0, annual: 4, failed: 0 });
    const annual = s.mailer.sent.slice(-4);
    expect(annual.map((m) => m.to).sort()).toEqual([s.head.email, s.unsigned.email, s.signed.email, s.governor.email].sort());
    const toSigned = annual.find((m) => m.to === s.signed.email)!;
    expect(toSigned.subject).toBe('Yearly reminder: please re-read Social Media Policy');
    expect(toSigned.text).toContain('You have already signed this version');
    expect(toSigned.text).toContain('choose “Read and sign”');
    expect(annual.find((m) => m.to === s.unsigned.email)!.text).toContain('You have not signed this version yet');

    expect((await s.run(new Date('2025-12-01T08:00:00Z'))).annual).toBe(0);
    expect((await s.run(new Date('2026-08-31T08:00:00Z'))).annual).toBe(0);
    // A new academic year: from 1 September.
    expect((await s.run(new Date('2026-09-01T06:00:00Z'))).annual).toBe(4);
    expect((await s.run(new Date('2026-09-02T06:00:00Z'))).annual).toBe(0);
    const kinds = await withSystemTx(database.db, (tx) =>
      tx.select({ kind: reminderDeliveries.kind }).from(reminderDeliveries).where(eq(reminderDeliveries.personId, s.signed.id)),
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual(['annual-2025', 'annual-2026']);
  });

  it('records nothing for a mail that could not be sent, so the next run sends it', async () => {
    const s = await setUp();
    const flaky = createMemoryMailer();
    const failing: Mailer = {
      describe: 'flaky',
      close: () => undefined,
      async send(message) {
        if (message.to === s.unsigned.email) throw new Error('mailbox unavailable');
        await flaky.send(message);
      },
    };
    expect(await s.run(at(60_000), failing)).toEqual({ publish: 2, week: 0, annual: 0, failed: 1 });
    const rows = await withSystemTx(database.db, (tx) =>
      tx.select().from(reminderDeliveries).where(eq(reminderDeliveries.personId, s.unsigned.id)),
    );
    expect(rows).toHaveLength(0);
    expect(await s.run(at(120_000))).toEqual({ publish: 1, week: 0, annual: 0, failed: 0 });
    expect(s.mailer.sent.map((m) => m.to)).toEqual([s.unsigned.email]);
  });

  it('sends nothing for a draft or a superseded version', async () => {
    const school = await createSchool(database);
    await createPerson(database, school, ['staff']);
    const mailer = createMemoryMailer();
    for (const status of ['draft', 'superseded'] as const) {
      const version = await createVersion(school, { status });
      const counts = await sendPolicyReminders({ db: database.db, mailer, publicUrl: 'https://parapet.example' }, { schoolId: school.id, versionId: version.id, now: at(DAY) });
      expect(counts).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
    }
    expect(mailer.sent).toHaveLength(0);
  });

  it("finds nothing when given another school's id with a version", async () => {
    const s = await setUp();
    const other = await createSchool(database);
    await createPerson(database, other, ['staff']);
    const counts = await sendPolicyReminders(
      { db: database.db, mailer: s.mailer, publicUrl: 'https://parapet.example' },
      { schoolId: other.id, versionId: s.version.id, now: at(60_000) },
    );
    expect(counts).toEqual({ publish: 0, week: 0, annual: 0, failed: 0 });
    expect(s.mailer.sent).toHaveLength(0);
  });

  it('lists every published version for the daily sweep, and no drafts', async () => {
    const s = await setUp();
    const draft = await createVersion(s.school, { status: 'draft' });
    const found = await findPublishedVersions(database.db);
    expect(found).toContainEqual({ schoolId: s.school.id, versionId: s.version.id });
    expect(found.map((f) => f.versionId)).not.toContain(draft.id);
  });
});

describe('dueReminder', () => {
  const none = new Map<string, Date>();
  const publishedAt = new Date('2025-08-28T12:00:00Z');

  it('counts academic years from 1 September', () => {
    expect(academicYear('2025-08-31')).toBe(2024);
    expect(academicYear('2025-09-01')).toBe(2025);
    expect(academicYear('2026-01-10')).toBe(2025);
  });

  it('waits a week after a late first reminder before the week reminder', () => {
    const sent = new Map([['publish', new Date('2025-09-20T07:00:00Z')]]);
    expect(dueReminder({ publishedAt, signed: false, sent }, new Date('2025-09-26T07:00:00Z'))).toBeNull();
    expect(dueReminder({ publishedAt, signed: false, sent }, new Date('2025-09-27T07:00:00Z'))).toBe('week');
  });

  it('sends one reminder a run: the publish reminder before any other', () => {
    expect(dueReminder({ publishedAt, signed: false, sent: none }, new Date('2027-01-01T07:00:00Z'))).toBe('publish');
  });

  it('never sends two yearly reminders within six months, even across 1 September', () => {
    const first = new Date('2026-08-28T07:00:00Z');
    expect(dueReminder({ publishedAt, signed: true, sent: none }, first)).toBe('annual-2025');
    const sent = new Map([['annual-2025', first]]);
    expect(dueReminder({ publishedAt, signed: true, sent }, new Date('2026-09-01T07:00:00Z'))).toBeNull();
    expect(dueReminder({ publishedAt, signed: true, sent }, new Date('2027-02-28T07:00:00Z'))).toBe('annual-2026');
  });

  it('reads the anniversary as a London date', () => {
    // 23:30 UTC on 14 October is 00:30 on 15 October in London (summer time).
    const late = new Date('2024-10-14T23:30:00Z');
    expect(dueReminder({ publishedAt: late, signed: true, sent: none }, new Date('2025-10-14T22:00:00Z'))).toBeNull();
    expect(dueReminder({ publishedAt: late, signed: true, sent: none }, new Date('2025-10-14T23:30:00Z'))).toBe('annual-2025');
  });
});
