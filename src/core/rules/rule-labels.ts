// Plain-English names for the values a rule's parameters take: who (roles), when (weekdays),
// the steps of a ladder, and the parameters themselves. Shared by forms, pages and generation.
import { formatDate } from '../dates.ts';
import { PARENT_POST_STEPS, ruleById } from './catalogue.ts';

/** The people a policy names for a role parameter (approver, who to report to, who to tell). */
export const RULE_ROLES = {
  headteacher: 'Headteacher',
  'deputy-headteacher': 'Deputy Headteacher',
  slt: 'a member of the senior leadership team',
  dsl: 'Designated Safeguarding Lead',
  'deputy-dsl': 'Deputy Designated Safeguarding Lead',
  'social-media-manager': 'the member of staff who runs the school’s social media',
  'chair-of-governors': 'Chair of Governors',
  'governing-body': 'the governing body',
  'line-manager': 'their line manager',
} as const;
export type RuleRole = keyof typeof RULE_ROLES;

export const isRuleRole = (value: unknown): value is RuleRole => typeof value === 'string' && Object.hasOwn(RULE_ROLES, value);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdayLabel = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);

export type ParentPostStep = (typeof PARENT_POST_STEPS)[number];

/** Each step of the parent-post ladder, as a short label for forms. */
export const STEP_LABELS: Record<ParentPostStep, string> = {
  'report-to-platform': 'Report the post to the social media service',
  'request-removal': 'Ask the parent to remove it',
  'meeting-with-head': 'Meeting with the Headteacher',
  'written-warning': 'Written warning',
  'legal-advice': 'Take legal advice',
  police: 'Contact the police',
  'block-from-school-forums': 'Block from the school’s own forums',
};

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 12 → "every year", 24 → "every two years", 18 → "every 18 months". */
export function reviewPeriodLabel(months: number): string {
  if (months === 12) return 'every year';
  if (months % 12 === 0 && months / 12 < COUNT_WORDS.length) return `every ${COUNT_WORDS[months / 12]} years`;
  if (months === 1) return 'every month';
  return `every ${months} months`;
}

/** Names for parameters, by their key in the catalogue. */
const PARAM_LABELS: Record<string, string> = {
  age: 'Age',
  level: 'How firmly',
  months: 'Review period',
  nextReview: 'Next review date',
  approverRole: 'Who gives approval',
  declareTo: 'Who relationships are declared to',
  reportTo: 'Who it is reported to',
  day: 'Day of the week',
  frequency: 'How often',
  steps: 'Steps, in order',
  strict: 'Strict',
  personalAccounts: 'Pupil images on personal accounts',
  designatedOnly: 'Only the designated person publishes pupil images',
  approvedOn: 'Date of approval',
  approvedBy: 'Approved by',
};

export const paramLabel = (name: string) => PARAM_LABELS[name] ?? name;

/** "with-consent" → "With consent". */
export const valueLabel = (value: string) => {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A parameter's value as a person would say it, for summaries: "18 years", "Friday", "Headteacher". */
export function describeParam(ruleId: string, name: string, value: unknown): string {
  const spec = ruleById(ruleId)?.params[name];
  if (value === null || value === undefined || value === '') return 'Not stated';
  if (!spec) return String(value);
  switch (spec.type) {
    case 'number':
      return spec.unit ? `${value} ${spec.unit}` : String(value);
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'enum':
      return valueLabel(String(value));
    case 'role':
      return isRuleRole(value) ? RULE_ROLES[value].replace(/^(the|their|a) /, (w) => w.charAt(0).toUpperCase() + w.slice(1)) : String(value);
    case 'weekday':
      return weekdayLabel(String(value));
    case 'date':
      return formatDate(String(value));
    case 'steps':
      return Array.isArray(value) ? value.map((s) => STEP_LABELS[s as ParentPostStep] ?? String(s)).join(', then ') : String(value);
    default:
      return String(value);
  }
}
