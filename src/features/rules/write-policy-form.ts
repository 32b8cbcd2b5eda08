// The "Write a policy with Parapet" form: read back from the browser into what generatePolicy
// takes, with a problem per field; and laid out for the page, rules grouped by kind with their
// settings. One form holds every rule, so each setting is named "r.<rule id>.p.<parameter>".
import type { FieldProblem } from '../../core/errors.ts';
import { isAudience } from '../../core/policy/audiences.ts';
import { RULE_CATALOGUE, RULE_KINDS, type RuleKind } from '../../core/rules/catalogue.ts';
import { ALWAYS_INCLUDED, RECOMMENDED_RULES, type ChosenRule, type GenerateInput } from '../../core/rules/generate-policy.ts';
import { HEAD_TITLES, type HeadTitle } from '../../core/rules/policy-clauses.ts';
import { validateParams } from '../../core/rules/validate-params.ts';
import { problemHref, readRuleForm, ruleFields, type FormField } from './rule-form.ts';

export const DEFAULT_AUDIENCES = ['staff', 'volunteers', 'governors', 'contractors'];
const MAX_NAME = 100;
const MAX_TITLE = 200;
const always = new Set<string>(ALWAYS_INCLUDED);

type Body = Record<string, unknown>;
const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
const one = (v: unknown) => (list(v)[0] ?? '').slice(0, 1000);

/** What the person chose, as entered, to show the form again. */
export interface WriteValues {
  title: string;
  headTitle: string;
  dslName: string;
  audiences: string[];
  rules: string[];
  /** Per rule: its settings as entered (strings, date boxes, step numbers). */
  entered: Record<string, Record<string, unknown>>;
}

export interface ReadWriteForm {
  values: WriteValues;
  /** Present when nothing needs correcting. */
  input?: Omit<GenerateInput, 'schoolName' | 'issuedOn'>;
  audiences: string[];
  /** For the error summary: each problem's field is the id of the input it links to. */
  problems: FieldProblem[];
  /** Per rule, its problems by parameter name, to show beside each setting. */
  ruleProblems: Record<string, FieldProblem[]>;
}

/** The body's fields for one rule: "r.<id>.p.age" → "p.age". */
function ruleBody(body: Body, ruleId: string): Body {
  const prefix = `r.${ruleId}.`;
  return Object.fromEntries(Object.entries(body).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}

export function readWriteForm(body: unknown, forNewPolicy: boolean, today: string): ReadWriteForm {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  const problems: FieldProblem[] = [];
  const title = one(b.title).trim();
  const headTitle = one(b.headTitle);
  const dslName = one(b.dslName).trim().replace(/\s+/g, ' ');
  const audiences = list(b.audiences);
  const chosen = [...new Set(list(b.rules))];

  if (forNewPolicy) {
    if (!title) problems.push({ field: 'title', message: 'Enter the policy’s title, like "Social media policy"' });
    else if (title.length > MAX_TITLE) problems.push({ field: 'title', message: `The title must be ${MAX_TITLE} characters or fewer` });
    if (audiences.length === 0) problems.push({ field: 'audiences', message: 'Choose who the policy is for' });
    else if (!audiences.every(isAudience)) problems.push({ field: 'audiences', message: 'Choose who the policy is for from the list' });
  }
  if (!(HEAD_TITLES as readonly string[]).includes(headTitle)) problems.push({ field: 'headTitle', message: 'Choose what your school calls its head' });
  if (dslName.length > MAX_NAME) problems.push({ field: 'dslName', message: `The Designated Safeguarding Lead’s name must be ${MAX_NAME} characters or fewer` });
  const unknown = chosen.find((id) => !RULE_CATALOGUE.some((r) => r.id === id));
  if (unknown !== undefined) problems.push({ field: 'rules', message: 'Choose rules from the list' });
  else if (!chosen.some((id) => !always.has(id))) problems.push({ field: 'rules', message: 'Choose at least one rule for the policy to state' });

  const entered: WriteValues['entered'] = {};
  const byRule: Record<string, FieldProblem[]> = {};
  const rules: ChosenRule[] = [];
  // Settings of unticked rules are kept as entered, so ticking one again does not lose them.
  for (const def of RULE_CATALOGUE) {
    const body = ruleBody(b, def.id);
    if (Object.keys(body).length) entered[def.id] = readRuleForm(body).entered;
  }
  for (const id of [...chosen.filter((id) => !always.has(id)), ...ALWAYS_INCLUDED]) {
    const def = RULE_CATALOGUE.find((r) => r.id === id);
    if (!def) continue;
    const form = readRuleForm(ruleBody(b, id));
    entered[id] = form.entered;
    const checked = validateParams(id, form.params);
    const ruleProblems = [...form.problems, ...(checked.ok ? [] : checked.problems)];
    const approvedOn = checked.ok && id === 'governor-approval' ? checked.params.approvedOn : null;
    if (typeof approvedOn === 'string' && approvedOn > today) {
      ruleProblems.push({ field: 'approvedOn', message: 'Date of approval must be today or in the past. Leave it blank if the governors have not approved the policy yet' });
    }
    if (ruleProblems.length) byRule[id] = ruleProblems;
    // Each problem is named by the field's id on the page, so the error summary links to it.
    problems.push(...ruleProblems.map((p) => ({ field: problemHref(id, p.field).slice(1), message: `${def.summary.replace(/\.$/, '')}: ${p.message}` })));
    if (checked.ok && ruleProblems.length === 0) rules.push({ id, params: checked.params });
  }
  const values: WriteValues = { title, headTitle, dslName, audiences, rules: chosen, entered };
  if (problems.length) return { values, audiences, problems, ruleProblems: byRule };
  return { values, audiences, problems, ruleProblems: byRule, input: { title, headTitle: headTitle as HeadTitle, dslName: dslName || null, rules } };
}

/** A fresh form: the rules most schools' policies state, ticked, with their usual settings. */
export function startingValues(title: string, current?: ReadonlyArray<{ id: string; params: Record<string, unknown> }>): WriteValues {
  return {
    title,
    headTitle: 'Headteacher',
    dslName: '',
    audiences: DEFAULT_AUDIENCES,
    rules: current ? current.map((r) => r.id) : [...RECOMMENDED_RULES],
    entered: Object.fromEntries((current ?? []).map((r) => [r.id, r.params])),
  };
}

const KIND_HEADINGS: Record<RuleKind, string> = {
  content: 'What may be posted',
  relationship: 'Contact with pupils and parents',
  permission: 'Permissions',
  procedure: 'Procedures',
  lifecycle: 'Training and sign-off',
};

/** A field renamed into its rule's part of the one form. */
const inRule = (ruleId: string, f: FormField): FormField => ({
  ...f,
  name: `r.${ruleId}.${f.name}`,
  ...(f.steps ? { steps: f.steps.map((s) => ({ ...s, name: `r.${ruleId}.${s.name}` })) } : {}),
});

function fieldsOf(ruleId: string, values: WriteValues, problems: Record<string, FieldProblem[]>): FormField[] {
  const own = problems[ruleId] ?? [];
  const entered = values.entered[ruleId];
  const params = Object.fromEntries(Object.entries(RULE_CATALOGUE.find((r) => r.id === ruleId)!.params).map(([k, s]) => [k, s.default]));
  return ruleFields(ruleId, params, entered, own).map((f) => inRule(ruleId, f));
}

/** The rules as the page shows them: grouped by kind, each with its settings. */
export function presentWriteForm(values: WriteValues, problems: Record<string, FieldProblem[]> = {}) {
  const groups = RULE_KINDS.map((kind) => ({
    kind,
    heading: KIND_HEADINGS[kind],
    rules: RULE_CATALOGUE.filter((r) => r.kind === kind && !always.has(r.id)).map((r) => ({
      id: r.id,
      summary: r.summary,
      checked: values.rules.includes(r.id),
      fields: fieldsOf(r.id, values, problems),
    })),
  })).filter((g) => g.rules.length);
  const lifecycle = ALWAYS_INCLUDED.flatMap((id) => fieldsOf(id, values, problems));
  return { groups, lifecycle, headTitles: HEAD_TITLES };
}

/** Every field of a submitted form, to carry through the preview page as hidden inputs. */
export function hiddenFields(body: unknown): Array<{ name: string; value: string }> {
  const b = (body && typeof body === 'object' ? body : {}) as Body;
  return Object.entries(b)
    .filter(([k]) => k !== '_csrf' && k !== 'action')
    .flatMap(([name, v]) => list(v).map((value) => ({ name, value: value.slice(0, 1000) })));
}
