// Which clause of the school's policy backs a rule, and how severe a finding under it is.
// A rule the school's policy does not turn on is still reported, with the catalogue's default
// severity and no clause: the engine's job is to say what is wrong with the text; whether the
// school's policy covers it is shown by the clause being there or not.
import { ruleById, type Severity } from '../rules/catalogue.ts';
import type { ActiveRule, Finding } from './types.ts';

export interface RuleCitation {
  severity: Severity;
  clause?: { number: string; text: string };
}

export function resolveRule(ruleId: string, rules: readonly ActiveRule[]): RuleCitation {
  const active = rules.find((r) => r.id === ruleId);
  const severity = ruleById(ruleId)?.severity ?? 'warn';
  return active?.clause ? { severity, clause: active.clause } : { severity };
}

/** The first of several rules that the school's policy turns on, else the first. */
export function preferActive(ruleIds: readonly string[], rules: readonly ActiveRule[]): string {
  return ruleIds.find((id) => rules.some((r) => r.id === id)) ?? ruleIds[0]!;
}

/**
 * The clause a finding cites: the first of a rule's clauses that has a number. A title line
 * can back a rule too, but "(clause  of your policy)" tells the reader nothing.
 */
export function citedClause<C extends { number: string; text: string }>(clauses: readonly C[]): { number: string; text: string } | undefined {
  const c = clauses.find((x) => x.number.trim() !== '');
  return c ? { number: c.number, text: c.text } : undefined;
}

/** A reason sentence, with the clause that backs it when the school's policy has one. */
export function reasonCiting(reason: string, clause: RuleCitation['clause']): string {
  return clause ? `${reason} (clause ${clause.number} of your policy).` : `${reason}.`;
}

/**
 * The same finding under another rule: that rule's severity and clause, or no clause when the
 * policy has none for it. Never the old rule's clause, which backs a different rule.
 */
export function underRule(f: Finding, ruleId: string, rules: readonly ActiveRule[], reason: string): Finding {
  const { clause: _old, ...rest } = f;
  const cited = resolveRule(ruleId, rules);
  const moved: Finding = { ...rest, rule: ruleId, severity: cited.severity, reason: reasonCiting(reason, cited.clause) };
  if (cited.clause) moved.clause = cited.clause;
  return moved;
}
