// The review page's view of a version's rule sets: each rule with its plain summary, confidence,
// reason, the clauses it cites, its settings as form fields, and the page's error summary.
import type { FieldProblem } from '../../core/errors.ts';
import { RULE_CATALOGUE, ruleById } from '../../core/rules/catalogue.ts';
import { describeParam, paramLabel } from '../../core/rules/rule-labels.ts';
import type { RuleReview } from './get-rule-review.ts';
import { problemHref, ruleFields } from './rule-form.ts';
import type { RuleRow, RuleSetRow } from './rules-repository.ts';

/** A form that came back with problems: which rule (or the add form), what was entered, what is wrong. */
export interface FailedForm {
  form: 'rule' | 'add' | 'activate' | 'set';
  ruleId?: string;
  entered?: Record<string, unknown>;
  problems: FieldProblem[];
}

const KIND_LABELS = { content: 'What may be posted', relationship: 'Contact with pupils and parents', permission: 'Permission', procedure: 'What to do', lifecycle: 'The policy itself' } as const;
const ORIGIN_LABELS = { import: 'Proposed from the policy', revision: 'Revised from the active rules', manual: 'Set up by hand' } as const;
const STATUS = {
  proposed: { text: 'To decide', classes: 'govuk-tag--yellow' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--green' },
  added: { text: 'Added by you', classes: 'govuk-tag--blue' },
  rejected: { text: 'Rejected', classes: 'govuk-tag--grey' },
} as const;
const order = new Map(RULE_CATALOGUE.map((r, i) => [r.id, i]));

function confidenceLabel(c: number | null): string | null {
  if (c === null) return null;
  const pct = Math.round(c * 100);
  return `${c >= 0.85 ? 'High' : c >= 0.65 ? 'Medium' : 'Low'} confidence (${pct}%)`;
}

/** Where a draft rule differs from the rules in force (from another version): "In force now: 16 years". */
function differenceFromInForce(rule: RuleRow, inForce?: Map<string, RuleRow>): string | null {
  if (!inForce) return null;
  const current = inForce.get(rule.ruleId);
  if (!current) return rule.status === 'rejected' ? null : 'Not in the rules in force now.';
  const def = ruleById(rule.ruleId);
  const changed = Object.keys(def?.params ?? {}).filter((n) => JSON.stringify(current.params[n]) !== JSON.stringify(rule.params[n]));
  if (!changed.length) return null;
  return `In force now: ${changed.map((n) => `${paramLabel(n).toLowerCase()} ${describeParam(rule.ruleId, n, current.params[n])}`).join('; ')}.`;
}

function presentRule(rule: RuleRow, failed?: FailedForm, inForce?: Map<string, RuleRow>) {
  const def = ruleById(rule.ruleId);
  const mine = failed?.form === 'rule' && failed.ruleId === rule.ruleId ? failed : undefined;
  return {
    ruleId: rule.ruleId,
    summary: def?.summary ?? rule.ruleId,
    kind: def ? KIND_LABELS[def.kind] : '',
    status: rule.status,
    tag: STATUS[rule.status],
    confidence: confidenceLabel(rule.confidence),
    why: rule.why,
    inForce: differenceFromInForce(rule, inForce),
    clauses: rule.clauses,
    note: mine?.entered && 'note' in mine.entered ? mine.entered.note : (rule.note ?? ''),
    noteError: mine?.problems.find((p) => p.field === 'note')?.message,
    ruleError: mine?.problems.find((p) => p.field === 'rule')?.message,
    fields: ruleFields(rule.ruleId, rule.params, mine?.entered, mine?.problems),
    settings: Object.keys(def?.params ?? {}).map((name) => ({ label: paramLabel(name), value: describeParam(rule.ruleId, name, rule.params[name]) })),
  };
}
export type RuleView = ReturnType<typeof presentRule>;

const sortRules = (rules: RuleRow[]) => [...rules].sort((a, b) => (order.get(a.ruleId) ?? 999) - (order.get(b.ruleId) ?? 999));

function presentSet(set: RuleSetRow, rules: RuleRow[], failed?: FailedForm, inForce?: Map<string, RuleRow>) {
  const views = sortRules(rules).map((r) => presentRule(r, failed, inForce));
  return {
    id: set.id,
    revision: set.revision,
    status: set.status,
    origin: ORIGIN_LABELS[set.origin],
    activatedAt: set.activatedAt,
    toDecide: views.filter((r) => r.status === 'proposed'),
    kept: views.filter((r) => r.status === 'accepted' || r.status === 'added'),
    rejected: views.filter((r) => r.status === 'rejected'),
  };
}

/** Each numbered clause with the rules that cite it, so a leader can spot one no rule covers. */
function clauseByClause(review: RuleReview, rules: RuleRow[]) {
  const citing = new Map<string, Array<{ ruleId: string; summary: string; status: RuleRow['status'] }>>();
  for (const r of sortRules(rules)) {
    if (r.status === 'rejected') continue;
    for (const c of r.clauses) {
      const list = citing.get(c.number) ?? [];
      list.push({ ruleId: r.ruleId, summary: ruleById(r.ruleId)?.summary ?? r.ruleId, status: r.status });
      citing.set(c.number, list);
    }
  }
  return review.clauses.filter((c) => c.number && !c.isHeading).map((c) => ({ number: c.number, text: c.text, rules: citing.get(c.number) ?? [] }));
}

function inForceElsewhere(review: RuleReview): Map<string, RuleRow> | undefined {
  const set = review.activeElsewhere;
  if (!set) return undefined;
  const kept = (review.rulesBySet.get(set.id) ?? []).filter((r) => r.status === 'accepted' || r.status === 'added');
  return new Map(kept.map((r) => [r.ruleId, r]));
}

export function presentReview(review: RuleReview, failed?: FailedForm) {
  const { draft, active } = review;
  const draftRules = draft ? (review.rulesBySet.get(draft.id) ?? []) : [];
  const taken = new Set(draftRules.filter((r) => r.status === 'accepted' || r.status === 'added').map((r) => r.ruleId));
  const errors = (failed?.problems ?? []).map((p) => ({
    text: p.message,
    href:
      failed?.form === 'rule' && failed.ruleId
        ? problemHref(failed.ruleId, p.field)
        : failed?.form === 'add'
          ? `#add-${p.field}`
          : // Without a draft there is no activate button: the message shows at the top instead.
            `#${failed?.form === 'activate' && draft ? 'activate' : 'rule-set'}`,
  }));
  const addFailed = failed?.form === 'add' ? failed : undefined;
  return {
    draft: draft ? presentSet(draft, draftRules, failed, inForceElsewhere(review)) : null,
    active: active ? presentSet(active, review.rulesBySet.get(active.id) ?? []) : null,
    activeElsewhere: review.activeElsewhere,
    history: review.sets.map((s) => ({ revision: s.revision, status: s.status, origin: ORIGIN_LABELS[s.origin], createdAt: s.createdAt, activatedAt: s.activatedAt, supersededAt: s.supersededAt })),
    addItems: [
      { value: '', text: 'Choose a rule' },
      ...RULE_CATALOGUE.filter((r) => !taken.has(r.id)).map((r) => ({ value: r.id, text: r.summary, selected: addFailed?.entered?.rule === r.id })),
    ],
    addValues: { clauses: typeof addFailed?.entered?.clauses === 'string' ? addFailed.entered.clauses : '' },
    addErrors: Object.fromEntries((addFailed?.problems ?? []).map((p) => [p.field, { text: p.message }])),
    formError: failed && (failed.form === 'activate' || failed.form === 'set') ? failed.problems[0]?.message : undefined,
    errors,
    numberedClauses: review.clauses.filter((c) => c.number && !c.isHeading).length,
    byClause: clauseByClause(review, draftRules.length ? draftRules : active ? (review.rulesBySet.get(active.id) ?? []) : []),
  };
}
