// `parapet check --policy FILE`: the school's own policy, read with the importer, supplies the
// active rules, so findings cite its clauses as they do once a Head has accepted the proposals.
import type { ActiveRule } from '../core/checks/types.ts';
import { RULE_CATALOGUE } from '../core/rules/catalogue.ts';
import { importPolicy } from '../core/rules/import-policy.ts';
import { saysNotAPolicy } from '../core/rules/import/warnings.ts';
import type { ImportResult } from '../core/rules/proposal.ts';
import { withDefaults } from '../core/rules/validate-params.ts';
import { readPolicyFile } from './read-policy-file.ts';
import { citedClause } from '../core/checks/rule-citation.ts';

export type PolicyRulesResult = { ok: true; rules: ActiveRule[]; notes: string[] } | { ok: false; message: string };

const catalogueOrder = new Map(RULE_CATALOGUE.map((r, i) => [r.id, i]));

/**
 * The importer's proposals as the engine's active rules: every parameter (defaults filled in, as
 * a proposal is saved) and the first backing clause, in catalogue order, as getActiveRules gives them.
 */
export function activeRulesOf(result: ImportResult): ActiveRule[] {
  return result.rules
    .map((r): ActiveRule => {
      const clause = citedClause(r.clauses);
      return { id: r.id, params: withDefaults(r.id, r.params), ...(clause ? { clause } : {}) };
    })
    .sort((a, b) => (catalogueOrder.get(a.id) ?? 999) - (catalogueOrder.get(b.id) ?? 999));
}

/** Reads and imports the policy; refuses a file that cannot be read or is not a social media policy. */
export async function loadPolicyRules(file: string): Promise<PolicyRulesResult> {
  const read = await readPolicyFile(file);
  if (!read.ok) return { ok: false, message: `The policy could not be read. ${read.message}` };
  const result = importPolicy(read.text);
  const notAPolicy = result.warnings.find(saysNotAPolicy);
  if (notAPolicy) {
    return { ok: false, message: `${file} does not look like a social media policy, so nothing was checked. ${notAPolicy} Run "parapet policy import ${file}" to see what was found.` };
  }
  return { ok: true, rules: activeRulesOf(result), notes: [...read.notes, ...result.warnings.map((w) => `Warning: ${w}`)] };
}
