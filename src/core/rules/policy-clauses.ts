// The words a generated policy uses for each catalogue rule: one or more clauses in plain
// British English, written from the rule's parameters and the school's own titles.
import { formatDate } from '../dates.ts';
import type { ParentPostStep } from './rule-labels.ts';
import { isRuleRole, RULE_ROLES, weekdayLabel } from './rule-labels.ts';

export type HeadTitle = 'Headteacher' | 'Principal' | 'Head of School' | 'Executive Headteacher';
export const HEAD_TITLES: readonly HeadTitle[] = ['Headteacher', 'Principal', 'Head of School', 'Executive Headteacher'];

export interface WritingContext {
  schoolName: string;
  headTitle: HeadTitle;
}

/** "the Headteacher", "the Designated Safeguarding Lead", "their line manager". */
export function roleName(role: unknown, w: WritingContext): string {
  if (!isRuleRole(role) || role === 'headteacher') return `the ${w.headTitle}`;
  const label: string = RULE_ROLES[role];
  return /^(the|their|a) /.test(label) ? label : `the ${label}`;
}

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 12 → "every year", 24 → "every two years", 18 → "every 18 months". */
export function reviewInterval(months: number): string {
  if (months === 12) return 'every year';
  if (months % 12 === 0 && months / 12 < NUMBER_WORDS.length) return `every ${NUMBER_WORDS[months / 12]} years`;
  if (months === 1) return 'every month';
  return `every ${months} months`;
}

const STEP_PHRASES: Record<ParentPostStep, (w: WritingContext) => string> = {
  'report-to-platform': () => 'report the post to the social media service, using its own reporting tools',
  'request-removal': () => 'ask the parent or carer to remove the post straight away',
  'meeting-with-head': (w) => `invite the parent or carer to a meeting with the ${w.headTitle}`,
  'written-warning': () => 'set out the school’s concerns in writing, as a formal warning',
  'legal-advice': () => 'take legal advice and, where the post is defamatory, consider legal action',
  police: () => 'contact the police where a crime such as harassment or a threat of violence may have been committed',
  'block-from-school-forums': () => 'restrict or remove the person’s access to the school’s own pages and forums',
};

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** "Full Governing Body" → "the Full Governing Body"; a person's name stays as it is. */
export function approverPhrase(approvedBy: string | null): string {
  const by = approvedBy?.trim();
  if (!by) return 'the governing body';
  return /^the\b/i.test(by) || !/\b(body|board|committee|governors|trustees|council)\b/i.test(by) ? by : `the ${by}`;
}

type Writer = (params: Record<string, unknown>, w: WritingContext) => string[];

/** One entry per catalogue rule a generated policy can state. */
export const RULE_CLAUSES: Record<string, Writer> = {
  'no-contact-pupils': () => [
    'Staff must not send or accept friend, follow or connection requests to or from pupils on personal social media accounts, and must not message pupils through personal accounts or apps.',
    'Staff must not look at or take part in pupils’ own social media accounts or groups.',
  ],
  'no-contact-ex-pupils-under-18': (p) => [
    `Staff must not be in contact through personal social media with former pupils of the school until they reach the age of ${Number(p.age ?? 18)}.`,
  ],
  'no-contact-parents': (p) => {
    switch (p.level) {
      case 'prohibited':
        return ['Staff must not accept or send friend, follow or connection requests to or from the parents and carers of pupils at the school on personal social media accounts, and must not discuss school matters with them there.'];
      case 'judgement':
        return ['Staff should think carefully before connecting with the parents and carers of pupils on personal social media, and use their professional judgement about what they share with them. School matters must never be discussed there.'];
      default:
        return ['Staff are strongly advised not to accept or send friend, follow or connection requests to or from the parents and carers of pupils at the school on personal social media accounts. School matters must never be discussed there.'];
    }
  },
  'declare-relationships': (p, w) => [
    `Some staff will already know pupils or their families outside school: as relatives, family friends, or through a club or place of worship. Staff must tell ${roleName(p.declareTo, w)} about any such relationship that involves social media contact. Any exception to the rules in this section must be agreed by the ${w.headTitle} in advance.`,
  ],
  'no-personal-contact-details': () => [
    'Staff must not give pupils or parents their personal phone number, personal email address or personal social media accounts. They must use the school’s phone number, email address and approved messaging systems instead.',
  ],
  'report-pupil-contact': (p, w) => [
    `If a pupil tries to contact a member of staff through personal social media, the member of staff must not reply except to decline, must keep a copy of any message declining the contact, and must tell ${roleName(p.reportTo, w)} as soon as possible.`,
  ],
  'pupil-not-identified': (p) =>
    p.strict
      ? ['Staff must not refer to any pupil, parent, member of staff or school event on their personal social media accounts, even without using names.']
      : ['Staff must not post anything on social media that names a pupil or from which a pupil could be identified, such as their full name with their class, their address or their school uniform with their face.'],
  'no-personal-data': () => [
    'Nobody may post confidential information, or personal information about another person — such as a phone number, an email or home address, or a date of birth — on social media. This applies to information about pupils, families and colleagues alike.',
  ],
  'no-offensive-content': () => [
    'Nobody may post anything that is derogatory, rude, abusive, threatening, discriminatory, sexual or illegal, or that could bring the school into disrepute.',
  ],
  'no-allegations': () => [
    'Staff must not make allegations or defamatory comments on social media about pupils, parents, colleagues or anyone else connected with the school. Concerns about a person must be raised through the school’s procedures instead.',
  ],
  'no-solicitation': () => [
    'Social media must not be used, on the school’s behalf or in a way that draws on a person’s role at the school, for political campaigning, commercial promotion or religious solicitation.',
  ],
  'concerns-via-proper-channels': () => [
    'Staff must not use social media to complain or raise concerns about their work, their colleagues or the school. Concerns must be raised with a line manager or through the school’s grievance or whistleblowing procedures, where they can be dealt with fairly.',
  ],
  'no-school-identity-in-profile': () => [
    'Staff should not name the school, or say that they work in a school, on their personal social media profiles.',
  ],
  'school-identity-permission': (p, w) => [
    `The school’s name, logo, photographs or other published material may be used on social media only with the written permission of ${roleName(p.approverRole, w)}, given in advance.`,
  ],
  'designated-account-managers': (_p, w) => [
    `The school’s social media accounts are run only by members of staff named by the ${w.headTitle} for that purpose. They use school equipment and accounts registered to a school email address, and the school keeps the login details securely.`,
  ],
  'professional-account-content': () => [
    'The school’s accounts carry only professional content about the life and work of the school. Nobody may post personal content on them or use them for personal purposes.',
  ],
  'post-approval': (p, w) => [`Every post on the school’s accounts is approved by ${roleName(p.approverRole, w)} before it is published.`],
  'posting-schedule': (p) => {
    const day = str(p.day);
    const when =
      p.frequency === 'monthly'
        ? day ? `once a month, on a ${weekdayLabel(day)}` : 'once a month'
        : p.frequency === 'fortnightly'
          ? day ? `every other ${weekdayLabel(day)}` : 'once a fortnight'
          : day ? `every ${weekdayLabel(day)}` : 'once a week';
    const kind = p.frequency === 'monthly' ? 'monthly' : p.frequency === 'fortnightly' ? 'fortnightly' : 'weekly';
    return [`The school posts a ${kind} round-up of school news ${when}. The content and timing of these regular posts are reviewed each term.`];
  },
  'pupil-image-consent': (p) => {
    const out = ['Photographs and videos of pupils are published only where a parent or carer has given written consent for that use, and the consent is checked before each post.'];
    if (p.designatedOnly) out.push('Only the staff named to run the school’s accounts may publish photographs or videos of pupils.');
    out.push(
      p.personalAccounts === 'with-consent'
        ? 'Staff may share photographs or videos of pupils on personal accounts only where the written consent covers that use.'
        : 'Staff must never post photographs or videos of pupils on their personal accounts.',
    );
    return out;
  },
  'no-name-with-image': () => ['A pupil who appears in a photograph or video is never named in the post, its caption, a tag or the file name.'],
  'safe-links': () => ['Links posted from the school’s accounts go only to websites that are appropriate and safe for pupils and families, and are checked before they are posted.'],
  'comment-moderation': (_p, w) => [
    `Comments on the school’s accounts are checked before they appear wherever the service allows it. Any inappropriate or abusive comment is removed straight away and reported to the ${w.headTitle}.`,
  ],
  'school-equipment-use': (p, w) => [
    `Staff may use school computers, tablets and networks for social media only for professional purposes authorised by ${roleName(p.approverRole, w)}.`,
  ],
  'personal-device-exception': (p, w) => [
    `Staff must not use personal phones, personal email or personal accounts to contact pupils or parents on school business, unless ${roleName(p.approverRole, w)} has approved it in advance — for example, on a residential trip.`,
  ],
  'pupil-phone-in-office': (_p, w) => [
    `Pupils may not keep mobile phones with them during the school day. A phone brought into school is kept in the school office until home time, and parents are told. Any exception needs the consent of the ${w.headTitle}.`,
  ],
  'equipment-monitoring': () => [
    'The school may monitor the use of its computers, networks and systems, including social media used on them, in line with its acceptable use policy.',
  ],
  'safeguarding-to-dsl': (p, w) => [
    `Any safeguarding concern that comes to light through social media — including a concern that someone is being drawn into extremism, under the Prevent duty — must be reported to ${roleName(p.reportTo, w)} without delay, following the school’s child protection policy.`,
  ],
  'cyberbullying-evidence': () => [
    'A member of staff who is bullied or harassed online should keep the evidence: screenshots of the messages or posts, with the time, the date and the address of the site. They should not delete the messages.',
    'The school will take every report seriously. Whether to report the matter to the police is for the person being targeted to decide, and the school will support them either way.',
  ],
  'staff-support-after-abuse': (_p, w) => [
    `Staff who are abused, insulted or threatened online by pupils or parents should report it to the ${w.headTitle}, so that the right action can be taken and they can be offered support.`,
  ],
  'indecent-images-police': () => [
    'If anyone finds indecent images of children, the police must be told immediately. Nobody at the school may investigate the material, copy it, forward it or keep it: doing so could spoil the evidence and is itself a criminal offence.',
  ],
  'unsuitable-material-hr': (_p, w) => [
    `If other unsuitable material is found that may not be illegal but raises concerns about a member of staff, the ${w.headTitle} (or, in their absence, a member of the senior leadership team) must be told. They will take advice from human resources before anything else is done.`,
  ],
  'parent-post-escalation': (p, w) => {
    const steps = (Array.isArray(p.steps) ? p.steps : []) as ParentPostStep[];
    const phrases = steps.map((s) => STEP_PHRASES[s]?.(w)).filter((s): s is string => Boolean(s));
    const first = 'Parents and carers should raise any concern about the school directly with the school, not on social media.';
    if (phrases.length === 0) return [first];
    if (phrases.length === 1) return [first, `If a parent or carer posts something inappropriate about the school, its staff or its pupils, the school will ${phrases[0]}.`];
    return [
      first,
      `If a parent or carer posts something inappropriate about the school, its staff or its pupils, the school will take these steps in this order, going on to the next only if the matter is not resolved: ${phrases.join('; ')}.`,
    ];
  },
  'breach-investigation': () => [
    'Any suspected breach of this policy will be investigated. A breach may lead to action under the school’s disciplinary procedure and, in serious cases, to dismissal.',
  ],
  'judgement-justification': (_p, w) => [
    `No policy can foresee every situation. A member of staff who uses their professional judgement to act outside this policy must explain to the ${w.headTitle} what they did and why, as soon as they can.`,
  ],
  'consistent-judgement': () => [
    'Whether conduct is inappropriate will be judged case by case, taking account of the circumstances and of how similar cases were dealt with before, so that decisions are fair and consistent.',
  ],
  'queries-resolved': (_p, w) => [`Staff with a question about this policy should ask their line manager or the ${w.headTitle}. Questions will be answered promptly.`],
  'new-staff-profile-review': () => [
    'Staff joining the school should check their own social media profiles and remove anything that would not be appropriate for pupils or parents to see.',
  ],
  'staff-training': () => ['All staff, including those new to the school, will be trained in this policy and in the safe use of social media.'],
  'annual-reminder': () => ['Each year the school will remind everyone this policy applies to that they should read it again, and tell them where to find it.'],
  'staff-acknowledgement': () => [
    'All staff and volunteers are asked to sign to confirm that they have read and understood this policy and agree to adhere to it. Parents, carers and visitors are asked to comply with it.',
  ],
  'governor-approval': (p) => {
    const by = approverPhrase(str(p.approvedBy));
    const on = str(p.approvedOn);
    return [on ? `This policy was approved by ${by} on ${formatDate(on)}.` : 'This policy takes effect once it has been approved by the governing body.'];
  },
  'review-period': (p) => {
    const months = Number(p.months ?? 24);
    const next = str(p.nextReview);
    const out = [`This policy will be reviewed ${reviewInterval(months)}, or sooner if the law, national guidance or the way people use social media changes.`];
    if (next) out.push(`The next review is due by ${formatDate(next)}.`);
    return out;
  },
};
