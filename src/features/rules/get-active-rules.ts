import type { ActiveRule } from '../../core/checks/types.ts';
import { RULE_CATALOGUE } from '../../core/rules/catalogue.ts';
import type { RuleClauseRef } from './schema.ts';
import type { Tx } from '../../platform/db/client.ts';
import { activeRulesOfSchool } from './rules-repository.ts';
import { citedClause } from '../../core/checks/rule-citation.ts';

export interface ActiveRuleWithClauses extends ActiveRule {
  /** Every clause that backs the rule; `clause` is the first. */
  clauses: RuleClauseRef[];
  policyId: string;
}

const catalogueOrder = new Map(RULE_CATALOGUE.map((r, i) => [r.id, i]));

/**
 * The rules the school's active rule sets turn on, in catalogue order, for the check engine and
 * workflows. Any role may read them (they run checks for everyone). When two policies both turn a
 * rule on, the older policy's wording and parameters are used.
 */
export async function getActiveRules(ctx: { tx: Tx; school: { id: string } }): Promise<ActiveRuleWithClauses[]> {
  const rows = await activeRulesOfSchool(ctx.tx, ctx.school.id);
  const seen = new Map<string, ActiveRuleWithClauses>();
  for (const r of rows) {
    if (seen.has(r.ruleId)) continue;
    const clause = citedClause(r.clauses);
    seen.set(r.ruleId, { id: r.ruleId, params: r.params, clauses: r.clauses, policyId: r.policyId, ...(clause ? { clause } : {}) });
  }
  return [...seen.values()].sort((a, b) => (catalogueOrder.get(a.id) ?? 999) - (catalogueOrder.get(b.id) ?? 999));
}
