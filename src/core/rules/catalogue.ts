// The rule catalogue: every rule a school's social media policy can turn on, with stable ids.
// The ids are the contract between the policy importer, the checks, the workflows and tests.
// A school's policy stores which ids it turns on, their parameters and the clause that backs each.

export const RULE_KINDS = ['content', 'relationship', 'permission', 'procedure', 'lifecycle'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type Severity = 'block' | 'warn';

export type ParamSpec =
  | { type: 'number'; default: number; min?: number; max?: number; unit?: string; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'enum'; values: readonly string[]; default: string; description: string }
  | { type: 'role'; default: string; description: string }
  | { type: 'weekday'; default: string | null; description: string }
  | { type: 'date'; default: null; description: string }
  | { type: 'text'; default: string | null; description: string }
  | { type: 'steps'; default: readonly string[]; description: string };

export interface RuleDefinition {
  id: string;
  kind: RuleKind;
  /** One plain-English sentence a Headteacher would recognise. */
  summary: string;
  params: Record<string, ParamSpec>;
  /** For content rules the check engine enforces: does a finding stop a post, or warn? */
  severity?: Severity;
}

const rule = (id: string, kind: RuleKind, summary: string, params: Record<string, ParamSpec> = {}, severity?: Severity): RuleDefinition => ({
  id,
  kind,
  summary,
  params,
  ...(severity ? { severity } : {}),
});

export const PARENT_POST_STEPS = [
  'report-to-platform',
  'request-removal',
  'meeting-with-head',
  'written-warning',
  'legal-advice',
  'police',
  'block-from-school-forums',
] as const;

export const RULE_CATALOGUE: readonly RuleDefinition[] = [
  // content
  rule('pupil-not-identified', 'content', 'Pupils are not named or otherwise identifiable.', {
    strict: { type: 'boolean', default: false, description: 'No reference at all to pupils, staff, parents or school events on personal accounts' },
  }, 'block'),
  rule('pupil-image-consent', 'content', 'Images of pupils are used only with written parental consent for that channel.', {
    personalAccounts: { type: 'enum', values: ['never', 'with-consent'], default: 'never', description: 'Whether staff may post pupil images on personal accounts at all' },
    designatedOnly: { type: 'boolean', default: false, description: 'Only the designated person may publish pupil images' },
  }, 'block'),
  rule('no-name-with-image', 'content', 'A pupil in a photo is never named.', {}, 'block'),
  rule('no-personal-data', 'content', 'No confidential or personal information about others (phone, e-mail, address, date of birth).', {}, 'block'),
  rule('no-offensive-content', 'content', 'Nothing derogatory, rude, abusive, threatening, hateful, sexual or illegal.', {}, 'block'),
  rule('no-allegations', 'content', 'No defamatory statements or allegations about people connected with the school.', {}, 'block'),
  rule('school-identity-permission', 'permission', "The school's name, logo or material are used only with the Headteacher's written permission.", {
    approverRole: { type: 'role', default: 'headteacher', description: 'Who gives permission' },
  }),
  rule('no-school-identity-in-profile', 'content', 'Staff do not identify the school or their profession on personal profiles.', {}, 'warn'),
  rule('safe-links', 'content', "Links from the school's accounts go to appropriate, safe sites.", {}, 'block'),
  rule('no-solicitation', 'content', 'No political, commercial or religious solicitation.', {}, 'warn'),
  rule('concerns-via-proper-channels', 'content', 'Work concerns and complaints go through the proper procedures, not social media.', {}, 'warn'),
  rule('no-personal-contact-details', 'content', 'Staff never give pupils or parents personal contact details or private channels.', {}, 'block'),
  rule('professional-account-content', 'content', "The school's accounts carry only professional content about school life.", {}, 'warn'),
  // relationships
  rule('no-contact-pupils', 'relationship', 'Staff do not friend, follow or message pupils on personal accounts.'),
  rule('no-contact-ex-pupils-under-18', 'relationship', 'Nor ex-pupils under a stated age.', {
    age: { type: 'number', default: 18, min: 11, max: 25, unit: 'years', description: 'Ex-pupils younger than this are off limits' },
  }),
  rule('no-contact-parents', 'relationship', 'Contact with parents on personal accounts is limited.', {
    level: { type: 'enum', values: ['prohibited', 'discouraged', 'judgement'], default: 'discouraged', description: 'How firmly the policy limits it' },
  }),
  rule('declare-relationships', 'relationship', 'Existing relationships with pupils or parents are declared to senior leaders; exceptions approved by the Headteacher.', {
    declareTo: { type: 'role', default: 'headteacher', description: 'Who relationships are declared to' },
  }),
  // procedures and permissions
  rule('report-pupil-contact', 'procedure', 'Contact from a pupil on personal social media is reported to the DSL; rejections are kept.', {
    reportTo: { type: 'role', default: 'dsl', description: 'Who it is reported to' },
  }),
  rule('designated-account-managers', 'permission', "Named staff run the school's accounts, on school equipment."),
  rule('personal-device-exception', 'permission', 'Personal phones or e-mail are used for school business only with prior approval (e.g. residential trips).', {
    approverRole: { type: 'role', default: 'headteacher', description: 'Who approves' },
  }),
  rule('school-equipment-use', 'permission', 'Social networking on school equipment only when authorised for professional purposes.', {
    approverRole: { type: 'role', default: 'headteacher', description: 'Who authorises' },
  }),
  rule('pupil-phone-in-office', 'permission', "A pupil's phone is kept in the office; exceptions need the Headteacher's consent."),
  rule('comment-moderation', 'procedure', "Comments on the school's accounts are agreed before publication; inappropriate ones are removed and reported to the Headteacher."),
  rule('post-approval', 'procedure', "Posts on the school's accounts are approved by the named person before they go out.", {
    approverRole: { type: 'role', default: 'headteacher', description: 'Who approves posts' },
  }),
  rule('posting-schedule', 'procedure', 'A recurring post (for example a weekly roundup), reviewed termly.', {
    day: { type: 'weekday', default: null, description: 'Day of the week it goes out' },
    frequency: { type: 'enum', values: ['weekly', 'fortnightly', 'monthly'], default: 'weekly', description: 'How often' },
  }),
  rule('breach-investigation', 'procedure', 'Breaches are investigated and may lead to disciplinary action.'),
  rule('cyberbullying-evidence', 'procedure', 'Targets keep evidence (screenshots, time, date, site); the target decides whether to involve the police.'),
  rule('indecent-images-police', 'procedure', 'Indecent images of children: the police at once, no investigation, nothing stored.'),
  rule('unsuitable-material-hr', 'procedure', 'Other unsuitable material: the Headteacher (or SLT) is informed and HR advice taken before anything else.'),
  rule('parent-post-escalation', 'procedure', "A parent's inappropriate post is handled by a ladder of steps, in order.", {
    steps: { type: 'steps', default: PARENT_POST_STEPS, description: 'The steps, in the order the policy gives them' },
  }),
  rule('safeguarding-to-dsl', 'procedure', 'Safeguarding and Prevent concerns go to the designated safeguarding lead.', {
    reportTo: { type: 'role', default: 'dsl', description: 'Who concerns go to' },
  }),
  rule('staff-support-after-abuse', 'procedure', 'Staff abused online by pupils or parents report it and are offered support.'),
  rule('judgement-justification', 'procedure', 'Action outside the policy is justified to the Headteacher.'),
  rule('consistent-judgement', 'procedure', 'Cases are judged case by case, consistently with earlier ones.'),
  rule('queries-resolved', 'procedure', "Staff queries about the policy are answered promptly."),
  rule('new-staff-profile-review', 'procedure', 'New staff review their own public profiles when they join.'),
  // lifecycle
  rule('governor-approval', 'lifecycle', 'The governing body approves the policy on a date.', {
    approvedOn: { type: 'date', default: null, description: 'Date of approval' },
    approvedBy: { type: 'text', default: null, description: 'Who approved it, e.g. "Full Governing Body"' },
  }),
  rule('review-period', 'lifecycle', 'The policy is reviewed every so many months, or by a date.', {
    months: { type: 'number', default: 24, min: 1, max: 120, unit: 'months', description: 'Months between reviews' },
    nextReview: { type: 'date', default: null, description: 'Date of the next review, if stated' },
  }),
  rule('staff-acknowledgement', 'lifecycle', 'Staff and volunteers sign the policy; parents and visitors are asked to comply.'),
  rule('annual-reminder', 'lifecycle', 'Everyone is reminded each year to re-read the policy and where to find it.'),
  rule('staff-training', 'lifecycle', 'Staff are trained and made familiar with the policy.'),
  rule('equipment-monitoring', 'lifecycle', 'Use of school systems may be monitored.'),
];

export type RuleId = (typeof RULE_CATALOGUE)[number]['id'];

const byId = new Map(RULE_CATALOGUE.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDefinition | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): boolean {
  return byId.has(id);
}

/** The parameters a rule takes, with every default filled in. */
export function defaultParams(id: string): Record<string, unknown> {
  const def = byId.get(id);
  if (!def) throw new Error(`unknown rule id: ${id}`);
  return Object.fromEntries(Object.entries(def.params).map(([k, spec]) => [k, spec.default]));
}
