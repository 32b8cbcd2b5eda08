import { invalid, type FieldProblem } from '../../core/errors.ts';
import { ruleById } from '../../core/rules/catalogue.ts';
import { validateParams } from '../../core/rules/validate-params.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { clausesOf } from '../policies/policy-repository.ts';
import { openDraft, type VersionRef } from './rule-set-access.ts';
import { insertRules, updateRule } from './rules-repository.ts';

export interface AddRuleInput extends VersionRef {
  ruleId: string;
  /** As typed: "4.2", "4.2, 5.1" or "4.2 and 5". */
  clauses: string;
  params?: Record<string, unknown>;
}

/** "4.2, 5.1 and 6" → ["4.2", "5.1", "6"]; a trailing full stop ("4.") is dropped. */
export function parseClauseNumbers(text: string): string[] {
  const parts = text.split(/\s*(?:,|;|\band\b|&|\s)\s*/i).map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
  return [...new Set(parts)];
}

/**
 * Adds a catalogue rule the import missed, backed by clauses of this version the leader points
 * at. A rule already in the list as a proposal (or rejected) becomes an added rule with these clauses.
 */
export async function addRule(ctx: SchoolContext, input: AddRuleInput): Promise<void> {
  const open = await openDraft(ctx, input);
  const problems: FieldProblem[] = [];
  const def = ruleById(input.ruleId);
  if (!def) problems.push({ field: 'rule', message: 'Choose the rule to add' });
  const numbers = parseClauseNumbers(input.clauses);
  const clauses = (await clausesOf(ctx.tx, open.version.id)).filter((c) => c.number);
  const byNumber = new Map(clauses.map((c) => [c.number, c]));
  const unknown = numbers.filter((n) => !byNumber.has(n));
  if (numbers.length === 0) problems.push({ field: 'clauses', message: 'Enter the number of the clause that states this rule, for example 4.2' });
  else if (unknown.length) {
    problems.push({
      field: 'clauses',
      message: `This version has no clause ${unknown.slice(0, 3).map((n) => n.slice(0, 12)).join(', ')}. Enter clause numbers as the policy shows them, for example 4.2`,
    });
  }
  const existing = open.rules.find((r) => r.ruleId === input.ruleId);
  if (def && existing && (existing.status === 'accepted' || existing.status === 'added')) {
    problems.push({ field: 'rule', message: `“${def.summary}” is already accepted. Change its clauses by rejecting it and adding it again.` });
  }
  const checked = def ? validateParams(def.id, input.params ?? {}) : null;
  if (checked && !checked.ok) problems.push(...checked.problems);
  if (problems.length || !def || !checked?.ok) throw invalid('The rule could not be added.', problems);

  const cited = numbers.map((n) => ({ number: n, text: byNumber.get(n)!.text }));
  const values = { status: 'added' as const, params: checked.params, clauses: cited, decidedBy: ctx.actor.personId, decidedAt: new Date() };
  if (existing) await updateRule(ctx.tx, ctx.school.id, existing.id, values);
  else await insertRules(ctx.tx, [{ schoolId: ctx.school.id, ruleSetId: open.draft.id, ruleId: def.id, confidence: null, why: null, ...values }]);
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.added',
    data: { ruleSetId: open.draft.id, ruleId: def.id, clauses: numbers, params: checked.params },
  });
}
