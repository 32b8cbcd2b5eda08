import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchoolRole } from '../../core/roles.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { SchoolContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createSchool, type TestPerson, type TestSchool } from '../../../test/support/factories.ts';
import { memberships } from '../people/schema.ts';
import { acknowledgePolicy } from './acknowledge-policy.ts';
import { getAcknowledgementStatus } from './get-acknowledgement-status.ts';
import { getPolicyToRead } from './get-policy-to-read.ts';
import { importPublishedPolicy } from './import-published-policy.ts';
import { listMyPolicies } from './list-my-policies.ts';
import { publishPolicyVersion } from './publish-policy-version.ts';
import { acknowledgements } from './schema.ts';
import { uploadPolicyVersion } from './upload-policy-version.ts';
import { refusal } from '../../../test/support/refusal.ts';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});

const TEXT = 'Aims\n\nTo protect children.\n\nRules\n\n- Never friend a pupil.\n';
const as = <T>(school: TestSchool, person: TestPerson, roles: SchoolRole[], fn: (ctx: SchoolContext) => Promise<T>) =>
  asSchool(db, school, { personId: person.id, roles }, fn);

async function schoolWithPolicy(audiences = ['staff', 'volunteers', 'governors', 'parents']) {
  const school = await createSchool(db);
  const head = await createPerson(db, school, ['headteacher'], { givenName: 'Hana', familyName: 'Head' });
  const published = await as(school, head, ['headteacher'], (ctx) =>
    importPublishedPolicy(ctx, { title: 'Social media policy', audiences, filename: 'p.txt', bytes: Buffer.from(TEXT) }),
  );
  return { school, head, published };
}

describe('acknowledging a policy', () => {
  it('records a teacher signing the published version with the exact statement, once', async () => {
    const { school, published } = await schoolWithPolicy();
    const teacher = await createPerson(db, school, ['staff']);
    const sign = () => as(school, teacher, ['staff'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true }));
    const first = await sign();
    expect(first).toMatchObject({ kind: 'signed', statement: 'I have read and understood this policy and agree to adhere to it', recorded: true });
    const again = await sign();
    expect(again).toMatchObject({ recorded: false, signedAt: first.signedAt });

    const rows = await db.db.select().from(acknowledgements).where(eq(acknowledgements.personId, teacher.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ versionId: published.versionId, kind: 'signed', ip: '127.0.0.1', userAgent: 'test' });
    const audit = await db.db.select().from(auditEvents).where(and(eq(auditEvents.chain, `school:${school.id}`), eq(auditEvents.type, 'policy.acknowledged')));
    expect(audit.map((a) => a.data)).toEqual([{ versionId: published.versionId, personId: teacher.id, kind: 'signed' }]);
  });

  it('asks parents to say they will comply', async () => {
    const { school, published } = await schoolWithPolicy();
    const parent = await createPerson(db, school, ['parent']);
    const r = await as(school, parent, ['parent'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true }));
    expect(r).toMatchObject({ kind: 'will-comply', statement: 'I have read this policy and will comply with it' });
  });

  it('needs the box ticked, and records nothing without it', async () => {
    const { school, published } = await schoolWithPolicy();
    const teacher = await createPerson(db, school, ['staff']);
    const err = await refusal(as(school, teacher, ['staff'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: false })));
    expect(err.problems).toEqual([{ field: 'confirm', message: 'Tick the box to confirm: I have read and understood this policy and agree to adhere to it' }]);
    expect(await db.db.select().from(acknowledgements).where(eq(acknowledgements.personId, teacher.id))).toEqual([]);
  });

  it('asks again when a new version is published, and refuses signing the old one', async () => {
    const { school, head, published } = await schoolWithPolicy();
    const teacher = await createPerson(db, school, ['staff']);
    const asTeacher = <T>(fn: (ctx: SchoolContext) => Promise<T>) => as(school, teacher, ['staff'], fn);
    await asTeacher((ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true }));
    expect((await asTeacher((ctx) => listMyPolicies(ctx)))[0]?.acknowledgedAt).not.toBeNull();

    const v2 = await as(school, head, ['headteacher'], async (ctx) => {
      const up = await uploadPolicyVersion(ctx, { policyId: published.policyId, filename: 'p2.txt', bytes: Buffer.from(`${TEXT}\n- Keep accounts private.\n`) });
      return publishPolicyVersion(ctx, { versionId: up.versionId });
    });
    const mine = await asTeacher((ctx) => listMyPolicies(ctx));
    expect(mine.map((m) => [m.versionNumber, m.acknowledgedAt])).toEqual([[2, null]]);
    const old = await refusal(asTeacher((ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true })));
    expect(old.code).toBe('conflict');
    expect(old.message).toContain('A newer version');
    const reading = await asTeacher((ctx) => getPolicyToRead(ctx, { versionId: published.versionId }));
    expect(reading.currentVersionId).toBe(v2.versionId);

    const status = await as(school, head, ['headteacher'], (ctx) => getAcknowledgementStatus(ctx, { versionId: v2.versionId }));
    expect(status.status.rows.find((r) => r.personId === teacher.id)).toMatchObject({ signedAt: null, earlierVersionNumber: 1 });
  });

  it('lists who has signed and who has not, for leaders only', async () => {
    const { school, head, published } = await schoolWithPolicy(['staff', 'governors', 'parents']);
    const signer = await createPerson(db, school, ['staff'], { givenName: 'Ada', familyName: 'Signer' });
    await createPerson(db, school, ['governor'], { givenName: 'Ben', familyName: 'Unsigned' });
    const parent = await createPerson(db, school, ['parent'], { givenName: 'Cy', familyName: 'Parent' });
    await createPerson(db, school, ['volunteer'], { givenName: 'Di', familyName: 'Volunteer' }); // not addressed
    const leaver = await createPerson(db, school, ['staff'], { givenName: 'Ed', familyName: 'Leaver' });
    await withSystemTx(db.db, (tx) => tx.update(memberships).set({ endedAt: new Date() }).where(eq(memberships.personId, leaver.id)));
    await as(school, signer, ['staff'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true }));
    await as(school, parent, ['parent'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true }));

    const { status } = await as(school, head, ['headteacher'], (ctx) => getAcknowledgementStatus(ctx, { versionId: published.versionId }));
    expect(status.rows.map((r) => [r.name, r.signedAt !== null])).toEqual([
      ['Ben Unsigned', false],
      ['Hana Head', false],
      ['Ada Signer', true],
    ]);
    expect(status).toMatchObject({ signed: 1, notSigned: 2, total: 3, willComply: 1 });
    const err = await refusal(as(school, signer, ['staff', 'dsl'], (ctx) => getAcknowledgementStatus(ctx, { versionId: published.versionId })));
    expect(err.code).toBe('forbidden');
  });

  it('shows people only the published policies addressed to them', async () => {
    const { school } = await schoolWithPolicy(['staff']);
    const parent = await createPerson(db, school, ['parent']);
    expect(await as(school, parent, ['parent'], (ctx) => listMyPolicies(ctx))).toEqual([]);
    const teacher = await createPerson(db, school, ['staff']);
    const mine = await as(school, teacher, ['staff'], (ctx) => listMyPolicies(ctx));
    expect(mine.map((m) => [m.title, m.versionNumber, m.kind, m.acknowledgedAt])).toEqual([['Social media policy', 1, 'signed', null]]);
  });

  it('refuses someone the policy is not addressed to', async () => {
    const { school, published } = await schoolWithPolicy(['staff']);
    const parent = await createPerson(db, school, ['parent']);
    const err = await refusal(as(school, parent, ['parent'], (ctx) => acknowledgePolicy(ctx, { versionId: published.versionId, confirmed: true })));
    expect(err.code).toBe('forbidden');
  });

  it('does not show drafts to readers', async () => {
    const { school, head, published } = await schoolWithPolicy();
    const draft = await as(school, head, ['headteacher'], (ctx) =>
      uploadPolicyVersion(ctx, { policyId: published.policyId, filename: 'p.txt', bytes: Buffer.from(TEXT) }),
    );
    const teacher = await createPerson(db, school, ['staff']);
    expect((await refusal(as(school, teacher, ['staff'], (ctx) => getPolicyToRead(ctx, { versionId: draft.versionId })))).code).toBe('not-found');
    expect((await refusal(as(school, teacher, ['staff'], (ctx) => acknowledgePolicy(ctx, { versionId: draft.versionId, confirmed: true })))).code).toBe('not-found');
  });

  it("does not find another school's versions", async () => {
    const a = await schoolWithPolicy();
    const b = await schoolWithPolicy();
    const teacher = await createPerson(db, a.school, ['staff']);
    // Thunks, run one at a time: a rejected promise nobody is awaiting yet is an unhandled rejection.
    for (const attempt of [
      () => as(a.school, teacher, ['staff'], (ctx) => acknowledgePolicy(ctx, { versionId: b.published.versionId, confirmed: true })),
      () => as(a.school, teacher, ['staff'], (ctx) => getPolicyToRead(ctx, { versionId: b.published.versionId })),
      () => as(a.school, a.head, ['headteacher'], (ctx) => getAcknowledgementStatus(ctx, { versionId: b.published.versionId })),
    ]) {
      expect((await refusal(attempt())).code).toBe('not-found');
    }
    expect(await db.db.select().from(acknowledgements).where(eq(acknowledgements.personId, teacher.id))).toEqual([]);
  });
});
