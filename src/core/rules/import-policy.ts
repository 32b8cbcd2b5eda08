// The policy importer: from a policy's clauses, which catalogue rules it contains, how sure we
// are, the clauses that back each (quoted) and the parameters it states. Pure and synchronous.
import { RULE_CATALOGUE, type RuleId } from './catalogue.ts';
import { splitClauses, type Clause } from '../policy/split-clauses.ts';
import { viewClauses, type ClauseView } from './policy-text.ts';
import { MIN_CONFIDENCE, type Evidence, type ImportResult, type RuleProposal } from './proposal.ts';
import { CONTENT_RULES } from './import/content-rules.ts';
import { detect, quoteOf, type Detection, type ParamFinding, type RuleDetector } from './import/engine.ts';
import { detectEscalation } from './import/escalation.ts';
import { readMetadata, type MetadataReading } from './import/metadata.ts';
import { PROCEDURE_RULES } from './import/procedure-rules.ts';
import { RELATIONSHIP_RULES } from './import/relationship-rules.ts';
import { warningsFor } from './import/warnings.ts';

const DETECTORS: readonly RuleDetector[] = [...CONTENT_RULES, ...RELATIONSHIP_RULES, ...PROCEDURE_RULES];

type Found = { detection: Detection; params: ParamFinding };

/** governor-approval and review-period come from what the policy says about itself. */
function lifecycleRules(meta: MetadataReading): Found[] {
  const out: Found[] = [];
  const from = (id: RuleId, sources: Array<{ view: ClauseView; evidence: Evidence } | null>, params: ParamFinding): Found | null => {
    const present = sources.filter((s): s is { view: ClauseView; evidence: Evidence } => s !== null);
    if (!present.length) return null;
    const views = [...new Map(present.map((s) => [s.view.index, s.view])).values()];
    return {
      detection: { id, confidence: 0.95, clauses: views.map(quoteOf), evidence: present.map((s) => s.evidence), hits: [] },
      params,
    };
  };
  const approval = from('governor-approval', [meta.approvedOn, meta.approvedBy], {
    params: { ...(meta.approvedOn ? { approvedOn: meta.approvedOn.value } : {}), ...(meta.approvedBy ? { approvedBy: meta.approvedBy.value } : {}) },
    paramEvidence: { ...(meta.approvedOn ? { approvedOn: meta.approvedOn.evidence } : {}), ...(meta.approvedBy ? { approvedBy: meta.approvedBy.evidence } : {}) },
  });
  if (approval && meta.approvedOn) out.push(approval);
  const review = from('review-period', [meta.reviewMonths, meta.nextReview], {
    params: { ...(meta.reviewMonths ? { months: meta.reviewMonths.value } : {}), ...(meta.nextReview ? { nextReview: meta.nextReview.value } : {}) },
    paramEvidence: { ...(meta.reviewMonths ? { months: meta.reviewMonths.evidence } : {}), ...(meta.nextReview ? { nextReview: meta.nextReview.evidence } : {}) },
  });
  if (review) out.push(review);
  return out;
}

function whyOf(d: Detection): string {
  const first = d.evidence[0];
  if (!first) return 'Proposed from what the policy says about itself.';
  const others = d.clauses.length > 1 ? ` Also backed by clause${d.clauses.length > 2 ? 's' : ''} ${d.clauses.slice(1).map((c) => c.number).join(' and ')}.` : '';
  return `Clause ${first.clause || '(title)'} says "${first.phrase}": read as ${first.reading}.${others}`;
}

/** About 200 pages: far beyond any social media policy, and a bound on the work hostile text can cause. */
export const MAX_IMPORT_CHARS = 600_000;

/** The clauses up to MAX_IMPORT_CHARS of text, and whether any were left out. */
function bounded(input: string | readonly Clause[]): { clauses: readonly Clause[]; cut: boolean } {
  if (typeof input === 'string') {
    const cut = input.length > MAX_IMPORT_CHARS;
    return { clauses: splitClauses(cut ? input.slice(0, MAX_IMPORT_CHARS) : input), cut };
  }
  let total = 0;
  const kept = input.filter((c) => (total += c.text.length) <= MAX_IMPORT_CHARS);
  return { clauses: kept, cut: kept.length < input.length };
}

export function importPolicy(input: string | readonly Clause[]): ImportResult {
  const { clauses, cut } = bounded(input);
  const views = viewClauses(clauses);
  const meta = readMetadata(views);
  const doc = { views };

  const found = new Map<RuleId, Found>();
  for (const detector of DETECTORS) {
    const detection = detect(detector, views);
    if (!detection || detection.confidence < MIN_CONFIDENCE) continue;
    found.set(detector.id, { detection, params: detector.params?.(detection.hits, doc) ?? { params: {}, paramEvidence: {} } });
  }
  const escalation = detectEscalation(views);
  if (escalation) found.set('parent-post-escalation', escalation);
  for (const f of lifecycleRules(meta)) found.set(f.detection.id, f);

  const rules: RuleProposal[] = [];
  for (const def of RULE_CATALOGUE) {
    const f = found.get(def.id);
    if (!f) continue;
    rules.push({
      id: def.id,
      confidence: f.detection.confidence,
      clauses: f.detection.clauses,
      params: f.params.params,
      why: whyOf(f.detection),
      evidence: f.detection.evidence,
      paramEvidence: f.params.paramEvidence,
    });
  }
  const warnings = warningsFor(views, rules);
  if (cut) warnings.unshift(`The document is very long, so only its first ${MAX_IMPORT_CHARS.toLocaleString('en-GB')} characters (about 200 pages) were read.`);
  return { metadata: meta.metadata, rules, warnings };
}
