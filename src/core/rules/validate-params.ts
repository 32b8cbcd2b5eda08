// Checks a rule's parameters against the catalogue's ParamSpec, as a person would enter them on
// a form (strings) or as the importer states them (typed values). Every problem names the field
// and says what to enter instead.
import { isIsoDate } from '../dates.ts';
import type { FieldProblem } from '../errors.ts';
import { PARENT_POST_STEPS, ruleById, type ParamSpec } from './catalogue.ts';
import { isRuleRole, paramLabel, RULE_ROLES, STEP_LABELS, valueLabel, WEEKDAYS } from './rule-labels.ts';

export const MAX_PARAM_TEXT = 200;

/** A date as entered in three boxes. */
export interface DateBoxes {
  day: string;
  month: string;
  year: string;
}

type Parsed = { value: unknown } | { problem: string };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function parseNumber(spec: Extract<ParamSpec, { type: 'number' }>, label: string, raw: unknown): Parsed {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const min = spec.min ?? 0;
  const max = spec.max ?? 999;
  const range = `between ${min} and ${max}${spec.unit ? ` ${spec.unit}` : ''}`;
  if (!/^\d{1,4}$/.test(text)) return { problem: `${label} must be a whole number ${range}` };
  const n = Number(text);
  if (n < min || n > max) return { problem: `${label} must be ${range}` };
  return { value: n };
}

function parseBoolean(label: string, raw: unknown): Parsed {
  if (typeof raw === 'boolean') return { value: raw };
  const t = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (['yes', 'true', 'on'].includes(t)) return { value: true };
  if (['no', 'false', 'off'].includes(t)) return { value: false };
  return { problem: `Choose yes or no for ${label.toLowerCase()}` };
}

function parseDate(label: string, raw: unknown): Parsed {
  if (typeof raw === 'string') return isIsoDate(raw.trim()) ? { value: raw.trim() } : { problem: `${label} must be a real date` };
  if (raw && typeof raw === 'object') {
    const { day = '', month = '', year = '' } = raw as Partial<DateBoxes>;
    const parts = [day, month, year].map((p) => (typeof p === 'string' ? p.trim() : ''));
    if (parts.every((p) => p === '')) return { value: null };
    const [d, m, y] = parts as [string, string, string];
    if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { problem: `${label} must be a real date, like 23 3 2023` };
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isIsoDate(iso) ? { value: iso } : { problem: `${label} must be a real date` };
  }
  return { problem: `${label} must be a real date` };
}

function parseSteps(label: string, raw: unknown): Parsed {
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : null;
  if (!list) return { problem: `${label}: choose at least one step` };
  const steps = list.map((s) => (typeof s === 'string' ? s.trim() : '')).filter(Boolean);
  if (steps.length === 0) return { problem: `${label}: choose at least one step` };
  const unknown = steps.find((s) => !(PARENT_POST_STEPS as readonly string[]).includes(s));
  if (unknown !== undefined) return { problem: `${label}: "${unknown.slice(0, 40)}" is not a step. Choose from: ${Object.values(STEP_LABELS).join('; ')}` };
  if (new Set(steps).size !== steps.length) return { problem: `${label}: each step can appear only once` };
  return { value: steps };
}

/** Reads one parameter's raw value; blank means "not stated" where the catalogue allows none. */
export function parseParam(spec: ParamSpec, name: string, raw: unknown): Parsed {
  const label = paramLabel(name);
  const nullable = spec.default === null;
  if (blank(raw) && spec.type !== 'steps' && spec.type !== 'date') {
    return nullable ? { value: null } : { problem: `Enter ${label.toLowerCase()}` };
  }
  switch (spec.type) {
    case 'number':
      return parseNumber(spec, label, raw);
    case 'boolean':
      return parseBoolean(label, raw);
    case 'enum': {
      const v = typeof raw === 'string' ? raw.trim() : raw;
      return typeof v === 'string' && spec.values.includes(v)
        ? { value: v }
        : { problem: `${label} must be one of: ${spec.values.map(valueLabel).join(', ')}` };
    }
    case 'role': {
      const v = typeof raw === 'string' ? raw.trim() : raw;
      return isRuleRole(v) ? { value: v } : { problem: `${label} must be one of the roles listed (for example ${RULE_ROLES.headteacher})` };
    }
    case 'weekday': {
      const v = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      return (WEEKDAYS as readonly string[]).includes(v) ? { value: v } : { problem: `${label} must be a day of the week, like Friday` };
    }
    case 'date':
      return blank(raw) ? { value: null } : parseDate(label, raw);
    case 'text': {
      if (typeof raw !== 'string') return { problem: `${label} must be text` };
      const t = raw.trim().replace(/\s+/g, ' ');
      return t.length > MAX_PARAM_TEXT ? { problem: `${label} must be ${MAX_PARAM_TEXT} characters or fewer` } : { value: t };
    }
    case 'steps':
      return parseSteps(label, raw);
  }
}

export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; problems: FieldProblem[] };

/**
 * Validates `raw` against rule `ruleId`'s parameters. A parameter missing from `raw` keeps its
 * value in `base` (the rule's current parameters), else the catalogue default; a name the rule
 * does not have is a problem. Problems use the parameter's name as their field.
 */
export function validateParams(ruleId: string, raw: Record<string, unknown>, base: Record<string, unknown> = {}): ParamsResult {
  const def = ruleById(ruleId);
  if (!def) return { ok: false, problems: [{ field: 'rule', message: `"${ruleId.slice(0, 60)}" is not a rule in Parapet’s catalogue` }] };
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(raw)) {
    if (!Object.hasOwn(def.params, name)) problems.push({ field: name, message: `"${name.slice(0, 40)}" is not a setting of this rule` });
  }
  const params: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(def.params)) {
    if (!Object.hasOwn(raw, name)) {
      params[name] = Object.hasOwn(base, name) ? base[name] : spec.default;
      continue;
    }
    const parsed = parseParam(spec, name, raw[name]);
    if ('problem' in parsed) problems.push({ field: name, message: parsed.problem });
    else params[name] = parsed.value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, params };
}

/** The catalogue defaults with the stated parameters laid over them (the importer gives only those stated). */
export function withDefaults(ruleId: string, stated: Record<string, unknown>): Record<string, unknown> {
  const def = ruleById(ruleId);
  if (!def) return { ...stated };
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(def.params)) out[name] = Object.hasOwn(stated, name) ? stated[name] : spec.default;
  return out;
}
