// The parameters a leader submits for a rule, checked against the catalogue, with a note.
import { invalid } from '../../core/errors.ts';
import { validateParams } from '../../core/rules/validate-params.ts';
import type { RuleRow } from './rules-repository.ts';

export const MAX_NOTE = 500;

export interface RuleChange {
  /** As entered on the form; a parameter left out keeps its current value. */
  params?: Record<string, unknown>;
  note?: string;
}

/** The rule's parameters and note after the change; bad values are field problems, nothing is saved. */
export function applyChange(rule: RuleRow, change: RuleChange): { params: Record<string, unknown>; note: string | null } {
  const result = validateParams(rule.ruleId, change.params ?? {}, rule.params);
  const note = change.note === undefined ? rule.note : change.note.trim().replace(/\s+/g, ' ') || null;
  const problems = result.ok ? [] : [...result.problems];
  if (note && note.length > MAX_NOTE) problems.push({ field: 'note', message: `Your note must be ${MAX_NOTE} characters or fewer` });
  if (!result.ok || problems.length) throw invalid('Some settings of this rule need correcting.', problems);
  return { params: result.params, note };
}
