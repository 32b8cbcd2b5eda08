import type { SchoolContext } from '../../platform/context.ts';
import { clausesOf, type ClauseRow } from '../policies/policy-repository.ts';
import { leaderVersion, type VersionRef } from './rule-set-access.ts';
import { activeSetOfPolicy, rulesOf, ruleSetsOfVersion, type RuleRow, type RuleSetRow } from './rules-repository.ts';

export interface RuleReview {
  policy: Awaited<ReturnType<typeof leaderVersion>>['policy'];
  version: Awaited<ReturnType<typeof leaderVersion>>['version'];
  clauses: ClauseRow[];
  /** Every revision of this version's rules, newest first. */
  sets: RuleSetRow[];
  draft: RuleSetRow | null;
  active: RuleSetRow | null;
  /** The policy's active set when it belongs to another version (e.g. the one before this). */
  activeElsewhere: RuleSetRow | null;
  rulesBySet: Map<string, RuleRow[]>;
}

/** For leaders: a version's rule sets (draft, active and earlier revisions) with their rules and the clauses. */
export async function getRuleReview(ctx: SchoolContext, input: VersionRef): Promise<RuleReview> {
  const { policy, version } = await leaderVersion(ctx, input);
  const [clauses, sets, policyActive] = [
    await clausesOf(ctx.tx, version.id),
    await ruleSetsOfVersion(ctx.tx, ctx.school.id, version.id),
    await activeSetOfPolicy(ctx.tx, ctx.school.id, policy.id),
  ];
  const draft = sets.find((s) => s.status === 'draft') ?? null;
  const active = sets.find((s) => s.status === 'active') ?? null;
  const elsewhere = policyActive && policyActive.versionId !== version.id ? policyActive : null;
  // The rules in force from another version too, so the page can say where a proposal differs.
  const shown = [draft, active, elsewhere].filter((s): s is RuleSetRow => s !== null);
  const rules = await rulesOf(ctx.tx, ctx.school.id, shown.map((s) => s.id));
  const rulesBySet = new Map<string, RuleRow[]>(shown.map((s) => [s.id, rules.filter((r) => r.ruleSetId === s.id)]));
  return {
    policy,
    version,
    clauses,
    sets,
    draft,
    active,
    activeElsewhere: elsewhere,
    rulesBySet,
  };
}
