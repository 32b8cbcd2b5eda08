// Writes a complete social media policy for a school from the rules it chooses and their
// parameters: numbered sections and clauses, approval and review, and a sign-off sheet. Pure: the
// renderers (HTML, PDF, Word) and the upload of the result as a policy version build on this.
import { addMonths, formatDate } from '../dates.ts';
import { STATEMENTS } from '../policy/acknowledgement.ts';
import { RULE_CATALOGUE, ruleById } from './catalogue.ts';
import { RULE_CLAUSES, reviewInterval, type HeadTitle, type WritingContext } from './policy-clauses.ts';
import { withDefaults } from './validate-params.ts';

export interface ChosenRule {
  id: string;
  params?: Record<string, unknown>;
}

export interface GenerateInput {
  schoolName: string;
  /** Defaults to "Social Media Policy". */
  title?: string;
  headTitle: HeadTitle;
  /** The Designated Safeguarding Lead's name, when the school wants it in the policy. */
  dslName?: string | null;
  rules: readonly ChosenRule[];
  /** The date the document is produced, YYYY-MM-DD. */
  issuedOn: string;
}

export interface DocClause {
  number: string;
  text: string;
  /** The catalogue rules this clause states ([] for framing text). */
  ruleIds: string[];
}

export interface DocSection {
  number: string;
  heading: string;
  clauses: DocClause[];
}

export interface PolicyDocument {
  title: string;
  schoolName: string;
  /** The cover's facts: approval, review period, next review, date issued. */
  details: Array<{ label: string; value: string }>;
  sections: DocSection[];
  signOff: { heading: string; intro: string; statement: string; fields: string[]; rows: number };
}

/** Rules every generated policy states: approval, review and sign-off make it a complete policy. */
export const ALWAYS_INCLUDED = ['governor-approval', 'review-period', 'staff-acknowledgement'] as const;

/** Which section each catalogue rule is written in, in reading order. */
const SECTIONS: Array<{ heading: string; rules: string[]; lead?: (w: WritingContext) => string }> = [
  {
    heading: 'Contact with pupils and parents',
    rules: ['no-contact-pupils', 'no-contact-ex-pupils-under-18', 'no-contact-parents', 'declare-relationships', 'no-personal-contact-details', 'report-pupil-contact'],
  },
  {
    heading: 'Personal use of social media',
    rules: ['pupil-not-identified', 'no-personal-data', 'no-offensive-content', 'no-allegations', 'no-solicitation', 'concerns-via-proper-channels', 'no-school-identity-in-profile', 'school-identity-permission'],
  },
  {
    heading: 'The school’s own social media accounts',
    rules: ['designated-account-managers', 'professional-account-content', 'post-approval', 'posting-schedule', 'safe-links', 'comment-moderation'],
  },
  { heading: 'Photographs, videos and consent', rules: ['pupil-image-consent', 'no-name-with-image'] },
  {
    heading: 'Equipment and devices',
    rules: ['school-equipment-use', 'personal-device-exception', 'pupil-phone-in-office', 'equipment-monitoring'],
  },
  {
    heading: 'Concerns, incidents and reporting',
    rules: ['safeguarding-to-dsl', 'cyberbullying-evidence', 'staff-support-after-abuse', 'indecent-images-police', 'unsuitable-material-hr', 'parent-post-escalation'],
  },
  { heading: 'Breaches of this policy', rules: ['breach-investigation', 'judgement-justification', 'consistent-judgement'] },
  { heading: 'Training and awareness', rules: ['staff-training', 'new-staff-profile-review', 'annual-reminder', 'queries-resolved', 'staff-acknowledgement'] },
  {
    heading: 'Approval, monitoring and review',
    rules: ['governor-approval', 'review-period'],
    lead: (w) => `The ${w.headTitle} monitors how this policy works in practice, using the concerns, incidents and breaches reported under it, and reports on it to the governing body.`,
  },
];

/** Every catalogue rule has a place in the document and words to say it. */
export const GENERATED_RULE_IDS = SECTIONS.flatMap((s) => s.rules);

function purposeClauses(input: GenerateInput, w: WritingContext): string[] {
  const people = [`In this policy, “the ${w.headTitle}” means the ${w.headTitle} of ${input.schoolName}, or the senior leader acting for them in their absence.`];
  const dsl = input.dslName?.trim();
  if (dsl) people.push(`The Designated Safeguarding Lead is ${dsl}.`);
  return [
    `This policy sets out how everyone who works at or for ${input.schoolName} — staff, volunteers, governors and contractors — should use social media, on the school’s own accounts and in their personal lives, so that pupils are kept safe, staff are protected and the school’s reputation is upheld.`,
    'It applies to every social media service, messaging app and website where people can post, share or comment, including services that appear after it was written, whether they are used at school or at home, on school equipment or on a personal device.',
    people.join(' '),
    'This policy should be read alongside the school’s child protection and safeguarding policy, staff code of conduct, acceptable use policy and data protection policy.',
  ];
}

/** The parameters each chosen rule takes, defaults filled in; unknown ids are left out. */
export function chosenParams(rules: readonly ChosenRule[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rules) if (ruleById(r.id)) out.set(r.id, withDefaults(r.id, r.params ?? {}));
  for (const id of ALWAYS_INCLUDED) if (!out.has(id)) out.set(id, withDefaults(id, {}));
  return out;
}

/** The next review date: the one stated, else approval plus the review period. */
function nextReviewOf(params: Map<string, Record<string, unknown>>): string | null {
  const review = params.get('review-period')!;
  if (typeof review.nextReview === 'string') return review.nextReview;
  const approvedOn = params.get('governor-approval')!.approvedOn;
  return typeof approvedOn === 'string' ? addMonths(approvedOn, Number(review.months)) : null;
}

/** The date the generated policy says its next review is due, or null until it is approved. */
export function nextReviewDate(rules: readonly ChosenRule[]): string | null {
  return nextReviewOf(chosenParams(rules));
}

export function generatePolicy(input: GenerateInput): PolicyDocument {
  const w: WritingContext = { schoolName: input.schoolName.trim(), headTitle: input.headTitle };
  const params = chosenParams(input.rules);
  const nextReview = nextReviewOf(params);
  params.get('review-period')!.nextReview = nextReview;

  const sections: DocSection[] = [];
  const addSection = (heading: string, texts: Array<{ text: string; ruleIds: string[] }>) => {
    if (texts.length === 0) return;
    const number = String(sections.length + 1);
    sections.push({ number, heading, clauses: texts.map((t, i) => ({ number: `${number}.${i + 1}`, ...t })) });
  };
  addSection('Purpose and scope', purposeClauses(input, w).map((text) => ({ text, ruleIds: [] })));
  for (const section of SECTIONS) {
    const texts = section.rules
      .filter((id) => params.has(id))
      .flatMap((id) => RULE_CLAUSES[id]!(params.get(id)!, w).map((text) => ({ text, ruleIds: [id] })));
    if (section.lead && texts.length) texts.unshift({ text: section.lead(w), ruleIds: [] });
    addSection(section.heading, texts);
  }

  const approval = params.get('governor-approval')!;
  const review = params.get('review-period')!;
  const details = [
    {
      label: 'Approved by',
      value: typeof approval.approvedOn === 'string' ? `${approval.approvedBy || 'The governing body'}, ${formatDate(approval.approvedOn)}` : 'Not yet approved',
    },
    { label: 'Review', value: reviewInterval(Number(review.months)).replace(/^e/, 'E') },
    { label: 'Next review due', value: nextReview ? formatDate(nextReview) : 'To be set when the policy is approved' },
    { label: 'Issued', value: formatDate(input.issuedOn) },
  ];

  const title = input.title?.trim() || 'Social Media Policy';
  return {
    title,
    schoolName: w.schoolName,
    details,
    sections,
    signOff: {
      heading: 'Staff acknowledgement',
      intro: `Please sign below to confirm that you have read the ${w.schoolName} ${title}, issued ${formatDate(input.issuedOn)}.`,
      statement: `${STATEMENTS.signed}.`,
      fields: ['Name', 'Role', 'Signature', 'Date'],
      rows: 12,
    },
  };
}

/** The rules a school with no policy yet is offered: those most schools' policies contain. */
export const RECOMMENDED_RULES: readonly string[] = RULE_CATALOGUE.map((r) => r.id).filter(
  (id) => !['pupil-phone-in-office', 'posting-schedule', 'no-school-identity-in-profile', 'no-solicitation', 'consistent-judgement'].includes(id),
);
