import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { lockPolicy } from '../policies/policy-repository.ts';
import { leaderVersion, type VersionRef } from './rule-set-access.ts';
import { createRuleSet, insertRules, rulesOf, ruleSetsOfVersion } from './rules-repository.ts';

/**
 * Starts a new draft revision from the version's active rules, with every decision copied, so a
 * leader can change a setting or add a rule. The active set stays in force until the new one is
 * activated; the old one is then kept, superseded, as the record of what applied when.
 */
export async function startRuleRevision(ctx: SchoolContext, input: VersionRef): Promise<{ ruleSetId: string; revision: number }> {
  const { policy, version } = await leaderVersion(ctx, input);
  await lockPolicy(ctx.tx, ctx.school.id, policy.id);
  const sets = await ruleSetsOfVersion(ctx.tx, ctx.school.id, version.id);
  if (sets.some((s) => s.status === 'draft')) throw new AppError('conflict', 'A new revision is already being prepared. Review it below.');
  const active = sets.find((s) => s.status === 'active');
  if (!active) throw new AppError('conflict', 'This version has no active rules to revise. Propose rules from the policy instead.');
  const set = await createRuleSet(ctx.tx, {
    schoolId: ctx.school.id,
    policyId: policy.id,
    versionId: version.id,
    origin: 'revision',
    createdBy: ctx.actor.personId,
  });
  const rules = await rulesOf(ctx.tx, ctx.school.id, [active.id]);
  await insertRules(
    ctx.tx,
    rules.map((r) => ({
      schoolId: ctx.school.id,
      ruleSetId: set.id,
      ruleId: r.ruleId,
      status: r.status,
      params: r.params,
      confidence: r.confidence,
      clauses: r.clauses,
      why: r.why,
      note: r.note,
      decidedBy: r.decidedBy,
      decidedAt: r.decidedAt,
    })),
  );
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.proposed',
    data: { ruleSetId: set.id, versionId: version.id, revision: set.revision, origin: 'revision', rules: rules.map((r) => r.ruleId).sort() },
  });
  return { ruleSetId: set.id, revision: set.revision };
}
