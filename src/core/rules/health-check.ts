// A policy version's health: is its review overdue, is its approval recorded, does it cite
// repealed law or closed networks, does it contradict itself, and does it lack rules that most
// schools' policies have. Pure: the page and the version summary show what this returns.
import { formatDate } from '../dates.ts';
import { reviewStatus } from '../policy/review-status.ts';
import { ruleById } from './catalogue.ts';
import { disagreeing, exPupilAgeReadings, reviewPeriodReadings, type ClauseText, type Reading } from './contradictions.ts';
import { findOutdatedReferences } from './outdated-references.ts';
import { reviewPeriodLabel } from './rule-labels.ts';

export type HealthKind = 'review-overdue' | 'review-date-missing' | 'approval-missing' | 'outdated-reference' | 'contradiction' | 'missing-rule';
export type HealthSeverity = 'high' | 'medium' | 'low';

export interface HealthFinding {
  kind: HealthKind;
  severity: HealthSeverity;
  /** A short heading, e.g. "Refers to the Data Protection Act 1998". */
  title: string;
  /** What is wrong and what to do, in plain sentences. */
  detail: string;
  /** The clauses it concerns (none for a rule the policy lacks). */
  clauses: ClauseText[];
  /** The words in the clause that prompted it. */
  quote?: string;
  ruleId?: string;
}

export interface HealthVersion {
  /** As recorded in Parapet. */
  approvedOn: string | null;
  reviewPeriodMonths: number | null;
  nextReviewOn: string | null;
  /** Who the policy is for: decides which commonly present rules apply. */
  audiences?: readonly string[];
  /** What the document itself states (from the importer), where Parapet has no record. */
  stated?: { approvedOn?: string | null; reviewPeriodMonths?: number | null; nextReview?: string | null };
}

export interface HealthClause extends ClauseText {
  isHeading?: boolean;
}

/** A rule the policy has: confirmed, added or proposed (rejected ones are not passed in). */
export interface HealthRule {
  id: string;
  params: Record<string, unknown>;
  clauses: readonly ClauseText[];
}

/** Rules most schools' staff policies contain, each with why it matters. */
export const COMMON_STAFF_RULES: ReadonlyArray<{ id: string; severity: HealthSeverity; reason: string }> = [
  { id: 'no-contact-pupils', severity: 'high', reason: 'Almost every school’s policy forbids staff to friend, follow or message pupils on personal accounts: it is the central safeguarding rule.' },
  { id: 'safeguarding-to-dsl', severity: 'high', reason: 'Keeping Children Safe in Education expects every safeguarding concern, including one seen online, to reach the Designated Safeguarding Lead.' },
  { id: 'pupil-image-consent', severity: 'high', reason: 'Publishing photographs of pupils needs a parent’s consent under data protection law, and policies usually say so.' },
  { id: 'no-contact-ex-pupils-under-18', severity: 'medium', reason: 'Former pupils who are still children need the same protection; most policies set an age, usually 18.' },
  { id: 'no-personal-contact-details', severity: 'medium', reason: 'Keeping staff’s personal phone numbers, e-mail addresses and accounts away from pupils and parents protects both.' },
  { id: 'pupil-not-identified', severity: 'medium', reason: 'Most policies forbid posts that name or identify pupils.' },
  { id: 'no-personal-data', severity: 'medium', reason: 'Posting others’ personal or confidential information breaks data protection law; policies usually forbid it outright.' },
  { id: 'breach-investigation', severity: 'medium', reason: 'Staff need to know that a breach will be investigated and can lead to disciplinary action.' },
  { id: 'no-offensive-content', severity: 'low', reason: 'Most policies say plainly that abusive, discriminatory or illegal content is never acceptable.' },
  { id: 'cyberbullying-evidence', severity: 'low', reason: 'Staff who are bullied online need to know to keep evidence (screenshots, times, dates) and where to report it.' },
  { id: 'school-identity-permission', severity: 'low', reason: 'Most policies say the school’s name and logo may be used only with the Headteacher’s permission.' },
  { id: 'staff-acknowledgement', severity: 'low', reason: 'Policies usually ask staff and volunteers to sign to say they have read them.' },
];

/** For a policy addressed to parents. */
export const COMMON_PARENT_RULES: ReadonlyArray<{ id: string; severity: HealthSeverity; reason: string }> = [
  { id: 'concerns-via-proper-channels', severity: 'medium', reason: 'A parents’ policy normally says concerns go to the school directly, not onto social media.' },
  { id: 'no-allegations', severity: 'low', reason: 'Parents’ policies usually say that allegations about staff or pupils must not be posted online.' },
  { id: 'parent-post-escalation', severity: 'low', reason: 'Parents’ policies usually set out what the school will do, step by step, about an inappropriate post.' },
];

const SEVERITY_ORDER: Record<HealthSeverity, number> = { high: 0, medium: 1, low: 2 };

/** The clause that best concerns a subject: cited by a rule, else the first whose text matches. */
function clauseAbout(rules: readonly HealthRule[], ruleId: string, clauses: readonly HealthClause[], pattern: RegExp): ClauseText[] {
  const cited = rules.find((r) => r.id === ruleId)?.clauses[0];
  if (cited) return [cited];
  const found = clauses.find((c) => pattern.test(c.text));
  return found ? [{ number: found.number, text: found.text }] : [];
}

const APPROVAL_OF_POLICY =
  /\b(?:approved|adopted|ratified)\b[^.]{0,60}\b(?:governors?|governing|board|trustees|committee|meeting)\b|\b(?:policy|date)\s+(?:was\s+)?(?:approved|adopted|ratified)\b|\b(?:governors|governing body|trustees)\b[^.]{0,60}\b(?:approved|adopted|ratified)\b|\b(?:approved|adopted|ratified)\s+this\s+policy\b|\b(?:approval|adoption)\s+date\b/i;

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

function reviewFindings(version: HealthVersion, clauses: readonly HealthClause[], rules: readonly HealthRule[], today: string): HealthFinding[] {
  const reviewRule = rules.find((r) => r.id === 'review-period');
  const approvalRule = rules.find((r) => r.id === 'governor-approval');
  const approvedOn = version.approvedOn ?? version.stated?.approvedOn ?? str(approvalRule?.params.approvedOn);
  // Parapet's record first, then what the importer read, then the confirmed rule, then the text itself.
  const months =
    version.reviewPeriodMonths ??
    version.stated?.reviewPeriodMonths ??
    (reviewRule ? Number(reviewRule.params.months) || null : null) ??
    reviewPeriodReadings(clauses)[0]?.value ??
    null;
  const nextReviewOn = version.nextReviewOn ?? version.stated?.nextReview ?? str(reviewRule?.params.nextReview);
  const where = clauseAbout(rules, 'review-period', clauses, /\breview/i);
  const out: HealthFinding[] = [];

  const status = reviewStatus({ approvedOn, reviewPeriodMonths: months, nextReviewOn }, today);
  if (status.state === 'overdue') {
    const years = Math.floor(status.daysOverdue / 365);
    const ago = years >= 1 ? `more than ${years === 1 ? 'a year' : `${years} years`} ago` : `${status.daysOverdue} ${status.daysOverdue === 1 ? 'day' : 'days'} ago`;
    out.push({
      kind: 'review-overdue',
      severity: 'high',
      title: 'The review is overdue',
      detail: `The policy was due for review on ${formatDate(status.nextReviewOn)}, ${ago}. Review it, have the governors approve the new version, and upload it.`,
      clauses: where,
    });
  } else if (status.state === 'unknown') {
    out.push({
      kind: 'review-date-missing',
      severity: 'medium',
      title: 'No review date',
      detail: 'Parapet has no review date for this version and the policy does not state one. Record the review period or the next review date under “Approval and review”.',
      clauses: where,
    });
  }

  // Only a clause about approving the policy: "must be approved by the Head teacher" is not one.
  const approvalClause = clauseAbout(rules, 'governor-approval', clauses, APPROVAL_OF_POLICY);
  if (!version.approvedOn) {
    const stated = version.stated?.approvedOn ?? str(approvalRule?.params.approvedOn);
    out.push(
      stated
        ? {
            kind: 'approval-missing',
            severity: 'low',
            title: 'Approval not recorded',
            detail: `The policy says it was approved on ${formatDate(stated)}, but that is not recorded in Parapet. Record it under “Approval and review” so reminders and reports use it.`,
            clauses: approvalClause,
          }
        : {
            kind: 'approval-missing',
            severity: 'high',
            title: 'No record of approval',
            detail: 'Neither Parapet nor the policy records when the governing body approved this version. Record the date and who approved it.',
            clauses: approvalClause,
          },
    );
  }
  return out;
}

function contradictionFindings(version: HealthVersion, clauses: readonly HealthClause[], rules: readonly HealthRule[]): HealthFinding[] {
  const out: HealthFinding[] = [];
  const say = (r: Reading<number>) => `“${r.quote}” (${r.clause.number ? `clause ${r.clause.number}` : 'in the title lines'})`;

  const periods = reviewPeriodReadings(clauses);
  const clashing = disagreeing(periods);
  if (clashing.length) {
    out.push({
      kind: 'contradiction',
      severity: 'medium',
      title: 'Two different review periods',
      detail: `The policy says both ${clashing.map(say).join(' and ')}. Decide how often it is reviewed and say it once.`,
      clauses: clashing.map((r) => r.clause),
    });
  } else if (periods.length && version.reviewPeriodMonths && periods[0]!.value !== version.reviewPeriodMonths) {
    out.push({
      kind: 'contradiction',
      severity: 'medium',
      title: 'The recorded review period differs from the text',
      detail: `Parapet records a review ${reviewPeriodLabel(version.reviewPeriodMonths)}, but the policy says ${say(periods[0]!)}. Correct one of them.`,
      clauses: [periods[0]!.clause],
    });
  }

  const ages = exPupilAgeReadings(clauses);
  const ageClash = disagreeing(ages);
  if (ageClash.length) {
    out.push({
      kind: 'contradiction',
      severity: 'medium',
      title: 'Two different ages for former pupils',
      detail: `The policy says both ${ageClash.map(say).join(' and ')}. Staff need one age until which former pupils are off limits.`,
      clauses: ageClash.map((r) => r.clause),
    });
  } else {
    const rule = rules.find((r) => r.id === 'no-contact-ex-pupils-under-18');
    const ruleAge = rule ? Number(rule.params.age) : null;
    if (ages.length && ruleAge && ages[0]!.value !== ruleAge) {
      out.push({
        kind: 'contradiction',
        severity: 'medium',
        title: 'The confirmed age for former pupils differs from the text',
        detail: `The confirmed rule uses ${ruleAge}, but the policy says ${say(ages[0]!)}. Change the rule or the policy so they agree.`,
        clauses: [ages[0]!.clause],
        ruleId: 'no-contact-ex-pupils-under-18',
      });
    }
  }
  return out;
}

function missingRuleFindings(version: HealthVersion, rules: readonly HealthRule[]): HealthFinding[] {
  const audiences = version.audiences ?? ['staff'];
  const forStaff = audiences.some((a) => a !== 'parents' && a !== 'visitors');
  const expected = [...(forStaff ? COMMON_STAFF_RULES : []), ...(audiences.includes('parents') ? COMMON_PARENT_RULES : [])];
  const has = new Set(rules.map((r) => r.id));
  return expected
    .filter((e) => !has.has(e.id))
    .map((e) => ({
      kind: 'missing-rule' as const,
      severity: e.severity,
      title: `No rule: ${ruleById(e.id)?.summary.replace(/\.$/, '') ?? e.id}`,
      detail: e.reason,
      clauses: [],
      ruleId: e.id,
    }));
}

export function healthCheck(version: HealthVersion, clauses: readonly HealthClause[], rules: readonly HealthRule[], today: string): HealthFinding[] {
  const year = Number(today.slice(0, 4));
  const outdated: HealthFinding[] = [];
  for (const clause of clauses) {
    for (const m of findOutdatedReferences(clause.text, year)) {
      outdated.push({
        kind: 'outdated-reference',
        severity: m.reference.severity,
        title: `Refers to ${m.reference.name}`,
        detail: m.reference.advice,
        clauses: [{ number: clause.number, text: clause.text }],
        quote: m.quote,
      });
    }
  }
  const findings = [
    ...reviewFindings(version, clauses, rules, today),
    ...contradictionFindings(version, clauses, rules),
    ...outdated,
    ...missingRuleFindings(version, rules),
  ];
  // Most serious first; the order above (review, contradictions, references, gaps) within each.
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
