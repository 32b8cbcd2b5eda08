// Runs rule patterns over a policy's clauses: each pattern is a handful of concepts that must all
// be present in one sentence (or clause), optionally with a prohibition governing it. Every match
// keeps the words that matched, quoted from the policy, so a proposal can say why it was made.
import type { RuleId } from '../catalogue.ts';
import type { CitedClause, Evidence } from '../proposal.ts';
import { governingText, type ClauseView } from '../policy-text.ts';
import { prohibits } from './concepts.ts';

export interface Pattern {
  /** Every one of these must match, in the same sentence (or clause, with scope "clause"). */
  all: RegExp[];
  /** None of these may match there. */
  none?: RegExp[];
  /** The sentence, or the heading or lead-in governing it, must forbid something. */
  prohibition?: boolean;
  scope?: 'sentence' | 'clause';
  /** How much one match counts (0–1); weak patterns need company to reach MIN_CONFIDENCE. */
  weight: number;
  /** What a match was taken to mean, for the explanation. */
  reading: string;
  /** A further test that plain concepts cannot express (e.g. "reported as above" pointing at the clause before). */
  where?: (text: string, view: ClauseView, views: readonly ClauseView[]) => boolean;
}

export interface Hit {
  view: ClauseView;
  /** The sentence (or clause) as plain text, and its offset in the clause. */
  text: string;
  offset: number;
  pattern: Pattern;
  /** The matched words, quoted from the policy's own text. */
  phrases: string[];
}

export interface ParamFinding {
  params: Record<string, unknown>;
  paramEvidence: Record<string, Evidence>;
}

export interface DocContext {
  views: readonly ClauseView[];
}

export interface RuleDetector {
  id: RuleId;
  patterns: Pattern[];
  /**
   * The rule is something the school does (trains, monitors, asks staff to sign): a negation just
   * before the key words ("are not trained", "do not monitor") means the policy says the opposite.
   */
  affirmative?: boolean;
  /** Reads the parameters the policy states, from the hits (and the document when needed). */
  params?: (hits: Hit[], doc: DocContext) => ParamFinding;
}

export interface Detection {
  id: RuleId;
  confidence: number;
  clauses: CitedClause[];
  evidence: Evidence[];
  hits: Hit[];
}

const HEADING_PROHIBITS = /^\W*(?:do not|don'?t|never|must not|you must not|prohibited|unacceptable|not acceptable|what not to do)\b/i;

function governedByProhibition(view: ClauseView): boolean {
  if (view.leadIn && prohibits(view.leadIn)) return true;
  return !!view.heading && view.heading !== view.text && HEADING_PROHIBITS.test(view.heading);
}

function matchIn(text: string, pattern: Pattern): RegExpExecArray[] | null {
  const found: RegExpExecArray[] = [];
  for (const re of pattern.all) {
    const m = re.exec(text);
    if (!m) return null;
    found.push(m);
  }
  if (pattern.none?.some((re) => re.test(text))) return null;
  return found;
}

/** All hits of one pattern in one clause. */
const NEGATION = /\b(?:not|never|no|nor|without)\b|n't\b/i;
const negated = (text: string, at: number) => NEGATION.test(text.slice(Math.max(0, at - 25), at));

function hitsInClause(view: ClauseView, pattern: Pattern, views: readonly ClauseView[], affirmative: boolean): Hit[] {
  const pieces = pattern.scope === 'clause' ? [{ text: view.plain, start: 0 }] : view.sentences;
  const out: Hit[] = [];
  for (const piece of pieces) {
    const found = matchIn(piece.text, pattern);
    if (!found) continue;
    if (pattern.prohibition && !prohibits(piece.text) && !governedByProhibition(view)) continue;
    if (pattern.where && !pattern.where(piece.text, view, views)) continue;
    if (affirmative && negated(piece.text, found[0]!.index)) continue;
    const phrases = found.map((m) => view.text.slice(piece.start + m.index, piece.start + m.index + m[0].length));
    out.push({ view, text: piece.text, offset: piece.start, pattern, phrases });
    if (out.length >= MAX_HITS) break;
  }
  return out;
}

export function quoteOf(view: ClauseView): CitedClause {
  return { number: view.number, text: view.text };
}

/** Runs one detector over the clauses; null when nothing matched. */
/** No real policy backs one rule with more clauses than this; stopping here bounds the work on hostile text. */
const MAX_HITS = 40;

export function detect(detector: RuleDetector, views: readonly ClauseView[]): Detection | null {
  const hits: Hit[] = [];
  for (const view of views) {
    if (view.isHeading) continue;
    for (const pattern of detector.patterns) hits.push(...hitsInClause(view, pattern, views, detector.affirmative ?? false));
    if (hits.length >= MAX_HITS) break;
  }
  if (!hits.length) return null;
  // A clause counts once, with its strongest match; clauses together raise confidence.
  const best = new Map<number, Hit>();
  for (const h of hits) {
    const prev = best.get(h.view.index);
    if (!prev || h.pattern.weight > prev.pattern.weight) best.set(h.view.index, h);
  }
  const ranked = [...best.values()].sort((a, b) => b.pattern.weight - a.pattern.weight || a.view.index - b.view.index);
  let miss = 1;
  for (const h of ranked) miss *= 1 - h.pattern.weight;
  const confidence = Math.min(0.99, Math.round((1 - miss) * 100) / 100);
  const evidence: Evidence[] = ranked.map((h) => ({ clause: h.view.number, phrase: h.phrases.join(' … '), reading: h.pattern.reading }));
  return { id: detector.id, confidence, clauses: ranked.slice(0, 3).map((h) => quoteOf(h.view)), evidence, hits };
}

export { governingText };
