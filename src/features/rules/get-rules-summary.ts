import type { ImportPolicy } from '../../core/rules/proposal.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { getHealthCheck } from './get-health-check.ts';
import { rulesOf, ruleSetsOfVersion } from './rules-repository.ts';
import type { VersionRef } from './rule-set-access.ts';

export interface RulesSummary {
  health: { total: number; high: number };
  /** The version's newest rule set, if any. */
  ruleSet: { status: 'draft' | 'active' | 'superseded'; revision: number; kept: number; undecided: number } | null;
}

/** For the policy version page: how many health findings, and where its rules stand. */
export async function getRulesSummary(ctx: SchoolContext, input: VersionRef, importPolicy: ImportPolicy): Promise<RulesSummary> {
  const health = await getHealthCheck(ctx, input, importPolicy);
  const [latest] = await ruleSetsOfVersion(ctx.tx, ctx.school.id, input.versionId);
  const rules = latest ? await rulesOf(ctx.tx, ctx.school.id, [latest.id]) : [];
  return {
    health: { total: health.findings.length, high: health.findings.filter((f) => f.severity === 'high').length },
    ruleSet: latest
      ? {
          status: latest.status,
          revision: latest.revision,
          kept: rules.filter((r) => r.status === 'accepted' || r.status === 'added').length,
          undecided: rules.filter((r) => r.status === 'proposed').length,
        }
      : null,
  };
}
