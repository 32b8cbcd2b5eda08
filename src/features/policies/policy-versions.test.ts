import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { SchoolContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { files } from '../../platform/files/schema.ts';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { makeDocx, makeScannedPdf } from '../../../test/support/policy-documents.ts';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { createPolicy } from './create-policy.ts';
import { getPolicy } from './get-policy.ts';
import { getPolicyVersion } from './get-policy-version.ts';
import { importPublishedPolicy } from './import-published-policy.ts';
import { listPolicies } from './list-policies.ts';
import { publishPolicyVersion } from './publish-policy-version.ts';
import { policies, policyClauses, policyVersions } from './schema.ts';
import { setVersionDetails } from './set-version-details.ts';
import { uploadPolicyVersion } from './upload-policy-version.ts';
import { refusal } from '../../../test/support/refusal.ts';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});

const TEXT = 'Social Media Policy\n\nAims\n\nTo protect children.\n\nRules\n\n- Never friend a pupil.\n- Keep accounts private.\n';

async function schoolWithHead() {
  const school = await createSchool(db);
  const head = await createPerson(db, school, ['headteacher']);
  const as = <T>(fn: (ctx: SchoolContext) => Promise<T>) => asSchool(db, school, { personId: head.id, roles: ['headteacher'] }, fn);
  return { school, head, as };
}

const countIn = async (school: TestSchool) => {
  const rows = await db.db.select({ id: policies.id }).from(policies).where(eq(policies.schoolId, school.id));
  const versions = await db.db.select({ id: policyVersions.id }).from(policyVersions).where(eq(policyVersions.schoolId, school.id));
  const clauses = await db.db.select({ id: policyClauses.id }).from(policyClauses).where(eq(policyClauses.schoolId, school.id));
  const stored = await db.db.select({ sha: files.sha256 }).from(files).where(eq(files.schoolId, school.id));
  return { policies: rows.length, versions: versions.length, clauses: clauses.length, files: stored.length };
};

describe('policy versions', () => {
  it('creates a policy and uploads numbered versions, keeping the file, text and clauses', async () => {
    const { school, as } = await schoolWithHead();
    const policy = await as((ctx) => createPolicy(ctx, { title: ' Social media policy ', audiences: ['parents', 'staff', 'staff'] }));
    const v1 = await as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'policy.txt', bytes: Buffer.from(TEXT) }));
    const docx = await makeDocx([{ heading: 'Aims' }, { text: 'To protect children and staff.' }]);
    const v2 = await as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'policy v2.docx', bytes: docx }));
    expect([v1.versionNumber, v2.versionNumber]).toEqual([1, 2]);
    expect(v1.clauses).toBe(6);

    const { policy: p, versions } = await as((ctx) => getPolicy(ctx, { policyId: policy.id }));
    expect(p).toMatchObject({ title: 'Social media policy', audiences: ['staff', 'parents'] });
    expect(versions.map((v) => [v.versionNumber, v.status, v.sourceFormat, v.sourceFilename])).toEqual([
      [2, 'draft', 'docx', 'policy v2.docx'],
      [1, 'draft', 'text', 'policy.txt'],
    ]);
    const view = await as((ctx) => getPolicyVersion(ctx, { versionId: v1.versionId }));
    expect(view.clauses.map((c) => [c.number, c.isHeading, c.text])).toEqual([
      ['', true, 'Social Media Policy'],
      ['1', true, 'Aims'],
      ['1.1', false, 'To protect children.'],
      ['2', true, 'Rules'],
      ['2.1', false, 'Never friend a pupil.'],
      ['2.2', false, 'Keep accounts private.'],
    ]);
    expect(view.version.text).toBe(TEXT);
    expect(await countIn(school)).toEqual({ policies: 1, versions: 2, clauses: 8, files: 2 });

    const audit = await db.db.select().from(auditEvents).where(eq(auditEvents.chain, `school:${school.id}`));
    expect(audit.map((a) => a.type)).toEqual(['policy.created', 'policy.version-uploaded', 'policy.version-uploaded']);
    expect(audit[1]!.data).toMatchObject({ policyId: policy.id, versionId: v1.versionId, versionNumber: 1, clauses: 6 });
  });

  it('stores the same file once', async () => {
    const { school, as } = await schoolWithHead();
    const policy = await as((ctx) => createPolicy(ctx, { title: 'Social media', audiences: ['staff'] }));
    for (let i = 0; i < 2; i++) await as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) }));
    expect((await countIn(school)).files).toBe(1);
  });

  it('refuses a bad upload and saves nothing', async () => {
    const { school, as } = await schoolWithHead();
    const policy = await as((ctx) => createPolicy(ctx, { title: 'Social media', audiences: ['staff'] }));
    const before = await countIn(school);
    const scan = await makeScannedPdf();
    const scanned = await refusal(as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'scan.pdf', bytes: scan })));
    expect(scanned.message).toContain('scanned image');
    const headingsOnly = await refusal(as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from('SOCIAL MEDIA POLICY\n\nAIMS\n') })));
    expect(headingsOnly.message).toContain('only headings');
    expect(await countIn(school)).toEqual(before);
  });

  it('refuses a policy without a title or audience, saying which', async () => {
    const { as } = await schoolWithHead();
    const err = await refusal(as((ctx) => createPolicy(ctx, { title: '  ', audiences: ['pupils'] })));
    expect(err.problems.map((p) => p.field)).toEqual(['title', 'audiences']);
  });

  it('lets only leaders manage policies', async () => {
    const { school, as } = await schoolWithHead();
    const teacher = await createPerson(db, school, ['staff']);
    const policy = await as((ctx) => createPolicy(ctx, { title: 'Social media', audiences: ['staff'] }));
    const asTeacher = <T>(fn: (ctx: SchoolContext) => Promise<T>) => asSchool(db, school, { personId: teacher.id, roles: ['staff', 'dsl'] }, fn);
    expect((await refusal(asTeacher((ctx) => createPolicy(ctx, { title: 'X', audiences: ['staff'] })))).code).toBe('forbidden');
    expect((await refusal(asTeacher((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) })))).code).toBe('forbidden');
    expect((await refusal(asTeacher((ctx) => listPolicies(ctx)))).code).toBe('forbidden');
  });

  it('records approval and review details, refusing bad ones', async () => {
    const { as } = await schoolWithHead();
    const policy = await as((ctx) => createPolicy(ctx, { title: 'Social media', audiences: ['staff'] }));
    const v = await as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) }));
    const err = await refusal(
      as((ctx) => setVersionDetails(ctx, { versionId: v.versionId, approvedOn: '2025-02-30', approvedBy: null, reviewPeriodMonths: '100', nextReviewOn: null }, '2025-05-01')),
    );
    expect(err.problems.map((p) => p.field)).toEqual(['approvedOn', 'reviewPeriodMonths']);
    await as((ctx) =>
      setVersionDetails(ctx, { versionId: v.versionId, approvedOn: '2023-03-23', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24, nextReviewOn: null }, '2025-05-01'),
    );
    const view = await as((ctx) => getPolicyVersion(ctx, { versionId: v.versionId }, '2025-05-01'));
    expect(view.version).toMatchObject({ approvedOn: '2023-03-23', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24, nextReviewOn: null });
    expect(view.review).toMatchObject({ state: 'overdue', nextReviewOn: '2025-03-23', daysOverdue: 39 });
  });

  it('publishes a draft, superseding the version before it', async () => {
    const { school, as } = await schoolWithHead();
    const policy = await as((ctx) => createPolicy(ctx, { title: 'Social media', audiences: ['staff'] }));
    const upload = () => as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) }));
    const v1 = await upload();
    const v2 = await upload();
    const v3 = await upload();
    const first = await as((ctx) => publishPolicyVersion(ctx, { versionId: v1.versionId }));
    expect(first).toMatchObject({ newlyPublished: true, supersededVersionId: null, versionNumber: 1 });
    expect(await as((ctx) => publishPolicyVersion(ctx, { versionId: v1.versionId }))).toMatchObject({ newlyPublished: false });
    const third = await as((ctx) => publishPolicyVersion(ctx, { versionId: v3.versionId }));
    expect(third).toMatchObject({ newlyPublished: true, supersededVersionId: v1.versionId });

    const { versions } = await as((ctx) => getPolicy(ctx, { policyId: policy.id }));
    expect(versions.map((v) => [v.versionNumber, v.status])).toEqual([[3, 'published'], [2, 'draft'], [1, 'superseded']]);
    // Going back to an older draft, or republishing a superseded version, is refused.
    expect((await refusal(as((ctx) => publishPolicyVersion(ctx, { versionId: v2.versionId })))).code).toBe('conflict');
    expect((await refusal(as((ctx) => publishPolicyVersion(ctx, { versionId: v1.versionId })))).code).toBe('conflict');
    const audit = await db.db.select().from(auditEvents).where(eq(auditEvents.chain, `school:${school.id}`));
    expect(audit.filter((a) => a.type === 'policy.version-published')).toHaveLength(2);
  });

  it('lists the library with each policy’s current version and review state', async () => {
    const { as } = await schoolWithHead();
    const seeds = readSeedPolicies();
    await as((ctx) =>
      importPublishedPolicy(ctx, {
        title: 'Social media policy',
        audiences: ['staff', 'volunteers', 'governors', 'parents', 'visitors'],
        filename: seeds[0]!.file,
        bytes: Buffer.from(seeds[0]!.text),
        details: { approvedOn: '2023-03-23', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24 },
      }),
    );
    const draftOnly = await as((ctx) => createPolicy(ctx, { title: 'Acceptable use', audiences: ['staff'] }));
    await as((ctx) => uploadPolicyVersion(ctx, { policyId: draftOnly.id, filename: 'p.txt', bytes: Buffer.from(TEXT) }));
    const list = await as((ctx) => listPolicies(ctx, '2025-06-01'));
    expect(list.map((p) => [p.title, p.current?.versionNumber ?? null, p.draft?.versionNumber ?? null, p.review.state, p.approved, p.signOff])).toEqual([
      ['Acceptable use', null, 1, 'unknown', false, null],
      ['Social media policy', 1, null, 'overdue', true, { signed: 0, total: 1 }],
    ]);
  });

  it("does not find another school's policies or versions", async () => {
    const a = await schoolWithHead();
    const b = await schoolWithHead();
    const policy = await b.as((ctx) => createPolicy(ctx, { title: 'B policy', audiences: ['staff'] }));
    const v = await b.as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) }));
    const before = await countIn(b.school);
    // Thunks, run one at a time: a rejected promise nobody is awaiting yet is an unhandled rejection.
    const attempts = [
      () => a.as((ctx) => getPolicy(ctx, { policyId: policy.id })),
      () => a.as((ctx) => getPolicyVersion(ctx, { versionId: v.versionId })),
      () => a.as((ctx) => uploadPolicyVersion(ctx, { policyId: policy.id, filename: 'p.txt', bytes: Buffer.from(TEXT) })),
      () => a.as((ctx) => setVersionDetails(ctx, { versionId: v.versionId, approvedOn: '2024-01-01', approvedBy: null, reviewPeriodMonths: 12, nextReviewOn: null })),
      () => a.as((ctx) => publishPolicyVersion(ctx, { versionId: v.versionId })),
      () => a.as((ctx) => getPolicy(ctx, { policyId: 'not-a-uuid' })),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe('not-found');
    expect(await a.as((ctx) => listPolicies(ctx))).toEqual([]);
    expect(await countIn(b.school)).toEqual(before);
  });
});
