import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPolicy } from '../../core/rules/import-policy.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { refusal } from '../../../test/support/refusal.ts';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { uploadPolicyVersion } from '../policies/upload-policy-version.ts';
import { acceptRule } from './accept-rule.ts';
import { activateRuleSet } from './activate-rule-set.ts';
import { addRule, parseClauseNumbers } from './add-rule.ts';
import { editRule } from './edit-rule.ts';
import { getActiveRules } from './get-active-rules.ts';
import { getRuleReview } from './get-rule-review.ts';
import { proposeRuleSet } from './propose-rule-set.ts';
import { rejectRule } from './reject-rule.ts';
import { createRuleSet } from './rules-repository.ts';
import { policyRules } from './schema.ts';
import { startRuleRevision } from './start-rule-revision.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const seed = readSeedPolicies()[1]!; // states "ex-pupils under 18" and a review period

async function schoolWithSeedPolicy() {
  const school = await createSchool(database);
  const head = await createPerson(database, school, ['headteacher']);
  const as = <T>(fn: Parameters<typeof asSchool<T>>[3], roles?: Parameters<typeof createPerson>[2]) =>
    asSchool(database, school, { personId: head.id, ...(roles ? { roles } : {}) }, fn);
  const published = await as((ctx) => importPublishedPolicy(ctx, { title: 'Social media policy', audiences: ['staff'], filename: seed.file, bytes: Buffer.from(seed.text) }));
  const ref = { policyId: published.policyId, versionId: published.versionId };
  return { school, head, as, ref };
}

async function eventsOf(school: TestSchool) {
  return withSystemTx(database.db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.schoolId, school.id)).orderBy(asc(auditEvents.seq)));
}

async function proposed(school: TestSchool, ruleSetId: string) {
  return withSystemTx(database.db, (tx) =>
    tx.select().from(policyRules).where(and(eq(policyRules.ruleSetId, ruleSetId), eq(policyRules.status, 'proposed'))),
  );
}

describe('parseClauseNumbers', () => {
  it('reads the ways people list clause numbers', () => {
    expect(parseClauseNumbers('4.2, 5.1 and 6.')).toEqual(['4.2', '5.1', '6']);
    expect(parseClauseNumbers(' 4.2;4.2 ')).toEqual(['4.2']);
    expect(parseClauseNumbers('')).toEqual([]);
  });
});

describe('rule sets: propose, decide, add, activate, revise', () => {
  it('proposes rules from the stored clauses with confidence, clauses, reasons and every parameter', async () => {
    const { school, as, ref } = await schoolWithSeedPolicy();
    const done = await as((ctx) => proposeRuleSet(ctx, ref, importPolicy));
    expect(done.revision).toBe(1);
    expect(done.rules).toBeGreaterThan(15);
    const review = await as((ctx) => getRuleReview(ctx, ref));
    const rules = review.rulesBySet.get(done.ruleSetId)!;
    expect(rules).toHaveLength(done.rules);
    const exPupils = rules.find((r) => r.ruleId === 'no-contact-ex-pupils-under-18')!;
    expect(exPupils).toMatchObject({ status: 'proposed', params: { age: 18 } });
    expect(exPupils.confidence).toBeGreaterThanOrEqual(0.5);
    expect(exPupils.why).toMatch(/^Clause /);
    expect(exPupils.clauses[0]!.text).toMatch(/ex-pupils?|former pupils?/i);
    // Defaults are filled in for what the policy leaves unsaid.
    const review2 = rules.find((r) => r.ruleId === 'review-period')!;
    expect(Object.keys(review2.params).sort()).toEqual(['months', 'nextReview']);
    const events = await eventsOf(school);
    expect(events.at(-1)).toMatchObject({ type: 'policy-rules.proposed', data: { ruleSetId: done.ruleSetId, revision: 1, origin: 'import' } });
    expect((await refusal(as((ctx) => proposeRuleSet(ctx, ref, importPolicy)))).message).toContain('already has a draft');
  });

  it('accepts with edited parameters, rejects, adds a missed rule, refuses to activate while undecided, then activates', async () => {
    const { school, as, ref } = await schoolWithSeedPolicy();
    const { ruleSetId } = await as((ctx) => proposeRuleSet(ctx, ref, importPolicy));

    const bad = await refusal(as((ctx) => acceptRule(ctx, { ...ref, ruleId: 'no-contact-ex-pupils-under-18', params: { age: 'eighteen' } })));
    expect(bad.code).toBe('invalid-input');
    expect(bad.problems).toEqual([{ field: 'age', message: 'Age must be a whole number between 11 and 25 years' }]);
    await as((ctx) => acceptRule(ctx, { ...ref, ruleId: 'no-contact-ex-pupils-under-18', params: { age: '16' } }));
    await as((ctx) => rejectRule(ctx, { ...ref, ruleId: 'no-contact-pupils' }));

    const noClause = await refusal(as((ctx) => addRule(ctx, { ...ref, ruleId: 'posting-schedule', clauses: '99.9' })));
    expect(noClause.problems).toEqual([expect.objectContaining({ field: 'clauses', message: expect.stringContaining('no clause 99.9') })]);
    const noRule = await refusal(as((ctx) => addRule(ctx, { ...ref, ruleId: 'made-up', clauses: '' })));
    expect(noRule.problems.map((p) => p.field)).toEqual(['rule', 'clauses']);
    const clause = (await as((ctx) => getRuleReview(ctx, ref))).clauses.find((c) => c.number && !c.isHeading)!;
    await as((ctx) => addRule(ctx, { ...ref, ruleId: 'no-contact-pupils', clauses: clause.number }));

    const undecided = await proposed(school, ruleSetId);
    const refused = await refusal(as((ctx) => activateRuleSet(ctx, ref)));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(new RegExp(`^${undecided.length} proposals are still undecided: “.+”.*Accept or reject each one`));
    for (const r of undecided) await as((ctx) => acceptRule(ctx, { ...ref, ruleId: r.ruleId }));

    const activated = await as((ctx) => activateRuleSet(ctx, ref));
    expect(activated).toMatchObject({ ruleSetId, revision: 1, supersededRuleSetId: null });
    const active = await asSchool(database, school, { personId: (await createPerson(database, school, ['staff'])).id, roles: ['staff'] }, (ctx) => getActiveRules(ctx));
    expect(active.find((r) => r.id === 'no-contact-ex-pupils-under-18')).toMatchObject({ params: { age: 16 }, clause: { number: expect.any(String) } });
    expect(active.find((r) => r.id === 'no-contact-pupils')).toMatchObject({ clause: { number: clause.number, text: clause.text } });
    expect(active).toHaveLength(activated.rules);

    const types = (await eventsOf(school)).map((e) => e.type).filter((t) => t.startsWith('policy-rules.'));
    expect(types.slice(0, 5)).toEqual(['policy-rules.proposed', 'policy-rules.edited', 'policy-rules.accepted', 'policy-rules.rejected', 'policy-rules.added']);
    expect(types.at(-1)).toBe('policy-rules.activated');
    const edited = (await eventsOf(school)).find((e) => e.type === 'policy-rules.edited')!;
    expect(edited.data).toMatchObject({ ruleId: 'no-contact-ex-pupils-under-18', before: { age: 18 }, after: { age: 16 } });
  });

  it('revises the active set, then supersedes it; a new version’s rules supersede the old version’s', async () => {
    const { school, head, as, ref } = await schoolWithSeedPolicy();
    const first = await as((ctx) => proposeRuleSet(ctx, ref, importPolicy));
    for (const r of await proposed(school, first.ruleSetId)) await as((ctx) => acceptRule(ctx, { ...ref, ruleId: r.ruleId }));
    await as((ctx) => activateRuleSet(ctx, ref));
    expect((await refusal(as((ctx) => proposeRuleSet(ctx, ref, importPolicy)))).message).toContain('Start a new revision');

    const revision = await as((ctx) => startRuleRevision(ctx, ref));
    expect(revision.revision).toBe(2);
    expect(await as((ctx) => editRule(ctx, { ...ref, ruleId: 'review-period', params: { months: '12' }, note: 'Governors now review yearly' }))).toEqual({ changed: true });
    expect(await as((ctx) => editRule(ctx, { ...ref, ruleId: 'review-period', params: { months: '12' }, note: 'Governors now review yearly' }))).toEqual({ changed: false });
    // The active set still says 24 until the revision is activated.
    expect((await as((ctx) => getActiveRules(ctx))).find((r) => r.id === 'review-period')!.params.months).toBe(24);
    const second = await as((ctx) => activateRuleSet(ctx, ref));
    expect(second).toMatchObject({ revision: 2, supersededRuleSetId: first.ruleSetId });
    expect((await as((ctx) => getActiveRules(ctx))).find((r) => r.id === 'review-period')!.params.months).toBe(12);
    const review = await as((ctx) => getRuleReview(ctx, ref));
    expect(review.sets.map((s) => [s.revision, s.status])).toEqual([[2, 'active'], [1, 'superseded']]);

    // Version 2 of the policy: its rules cannot be activated until it is published.
    const v2 = await as((ctx) => uploadPolicyVersion(ctx, { policyId: ref.policyId, filename: 'v2.txt', bytes: Buffer.from(seed.text) }));
    const ref2 = { policyId: ref.policyId, versionId: v2.versionId };
    const set2 = await as((ctx) => proposeRuleSet(ctx, ref2, importPolicy));
    for (const r of await proposed(school, set2.ruleSetId)) await as((ctx) => acceptRule(ctx, { ...ref2, ruleId: r.ruleId }));
    expect((await refusal(as((ctx) => activateRuleSet(ctx, ref2)))).message).toContain('Publish version 2 first');
    const { publishPolicyVersion } = await import('../policies/publish-policy-version.ts');
    await asSchool(database, school, { personId: head.id }, (ctx) => publishPolicyVersion(ctx, { versionId: v2.versionId }));
    expect(await as((ctx) => activateRuleSet(ctx, ref2))).toMatchObject({ supersededRuleSetId: second.ruleSetId });
    expect((await as((ctx) => getRuleReview(ctx, ref))).sets[0]!.status).toBe('superseded');
    const activatedEvent = (await eventsOf(school)).at(-1)!;
    expect(activatedEvent).toMatchObject({ type: 'policy-rules.activated', data: { versionId: v2.versionId, superseded: second.ruleSetId } });
  });

  it('gives the checks one entry per rule across the school’s policies, the older policy’s first', async () => {
    const { school, head, as, ref } = await schoolWithSeedPolicy();
    const activateAll = async (r: typeof ref, change?: () => Promise<void>) => {
      const set = await as((ctx) => proposeRuleSet(ctx, r, importPolicy));
      for (const p of await proposed(school, set.ruleSetId)) await as((ctx) => acceptRule(ctx, { ...r, ruleId: p.ruleId }));
      await change?.();
      await as((ctx) => activateRuleSet(ctx, r));
    };
    await activateAll(ref);
    const second = await asSchool(database, school, { personId: head.id }, (ctx) =>
      importPublishedPolicy(ctx, { title: 'Acceptable use policy', audiences: ['staff'], filename: seed.file, bytes: Buffer.from(seed.text) }),
    );
    const ref2 = { policyId: second.policyId, versionId: second.versionId };
    await activateAll(ref2, () => as((ctx) => editRule(ctx, { ...ref2, ruleId: 'no-contact-ex-pupils-under-18', params: { age: '21' } })).then(() => undefined));
    const rules = await as((ctx) => getActiveRules(ctx));
    expect(rules.filter((r) => r.id === 'no-contact-ex-pupils-under-18')).toEqual([expect.objectContaining({ policyId: ref.policyId, params: { age: 18 } })]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('refuses staff, and another school’s version is not found', async () => {
    const { school, as, ref } = await schoolWithSeedPolicy();
    const staff = await refusal(as((ctx) => proposeRuleSet(ctx, ref, importPolicy), ['staff']));
    expect(staff.code).toBe('forbidden');
    const other = await createSchool(database);
    const otherHead = await createPerson(database, other, ['headteacher']);
    const hidden = await refusal(asSchool(database, other, { personId: otherHead.id }, (ctx) => proposeRuleSet(ctx, ref, importPolicy)));
    expect(hidden.code).toBe('not-found');
    const wrongPolicy = await refusal(as((ctx) => getRuleReview(ctx, { policyId: ref.versionId, versionId: ref.versionId })));
    expect(wrongPolicy.code).toBe('not-found');
    expect((await refusal(as((ctx) => acceptRule(ctx, { ...ref, ruleId: 'no-contact-pupils' })))).message).toContain('no draft rule set');
    expect((await eventsOf(school)).filter((e) => e.type.startsWith('policy-rules.'))).toEqual([]);
  });
});

describe('createRuleSet', () => {
  it("numbers each version's rule sets 1, 2, 3…, two requests at once included", async () => {
    const { school, as, ref } = await schoolWithSeedPolicy();
    // Superseded, so that several can exist beside the one draft a version may have.
    const create = (versionId: string) =>
      as((ctx) => createRuleSet(ctx.tx, { schoolId: school.id, policyId: ref.policyId, versionId, origin: 'manual', status: 'superseded', createdBy: ctx.actor.personId }));
    expect((await create(ref.versionId)).revision).toBe(1);

    // Two requests at once: the first has saved revision 2 but not committed when the second starts.
    let commitFirst!: () => void;
    let firstSaved!: () => void;
    const saved = new Promise<void>((done) => (firstSaved = done));
    const first = as(async (ctx) => {
      const set = await createRuleSet(ctx.tx, { schoolId: school.id, policyId: ref.policyId, versionId: ref.versionId, origin: 'manual', status: 'superseded' });
      firstSaved();
      await new Promise<void>((done) => (commitFirst = done));
      return set;
    });
    await saved;
    const second = create(ref.versionId);
    // On PostgreSQL, wait until the second is held by a lock (PGlite runs one transaction at a time).
    if (database.kind === 'postgres') {
      while ((await database.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and (query ilike '%policy_versions%' or query ilike '%policy_rule_sets%')`)).length === 0) await Promise.resolve();
    }
    commitFirst();
    // It took its turn, so it counted the first's revision, rather than taking 2 as well and failing on the unique key.
    expect([(await first).revision, (await second).revision]).toEqual([2, 3]);
    expect((await create(ref.versionId)).revision).toBe(4);
    const v2 = await as((ctx) => uploadPolicyVersion(ctx, { policyId: ref.policyId, filename: 'v2.txt', bytes: Buffer.from(seed.text) }));
    expect((await create(v2.versionId)).revision).toBe(1);
    // Another school's version is not found, and nothing is saved.
    const other = await createSchool(database);
    const otherHead = await createPerson(database, other, ['headteacher']);
    const hidden = await refusal(
      asSchool(database, other, { personId: otherHead.id }, (ctx) => createRuleSet(ctx.tx, { schoolId: other.id, policyId: ref.policyId, versionId: ref.versionId, origin: 'manual' })),
    );
    expect(hidden.code).toBe('not-found');
  });
});
