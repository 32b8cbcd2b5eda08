// What a policy says about itself: its title, the school, when and by whom it was approved, when
// it is dated, how often it is reviewed and when next, and who it is addressed to.
import { addMonths } from '../../dates.ts';
import type { Evidence, PolicyMetadata } from '../proposal.ts';
import type { ClauseView } from '../policy-text.ts';
import { audiencesOf } from './audiences.ts';
import { withCoverLabels } from './cover-sheet.ts';
import { datesIn, monthsBetween, periodIn, type FoundDate } from './dates.ts';
import { schoolNameIn, titleOf } from './title.ts';

export interface Sourced<T> {
  value: T;
  view: ClauseView;
  evidence: Evidence;
}

export interface MetadataReading {
  metadata: PolicyMetadata;
  approvedOn: Sourced<string> | null;
  approvedBy: Sourced<string> | null;
  /** A review interval the policy states, or the gap between its date and its review date. */
  reviewMonths: Sourced<number> | null;
  /** A next-review date the policy states (not one worked out from the interval). */
  nextReview: Sourced<string> | null;
}

const APPROVAL =
  /\b(?:approved|adopted|ratified|agreed|endorsed|signed off|accepted)\b|\bdate of (?:approval|adoption|ratification)\b|\breviewed by (?:the )?(?:full )?(?:governing|governors|board|trustees|FGB)\b/i;
const BODY_WORDS =
  /\b(?:(?:full|local) )?(?:governing (?:body|board)|board of (?:governors|trustees|directors)|trust board|trustees|chair of governors|governors)\b/i;
/** A committee by its capitalised name: "Curriculum Committee", "Pupil Welfare and Safeguarding Committee". */
const COMMITTEE = /\b(?:[A-Z][a-z]+,? (?:and )?){1,5}Committee\b/;
const BODY = { exec: (text: string) => COMMITTEE.exec(text) ?? BODY_WORDS.exec(text) };
const REVIEW = /\breview(?:ed|s|ing)?\b/i;
/** Words that put a date in the future: "Next review: …", "to be reviewed in …" (not "Reviewed – Oct 2014"). */
const NEXT_REVIEW =
  /\bnext review\b|\breview date\b|\bdate for review\b|\breview(?: due| by)?\s*[:–—-]|\b(?:will|shall|should|must|is to|are to|to) be reviewed\b|\bdue for (?:review|renewal)\b|\breview(?:ed)? (?:by|in|on|before|during|no later than)\b|\brenewal date\b/gi;
const PAST = /\b(?:was|were|has been|have been|last|date)\s*$/i;

/** Where in the text a next-review label or phrase is (not a past "Date reviewed by…"), or null. */
function futureReviewIn(text: string): RegExpExecArray | null {
  NEXT_REVIEW.lastIndex = 0;
  for (let m = NEXT_REVIEW.exec(text); m; m = NEXT_REVIEW.exec(text)) {
    if (!PAST.test(text.slice(Math.max(0, m.index - 20), m.index))) return m;
  }
  return null;
}
const REVIEW_LABEL = /^\W*(?:review (?:period|cycle|frequency|interval)|frequency of review|review)\s*:/i;
const POLICY_SUBJECT = /\b(?:this|the) (?:policy|document|guidance|code)\b|\b(?:policy|document) (?:will|shall|should|is to|must) be reviewed\b|^\W*review\b/i;
const DATE_LABEL = /^\W*(?:date(?:d)?|written|updated|last (?:updated|reviewed)|issued|version date|published)\s*:?/i;

/** Approval, review and date lines are short; longer sentences are not searched for dates. */
const DATE_SENTENCE = 300;
const short = (view: ClauseView) => view.sentences.filter((s) => s.text.length <= DATE_SENTENCE);

const evidenceOf = (view: ClauseView, phrase: string, reading: string): Evidence => ({ clause: view.number, phrase, reading });

const titleCaseBody = (body: string) =>
  body
    .split(/\s+/)
    .map((w) => (['of', 'and'].includes(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');

function readApproval(views: readonly ClauseView[]): { on: Sourced<string> | null; by: Sourced<string> | null } {
  for (const view of views) {
    for (const s of short(view)) {
      const verb = APPROVAL.exec(s.text);
      if (!verb) continue;
      const dates = datesIn(s.text);
      if (!dates.length) continue;
      // "Approved at Full Governing Body meeting on 23rd March 2023": the date after the verb.
      const date = dates.find((d) => d.index > verb.index) ?? dates[0]!;
      if (futureReviewIn(s.text.slice(Math.max(0, date.index - 40), date.index))) continue; // "review date", not approval
      const quote = view.text.slice(s.start, s.start + s.text.length);
      const on: Sourced<string> = { value: date.iso, view, evidence: evidenceOf(view, quote, 'approval date') };
      const body = BODY.exec(s.text);
      const by = body ? { value: titleCaseBody(body[0]), view, evidence: evidenceOf(view, body[0], 'approved by') } : null;
      return { on, by: by ?? labelledBody(views, view.index) ?? nearbyBody(views, view.index) };
    }
  }
  // "Approved by: Board of Directors" with the date left blank.
  return { on: null, by: labelledBody(views, 6) };
}

/** "Agreed by the Welfare Committee on …" a line or two from a bare "Date ratified: …". */
function nearbyBody(views: readonly ClauseView[], near: number): Sourced<string> | null {
  for (const view of views.slice(Math.max(0, near - 3), near + 4)) {
    for (const s of short(view)) {
      if (!APPROVAL.test(s.text)) continue;
      const body = BODY.exec(s.text);
      if (body) return { value: titleCaseBody(body[0]), view, evidence: evidenceOf(view, body[0], 'approved by') };
    }
  }
  return null;
}

/** "Approved by: Full Governing Body" on a line of its own near the approval date. */
function labelledBody(views: readonly ClauseView[], near: number): Sourced<string> | null {
  for (const view of views.slice(Math.max(0, near - 6), near + 4)) {
    const m = /^\W*(?:approved|adopted|ratified) by\s*:?\s*(?:the )?(.{3,60})$/i.exec(view.plain.trim());
    const body = m ? BODY.exec(m[1]!) : null;
    if (body) return { value: titleCaseBody(body[0]), view, evidence: evidenceOf(view, body[0], 'approved by') };
  }
  return null;
}

function readNextReview(views: readonly ClauseView[], approvedOn: string | null): Sourced<string> | null {
  for (const view of views) {
    for (const s of short(view)) {
      const review = futureReviewIn(s.text);
      if (!review) continue;
      const after = review.index;
      const date = datesIn(s.text).find((d) => d.index > after && d.iso !== approvedOn);
      if (!date) continue;
      return { value: date.iso, view, evidence: evidenceOf(view, view.text.slice(s.start, s.start + s.text.length), 'next review date') };
    }
  }
  return null;
}

function readStatedPeriod(views: readonly ClauseView[]): Sourced<number> | null {
  let prose: Sourced<number> | null = null;
  for (const view of views) {
    if (view.isHeading) continue;
    for (const s of short(view)) {
      if (!REVIEW.test(s.text)) continue;
      const period = periodIn(s.text);
      if (!period) continue;
      const quote = view.text.slice(s.start, s.start + s.text.length);
      // A labelled "Review Period: 2 years" wins over a "reviewed annually" elsewhere.
      if (REVIEW_LABEL.test(s.text)) return { value: period.months, view, evidence: evidenceOf(view, quote, 'review period') };
      if (!prose && POLICY_SUBJECT.test(s.text)) prose = { value: period.months, view, evidence: evidenceOf(view, quote, 'review period') };
    }
  }
  return prose;
}

/** The date the document carries that is not its approval or review: a dated line near the top. */
function readDatedOn(views: readonly ClauseView[], used: ReadonlySet<string>): Sourced<string> | null {
  const top = views.slice(0, Math.max(12, Math.ceil(views.length / 5)));
  for (const view of top) {
    const text = view.plain.trim();
    if (text.length > 80 && !DATE_LABEL.test(text)) continue;
    const date: FoundDate | undefined = datesIn(text).find((d) => !used.has(d.iso));
    if (!date) continue;
    const before = text.slice(0, date.index);
    if (futureReviewIn(before) || APPROVAL.test(before)) continue; // a next review or an approval, not the document's date
    return { value: date.iso, view, evidence: evidenceOf(view, date.text, 'date of the policy') };
  }
  return null;
}

const HEAD_TITLES = [
  { title: 'Executive Headteacher', re: /\bexecutive head ?teacher\b/gi },
  { title: 'Head of School', re: /\bhead of school\b/gi },
  { title: 'Principal', re: /\bprincipals?\b/gi },
  { title: 'Headteacher', re: /\bhead ?teachers?\b|\bheadmaster\b|\bheadmistress\b/gi },
] as const;

function headTitleOf(text: string): PolicyMetadata['headTitle'] {
  let best: PolicyMetadata['headTitle'] = null;
  let count = 0;
  for (const h of HEAD_TITLES) {
    const n = text.match(h.re)?.length ?? 0;
    if (n > count) {
      best = h.title;
      count = n;
    }
  }
  return best;
}

export function readMetadata(clauses: readonly ClauseView[]): MetadataReading {
  const views = withCoverLabels(clauses);
  const approval = readApproval(views);
  const nextReview = readNextReview(views, approval.on?.value ?? null);
  const used = new Set([approval.on?.value, nextReview?.value].filter((d): d is string => !!d));
  const datedOn = approval.on ? null : readDatedOn(views, used);
  let reviewMonths = readStatedPeriod(views);
  const start = approval.on?.value ?? datedOn?.value ?? null;
  if (!reviewMonths && nextReview && start) {
    const gap = monthsBetween(start, nextReview.value);
    if (gap && gap <= 120) reviewMonths = { value: gap, view: nextReview.view, evidence: { ...nextReview.evidence, reading: `review period: ${gap} months from the policy's date to its review date` } };
  }
  const next = nextReview?.value ?? (start && reviewMonths ? addMonths(start, reviewMonths.value) : null);
  const title = titleOf(clauses);
  const school = schoolNameIn(clauses);
  const all = views.map((v) => v.plain).join('\n');

  const sources: PolicyMetadata['sources'] = {};
  if (title) sources.title = title.view.number;
  if (school) sources.schoolName = school.view.number;
  if (approval.on) sources.approvedOn = approval.on.view.number;
  if (approval.by) sources.approvedBy = approval.by.view.number;
  if (datedOn) sources.datedOn = datedOn.view.number;
  if (reviewMonths) sources.reviewPeriodMonths = reviewMonths.view.number;
  if (nextReview) sources.nextReview = nextReview.view.number;

  return {
    metadata: {
      title: title?.value ?? null,
      schoolName: school?.value ?? null,
      approvedOn: approval.on?.value ?? null,
      approvedBy: approval.by?.value ?? null,
      datedOn: datedOn?.value ?? null,
      reviewPeriodMonths: reviewMonths?.value ?? null,
      nextReview: next,
      audiences: audiencesOf(views, title?.value ?? null),
      headTitle: headTitleOf(all),
      sources,
    },
    approvedOn: approval.on,
    approvedBy: approval.by,
    reviewMonths,
    nextReview,
  };
}
