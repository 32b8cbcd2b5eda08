import { beforeAll, describe, expect, it } from 'vitest';
import { importPolicy } from '../../core/rules/import-policy.ts';
import type { ImportPolicy } from '../../core/rules/proposal.ts';
import type { Database } from '../../platform/db/client.ts';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createSchool } from '../../../test/support/factories.ts';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { setVersionDetails } from '../policies/set-version-details.ts';
import { uploadPolicyVersion } from '../policies/upload-policy-version.ts';
import { getHealthCheck } from './get-health-check.ts';
import { getRulesSummary } from './get-rules-summary.ts';
import { cachedVersionCount, importOfVersion, MAX_CACHED_VERSIONS } from './version-import-cache.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

/** The real importer, noting each call. */
function countingImporter() {
  const calls: number[] = [];
  const importer: ImportPolicy = (clauses) => {
    calls.push(typeof clauses === 'string' ? clauses.length : clauses.length);
    return importPolicy(clauses);
  };
  return { importer, calls };
}

describe('the importer on the version and health pages', () => {
  it('reads a version once however often its pages are viewed, and the health check still sees new details', async () => {
    const seed = readSeedPolicies()[1]!;
    const school = await createSchool(database);
    const head = await createPerson(database, school, ['headteacher']);
    const as = <T>(fn: Parameters<typeof asSchool<T>>[3]) => asSchool(database, school, { personId: head.id }, fn);
    const published = await as((ctx) => importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff'], filename: seed.file, bytes: Buffer.from(seed.text) }));
    const ref = { policyId: published.policyId, versionId: published.versionId };
    const { importer, calls } = countingImporter();

    const first = await as((ctx) => getRulesSummary(ctx, ref, importer));
    expect(calls).toHaveLength(1);
    const before = await as((ctx) => getHealthCheck(ctx, ref, importer, '2026-11-23'));
    expect(before.findings.map((f) => f.kind)).toContain('approval-missing');
    expect(await as((ctx) => getRulesSummary(ctx, ref, importer))).toEqual(first);
    expect(calls).toHaveLength(1);

    // The approval recorded between two views shows on the second: only the importer's reading is kept.
    await as((ctx) => setVersionDetails(ctx, { versionId: ref.versionId, approvedOn: '2026-09-01', approvedBy: 'Full Governing Body', reviewPeriodMonths: 24, nextReviewOn: null }, '2026-11-23'));
    const after = await as((ctx) => getHealthCheck(ctx, ref, importer, '2026-11-23'));
    expect(after.findings.map((f) => f.kind)).not.toContain('approval-missing');
    expect(calls).toHaveLength(1);

    // Another version is read on its own, once.
    const v2 = await as((ctx) => uploadPolicyVersion(ctx, { policyId: ref.policyId, filename: 'v2.txt', bytes: Buffer.from(`${seed.text}\n\nA clause added in version 2.`) }));
    await as((ctx) => getRulesSummary(ctx, { policyId: ref.policyId, versionId: v2.versionId }, importer));
    await as((ctx) => getRulesSummary(ctx, { policyId: ref.policyId, versionId: v2.versionId }, importer));
    expect(calls).toHaveLength(2);
  });
});

describe('importOfVersion', () => {
  it('keeps at most MAX_CACHED_VERSIONS, dropping the least recently used', () => {
    const { importer, calls } = countingImporter();
    const text = 'Staff must not name pupils on social media.';
    for (let i = 0; i < MAX_CACHED_VERSIONS; i++) importOfVersion(`v${i}`, text, importer);
    expect(calls).toHaveLength(MAX_CACHED_VERSIONS);
    importOfVersion('v0', text, importer); // v0 is now the most recently used, v1 the least
    importOfVersion('v-new', text, importer);
    expect(cachedVersionCount()).toBeLessThanOrEqual(MAX_CACHED_VERSIONS);
    expect(calls).toHaveLength(MAX_CACHED_VERSIONS + 1);
    importOfVersion('v0', text, importer);
    expect(calls).toHaveLength(MAX_CACHED_VERSIONS + 1);
    importOfVersion('v1', text, importer);
    expect(calls).toHaveLength(MAX_CACHED_VERSIONS + 2);
  });

  it('reads again with a different importer', () => {
    const a = countingImporter();
    const b = countingImporter();
    importOfVersion('same-version', 'Staff must not name pupils.', a.importer);
    importOfVersion('same-version', 'Staff must not name pupils.', b.importer);
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });
});
