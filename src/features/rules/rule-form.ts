// A rule's settings as form fields (GOV.UK components, no JavaScript), and the form read back.
// Inputs are named "p.<parameter>" inside each rule's own form; ids carry the rule id so every
// field on the review page is unique and the error summary can link to it.
import type { FieldProblem } from '../../core/errors.ts';
import { ruleById, type ParamSpec } from '../../core/rules/catalogue.ts';
import { paramLabel, RULE_ROLES, STEP_LABELS, valueLabel, weekdayLabel, WEEKDAYS, type ParentPostStep } from '../../core/rules/rule-labels.ts';

export interface FormField {
  type: 'number' | 'radios' | 'select' | 'date' | 'text' | 'steps';
  id: string;
  name: string;
  label: string;
  hint: string;
  value?: unknown;
  unit?: string;
  items?: Array<{ value: string; text: string; checked?: boolean; selected?: boolean; id?: string }>;
  steps?: Array<{ id: string; name: string; label: string; value: string }>;
  error?: { text: string };
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export const fieldId = (ruleId: string, param: string) => `${ruleId}-${param}`;

/** The id an error summary links to: a date's day box, the first step's box. */
export function problemHref(ruleId: string, field: string): string {
  const spec = ruleById(ruleId)?.params[field];
  if (spec?.type === 'date') return `#${fieldId(ruleId, field)}-day`;
  if (spec?.type === 'steps') return `#${fieldId(ruleId, field)}-${Object.keys(STEP_LABELS)[0]}`;
  if (spec) return `#${fieldId(ruleId, field)}`;
  return `#${ruleId}-${field}`;
}

function fieldFor(ruleId: string, name: string, spec: ParamSpec, value: unknown, error?: string): FormField {
  const base = { id: fieldId(ruleId, name), name: `p.${name}`, label: paramLabel(name), hint: spec.description, ...(error ? { error: { text: error } } : {}) };
  switch (spec.type) {
    case 'number':
      return { ...base, type: 'number', value: asText(value), ...(spec.unit ? { unit: spec.unit } : {}) };
    case 'boolean': {
      const v = value === true || value === 'yes' ? 'yes' : value === false || value === 'no' ? 'no' : '';
      return { ...base, type: 'radios', items: [{ value: 'yes', text: 'Yes', checked: v === 'yes' }, { value: 'no', text: 'No', checked: v === 'no' }] };
    }
    case 'enum':
      return { ...base, type: 'radios', items: spec.values.map((x) => ({ value: x, text: valueLabel(x), checked: value === x })) };
    case 'role':
      return { ...base, type: 'select', items: Object.entries(RULE_ROLES).map(([k, t]) => ({ value: k, text: t.charAt(0).toUpperCase() + t.slice(1), selected: value === k })) };
    case 'weekday':
      return {
        ...base,
        type: 'select',
        items: [{ value: '', text: 'Not stated', selected: !value }, ...WEEKDAYS.map((d) => ({ value: d, text: weekdayLabel(d), selected: value === d }))],
      };
    case 'date': {
      const boxes = value && typeof value === 'object' ? (value as Record<string, string>) : null;
      const [y = '', m = '', d = ''] = typeof value === 'string' ? value.split('-') : [];
      return { ...base, type: 'date', value: boxes ?? { day: d.replace(/^0/, ''), month: m.replace(/^0/, ''), year: y } };
    }
    case 'text':
      return { ...base, type: 'text', value: asText(value) };
    case 'steps': {
      const order = Array.isArray(value) ? (value as string[]) : [];
      const entered = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : null;
      return {
        ...base,
        type: 'steps',
        hint: 'Number the steps the policy gives, 1 for the first. Leave a step blank if the policy does not use it.',
        steps: (Object.keys(STEP_LABELS) as ParentPostStep[]).map((s) => ({
          id: `${base.id}-${s}`,
          name: `p.steps.${s}`,
          label: STEP_LABELS[s],
          value: entered ? (entered[s] ?? '') : order.includes(s) ? String(order.indexOf(s) + 1) : '',
        })),
      };
    }
  }
}

/** The rule's settings as fields: current values, or what was just entered with its problems. */
export function ruleFields(ruleId: string, params: Record<string, unknown>, entered?: Record<string, unknown>, problems: readonly FieldProblem[] = []): FormField[] {
  const def = ruleById(ruleId);
  if (!def) return [];
  return Object.entries(def.params).map(([name, spec]) => {
    const value = entered && Object.hasOwn(entered, name) ? entered[name] : params[name];
    return fieldFor(ruleId, name, spec, value, problems.find((p) => p.field === name)?.message);
  });
}

type Body = Record<string, unknown>;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const str = (v: unknown) => (typeof one(v) === 'string' ? (one(v) as string).slice(0, 1000) : '');

export interface RuleForm {
  /** For validateParams: strings, date boxes, and the steps as an ordered list. */
  params: Record<string, unknown>;
  /** As entered, to show again beside a problem (steps as their numbers). */
  entered: Record<string, unknown>;
  /** Problems the form itself shows (step numbers); the use case checks the values. */
  problems: FieldProblem[];
  note?: string;
}

/** Reads a rule's form. Step numbers that are not whole numbers are a problem on the steps field. */
export function readRuleForm(body: unknown): RuleForm {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  const params: Record<string, unknown> = {};
  const entered: Record<string, unknown> = {};
  const stepOrder: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const [key, raw] of Object.entries(b)) {
    if (!key.startsWith('p.')) continue;
    const rest = key.slice(2);
    if (/^(?:__proto__|constructor|prototype)\b/.test(rest)) continue;
    const date = /^(\w+)-(day|month|year)$/.exec(rest);
    if (rest.startsWith('steps.')) stepOrder[rest.slice(6)] = str(raw).trim();
    else if (date) {
      // Own properties only: a field named "p.__proto__-day" must not reach Object.prototype.
      const boxes = Object.hasOwn(params, date[1]!) ? (params[date[1]!] as Record<string, string>) : { day: '', month: '', year: '' };
      boxes[date[2]!] = str(raw);
      params[date[1]!] = boxes;
      entered[date[1]!] = boxes;
    } else if (/^\w+$/.test(rest)) {
      params[rest] = str(raw);
      entered[rest] = str(raw);
    }
  }
  if (Object.keys(stepOrder).length) {
    entered.steps = stepOrder;
    const chosen = Object.entries(stepOrder).filter(([, n]) => n !== '');
    if (chosen.some(([, n]) => !/^\d{1,2}$/.test(n))) {
      problems.push({ field: 'steps', message: 'Steps, in order: number each step you keep (1 for the first), or leave it blank' });
    }
    params.steps = chosen.sort(([, a], [, b2]) => Number(a) - Number(b2)).map(([s]) => s);
  }
  return { params, entered, problems, ...(typeof one(b.note) === 'string' ? { note: str(b.note) } : {}) };
}
