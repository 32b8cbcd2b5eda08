// The check engine: `check(input, context) => Finding[]`, pure and synchronous once a school's
// index is built. Each detector finds one family of problems in the normalised text and returns
// drafts with offsets into it; the engine maps them back to the original text, attaches the
// catalogue rule's severity and the school's clause, drops duplicates and sorts them.
import { DETECTORS } from './detectors.ts';
import { normalise, type NormalisedText } from './normalise.ts';
import { reasonCiting, resolveRule } from './rule-citation.ts';
import type { SchoolIndex } from './school-index.ts';
import type { ActiveRule, CheckInput, CheckKind, Finding, FindingCategory } from './types.ts';
import type { Severity } from '../rules/catalogue.ts';

export { buildSchoolIndex, type SchoolIndex } from './school-index.ts';
export { normalise, MAX_CHECK_CHARS, type NormalisedText } from './normalise.ts';
export type { Token } from './tokens.ts';

export interface CheckContext {
  /** The school's roster and identity, prepared once by buildSchoolIndex(people, school). */
  index: SchoolIndex;
  /** The rules the school's active policy turns on, with clauses. Empty: the catalogue's defaults. */
  rules: readonly ActiveRule[];
}

/** What a detector returns: offsets into `text.folded` (and `text.cased`), end exclusive. */
export interface FindingDraft {
  category: FindingCategory;
  /** The catalogue rule id. */
  rule: string;
  start: number;
  end: number;
  confidence: number;
  /** One plain-English sentence; the engine adds the clause number when the policy has one. */
  reason: string;
  /** Only when the detector knows better than the catalogue (e.g. a staff name only warns). */
  severity?: Severity;
}

export interface Detector {
  name: string;
  /** Which input kinds it applies to; all kinds when absent. */
  kinds?: readonly CheckKind[];
  detect(text: NormalisedText, input: CheckInput, ctx: CheckContext): FindingDraft[];
}

export interface CheckResult {
  findings: Finding[];
  /** The text was longer than MAX_CHECK_CHARS: only its start was checked. */
  truncated: boolean;
}

/** Checks one text against the school's roster and rules. Never throws on odd text. */
export function check(input: CheckInput, ctx: CheckContext): Finding[] {
  return checkText(input, ctx).findings;
}

export function checkText(input: CheckInput, ctx: CheckContext, detectors: readonly Detector[] = DETECTORS): CheckResult {
  const text = normalise(input.text);
  if (!/\S/.test(text.folded)) return { findings: [], truncated: text.truncated };
  const drafts: FindingDraft[] = [];
  for (let k = 0; k < detectors.length; k++) {
    const detector = detectors[k]!;
    if (detector.kinds && !detector.kinds.includes(input.kind)) continue;
    const found = detector.detect(text, input, ctx);
    for (let j = 0; j < found.length; j++) drafts.push(found[j]!);
  }
  return { findings: finish(drafts, text, ctx), truncated: text.truncated };
}

function finish(drafts: FindingDraft[], text: NormalisedText, ctx: CheckContext): Finding[] {
  // Most texts have nothing to report: no sorting or bookkeeping for them.
  if (drafts.length === 0) return [];
  const findings: Finding[] = [];
  for (const d of drafts) {
    if (d.end <= d.start) continue;
    const start = text.toOriginalStart(d.start);
    const end = text.toOriginalEnd(d.end);
    if (end <= start) continue;
    const cited = resolveRule(d.rule, ctx.rules);
    const finding: Finding = {
      category: d.category,
      rule: d.rule,
      start,
      end,
      text: text.original.slice(start, end),
      severity: d.severity ?? cited.severity,
      confidence: Math.round(Math.min(1, Math.max(0, d.confidence)) * 100) / 100,
      reason: reasonCiting(d.reason, cited.clause),
    };
    if (cited.clause) finding.clause = cited.clause;
    findings.push(finding);
  }
  return dropOverlaps(findings);
}

/** Of findings of one category that overlap, keeps the more confident (then the longer) one. */
function dropOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const kept: Finding[] = [];
  // Per category, the position in `kept` of the last finding kept.
  const lastByCategory = new Map<FindingCategory, number>();
  for (const f of findings) {
    const at = lastByCategory.get(f.category);
    const last = at === undefined ? undefined : kept[at];
    if (last && f.start < last.end) {
      if (f.confidence > last.confidence) kept[at!] = f;
      continue;
    }
    lastByCategory.set(f.category, kept.length);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}
