import { AppError } from '../../core/errors.ts';
import type { ImportPolicy } from '../../core/rules/proposal.ts';
import { withDefaults } from '../../core/rules/validate-params.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { clausesOf, lockPolicy } from '../policies/policy-repository.ts';
import { leaderVersion, type VersionRef } from './rule-set-access.ts';
import { createRuleSet, insertRules, ruleSetsOfVersion } from './rules-repository.ts';

export interface ProposedRuleSet {
  ruleSetId: string;
  revision: number;
  rules: number;
  /** The importer's notes for the person, e.g. that few rules were found. */
  warnings: string[];
}

/**
 * Reads the version's stored clauses with the importer and saves what it proposes as a draft rule
 * set: each rule with its confidence, clauses, reason and every parameter (defaults filled in).
 * Nothing applies until a leader has decided each proposal and activated the set.
 */
export async function proposeRuleSet(ctx: SchoolContext, input: VersionRef, importPolicy: ImportPolicy): Promise<ProposedRuleSet> {
  const { policy, version } = await leaderVersion(ctx, input);
  await lockPolicy(ctx.tx, ctx.school.id, policy.id);
  if (version.status === 'superseded') {
    throw new AppError('conflict', `Version ${version.versionNumber} has been replaced by a newer version. Propose rules from the newer version instead.`);
  }
  const sets = await ruleSetsOfVersion(ctx.tx, ctx.school.id, version.id);
  if (sets.some((s) => s.status === 'draft')) throw new AppError('conflict', 'This version already has a draft rule set. Review it below.');
  if (sets.some((s) => s.status === 'active')) {
    throw new AppError('conflict', 'This version already has active rules. Start a new revision of them to make changes.');
  }
  const result = importPolicy(await clausesOf(ctx.tx, version.id));
  const set = await createRuleSet(ctx.tx, {
    schoolId: ctx.school.id,
    policyId: policy.id,
    versionId: version.id,
    origin: 'import',
    createdBy: ctx.actor.personId,
  });
  await insertRules(
    ctx.tx,
    result.rules.map((r) => ({
      schoolId: ctx.school.id,
      ruleSetId: set.id,
      ruleId: r.id,
      status: 'proposed' as const,
      params: withDefaults(r.id, r.params),
      confidence: r.confidence,
      clauses: r.clauses.map((c) => ({ number: c.number, text: c.text })),
      why: r.why,
    })),
  );
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.proposed',
    data: { ruleSetId: set.id, versionId: version.id, revision: set.revision, origin: 'import', rules: result.rules.map((r) => r.id) },
  });
  return { ruleSetId: set.id, revision: set.revision, rules: result.rules.length, warnings: result.warnings };
}
