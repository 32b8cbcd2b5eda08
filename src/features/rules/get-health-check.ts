import { londonToday } from '../../core/dates.ts';
import { healthCheck, type HealthFinding, type HealthRule } from '../../core/rules/health-check.ts';
import type { ImportPolicy } from '../../core/rules/proposal.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { clausesOf } from '../policies/policy-repository.ts';
import { leaderVersion, type VersionRef } from './rule-set-access.ts';
import { rulesOf, ruleSetsOfVersion, type RuleSetRow } from './rules-repository.ts';
import { importOfVersion } from './version-import-cache.ts';

export interface HealthCheckView {
  policy: Awaited<ReturnType<typeof leaderVersion>>['policy'];
  version: Awaited<ReturnType<typeof leaderVersion>>['version'];
  findings: HealthFinding[];
  /** Where the rules it compared against came from. */
  rulesFrom: { kind: 'rule-set'; set: RuleSetRow } | { kind: 'import' };
}

/**
 * The health of one version. The rules it checks against are the version's latest rule set (its
 * accepted and added rules, or its undecided proposals too while a draft), else what the importer
 * reads in the text now. The dates are Parapet's record first, then what the text states. The
 * importer runs once per version (the text never changes); the check itself runs on each view.
 */
export async function getHealthCheck(ctx: SchoolContext, input: VersionRef, importPolicy: ImportPolicy, today: string = londonToday()): Promise<HealthCheckView> {
  const { policy, version } = await leaderVersion(ctx, input);
  const clauses = await clausesOf(ctx.tx, version.id);
  const imported = importOfVersion(version.id, clauses, importPolicy);
  const sets = await ruleSetsOfVersion(ctx.tx, ctx.school.id, version.id);
  const set = sets.find((s) => s.status === 'draft') ?? sets.find((s) => s.status === 'active') ?? sets[0];
  let rules: HealthRule[];
  if (set) {
    const rows = await rulesOf(ctx.tx, ctx.school.id, [set.id]);
    rules = rows.filter((r) => r.status !== 'rejected').map((r) => ({ id: r.ruleId, params: r.params, clauses: r.clauses }));
  } else {
    rules = imported.rules.map((r) => ({ id: r.id, params: r.params, clauses: r.clauses }));
  }
  const m = imported.metadata;
  const findings = healthCheck(
    {
      approvedOn: version.approvedOn,
      reviewPeriodMonths: version.reviewPeriodMonths,
      nextReviewOn: version.nextReviewOn,
      audiences: policy.audiences,
      stated: { approvedOn: m.approvedOn, reviewPeriodMonths: m.reviewPeriodMonths, nextReview: m.nextReview },
    },
    clauses,
    rules,
    today,
  );
  return { policy, version, findings, rulesFrom: set ? { kind: 'rule-set', set } : { kind: 'import' } };
}
