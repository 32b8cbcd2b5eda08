// A detector built from phrase patterns matched on the folded text (lower case, accents and
// hidden characters removed). The patterns are compiled once, into one regular expression per
// detector, so a check allocates nothing but its findings.
import type { Detector, FindingDraft } from '../engine.ts';
import type { NormalisedText } from '../normalise.ts';
import type { CheckKind, FindingCategory } from '../types.ts';
import { GATE_SLOT, registerGates, registerTriggers, wordHits } from './triggers.ts';

export interface PhraseSpec {
  name: string;
  category: FindingCategory;
  rule: string;
  reason: string;
  confidence: number;
  kinds?: readonly CheckKind[];
  /** Regular-expression sources; word boundaries are the pattern's own business. */
  patterns: readonly (string | GatedPattern)[];
  /** Words (space-separated, as tokens key them) at least one of which every pattern needs. */
  triggers: string;
  /** Sources of phrases that make a match innocent when they cover it (e.g. "steal the show"). */
  innocent?: readonly string[];
  /**
   * One finding per text (a complaint is about the whole comment) or per sentence (an allegation
   * and its "and they hushed it up"), rather than one per matched phrase.
   */
  merge?: 'text' | 'sentence';
  /** A source that, found anywhere in the text, means no finding at all (jokes, self-blame). */
  cancelIf?: string;
}

/** A pattern with the words it needs given outright, for a source whose word endings hide them. */
export interface GatedPattern {
  source: string;
  /**
   * Words (as tokens key them) at least one of which every match of the source holds whole; groups
   * split by " + " are all needed ("getting gonna + merked done": one of each).
   */
  gate: string;
  /** Kept in the detector's shared expression (see gatedShared). */
  shared?: boolean;
}

/**
 * A pattern run only when the text has one of `gate`'s words (or its plural with "s"): for
 * sources like "(?:bray|deck)(?:ed|ing)?" that would otherwise run on every text.
 */
export function gated(gate: string, source: string): GatedPattern {
  return { source, gate };
}

/**
 * As gated(), but kept in one expression with the detector's other shared patterns, as a pattern
 * naming no word is: an expression's matches never overlap, and the findings depend on that. The
 * expression runs when a word one of its patterns needs is in the text (always, if one names none).
 */
export function gatedShared(gate: string, source: string): GatedPattern {
  return { source, gate, shared: true };
}

/** Words that often sit between others: "a", "an", "the", intensifiers. */
export const FILL = String.raw`(?:(?:a|an|the|such|so|just|really|very|absolute|absolutely|complete|completely|total|totally|utter|utterly|right|proper|bloody|fucking|f[*#]+c?k?ing|fu[*#]+ing|f[*#]+kin|fkn|fking|fcking|fookin|fooking|effing|flipping|little|big|fat|ugly|old|stupid|useless|pathetic|nasty|sad|ignorant|vile|lazy|miserable|bitter|arrogant|smug|incompetent|spineless|two-faced|jumped-up|brainless|thick|dim|clueless)\s+)`;

/** Words naming people at or around a school, or pointing at someone. */
export const PERSON = String.raw`(?:(?:mr|mrs|miss|ms|dr|sir|mx)\.?\s+[a-z][a-z'-]+|(?:the|that|this|our|your|my|their|his|her|some|all the|these|those)\s+(?:new\s+|year\s+\d\s+|reception\s+|pe\s+|office\s+|class\s+|deputy\s+|assistant\s+)?(?:head\s*teacher|headteacher|headmistress|headmaster|head|deputy|teachers?|ta|tas|teaching assistants?|staff|office|receptionist|secretary|caretaker|dinner lad(?:y|ies)|lunch lad(?:y|ies)|coach|senco|governors?|chair|parents|mums|dads|treasurer|pta|woman|man|bloke|lady|ladies|cook|kids|children|lad|boy|girl|mum|dad)|she|he|they|you|you lot|whoever[a-z ]{0,30}?)`;

const SENTENCE_END = /[.!?\n]/;

/**
 * Each pattern runs only when a text has one of the trigger words written literally in it (a
 * pattern naming none always runs). Off only in the test that proves it changes no finding.
 */
let patternGating = true;
export function setPatternGating(on: boolean): void {
  patternGating = on;
}

/** Groups of words a pattern may need all of (see GatedPattern). */
const GROUPS = 4;

const STEMMED = /[a-z](?:\(|\?|\\w|\[|\*|\+|\{)/;

interface Compiled {
  /** Shared expressions that run on every text (a pattern in them names no word). */
  always: RegExp[];
  /** Every pattern by itself, then the shared expressions gated by their patterns' words. */
  each: RegExp[];
  /** This detector's slot in the gate codes of triggers.ts. */
  slot: number;
  /** For each expression of `each`, a bit for each group of words it needs (0: it runs in `always`). */
  gated: Uint8Array;
  /** Scratch: the groups of each expression's words this text has (all zero between checks). */
  chosen: Uint8Array;
}

function compile(spec: PhraseSpec): Compiled {
  const words = spec.triggers.split(/\s+/).filter(Boolean);
  const byWord = new Map<string, number[]>();
  // A word gates expression i's group g as the code i * GROUPS + g.
  const gate = (named: readonly string[], i: number, g = 0) => {
    for (const w of named) {
      const list = byWord.get(w);
      if (list) list.push(i * GROUPS + g);
      else byWord.set(w, [i * GROUPS + g]);
    }
  };
  const shared: Shared[] = [];
  const gated: number[] = [];
  spec.patterns.forEach((pattern, i) => {
    if (typeof pattern !== 'string') {
      const groups = pattern.gate.split(' + ').map((g) => g.split(/\s+/).filter(Boolean));
      if (groups.length > GROUPS || (pattern.shared && groups.length > 1)) throw new Error(`too many word groups: ${pattern.gate}`);
      if (pattern.shared) return shared.push({ source: pattern.source, gate: groups[0]! });
      groups.forEach((g, k) => gate(g, i, k));
      gated[i] = (1 << groups.length) - 1;
      return;
    }
    const named = namedTriggers(pattern, words);
    if (named.length === 0) return shared.push({ source: pattern, gate: null });
    gated[i] = 1;
    gate(named, i);
  });
  const each = spec.patterns.map((p) => new RegExp(sourceOf(p), 'g'));
  const always: RegExp[] = [];
  for (const group of chunks(shared)) {
    const re = new RegExp(alternatives(group.map((g) => g.source)), 'g');
    // An expression runs when a word one of its patterns needs is in the text, if each has such words.
    if (group.some((g) => g.gate === null)) always.push(re);
    else {
      gated[each.length] = 1;
      for (const g of group) gate(g.gate!, each.length);
      each.push(re);
    }
  }
  if (each.length * GROUPS > GATE_SLOT) throw new Error(`too many patterns in ${spec.name}`);
  return {
    always,
    each,
    slot: registerGates(byWord),
    gated: Uint8Array.from({ length: each.length }, (_, i) => gated[i] ?? 0),
    chosen: new Uint8Array(each.length),
  };
}

interface Shared {
  source: string;
  /** The words it needs, or null if it names none. */
  gate: readonly string[] | null;
}

function sourceOf(pattern: string | GatedPattern): string {
  return typeof pattern === 'string' ? pattern : pattern.source;
}

/** The trigger words a source names literally (none if a word ending hides the words it matches). */
function namedTriggers(source: string, words: readonly string[]): string[] {
  // Apostrophes dropped, as the tokeniser keys words: "she'd" is "shed".
  const plain = source.replace(/'\??/g, '');
  // Escapes are not letters; a plural "s?" names the singular, which the look-up also tries.
  const bare = plain.replace(/\\[bsdwBSDWn]/g, ' ').replace(/([a-z])s\?(?![a-z])/g, '$1');
  // A word stem with a regular-expression ending ("liars?", "fiddl(?:ed|ing)") hides the words
  // it matches, so such a pattern runs whenever the detector does, unless gated() names them.
  if (STEMMED.test(bare) || /[a-z]\\w/.test(plain)) return [];
  return words.filter((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(bare));
}

// One expression for every always-run pattern is fastest, but V8 stops optimising a regular
// expression past 20 KB of source and then runs it a hundred times slower: keep each under that.
const ALWAYS_CHARS = 19_000;

function chunks(patterns: readonly Shared[]): Shared[][] {
  const out: Shared[][] = [];
  let size = ALWAYS_CHARS;
  for (const pattern of patterns) {
    if (size + pattern.source.length > ALWAYS_CHARS) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1]!.push(pattern);
    size += pattern.source.length;
  }
  return out;
}

/** Sources as one alternation; a \b that starts every one is tested once, first (a third faster). */
function alternatives(sources: readonly string[]): string {
  if (sources.every((p) => p.startsWith('\\b'))) return `\\b(?:${sources.map((p) => `(?:${p.slice(2)})`).join('|')})`;
  return sources.map((p) => `(?:${p})`).join('|');
}

export function phraseDetector(spec: PhraseSpec): Detector {
  const compiled = compile(spec);
  const innocent = spec.innocent?.length ? new RegExp(spec.innocent.map((p) => `(?:${p})`).join('|'), 'g') : null;
  const cancel = spec.cancelIf ? new RegExp(spec.cancelIf) : null;
  const bit = registerTriggers(spec.triggers);
  const detector: Detector = {
    name: spec.name,
    detect(text: NormalisedText): FindingDraft[] {
      if ((wordHits(text).mask & bit) === 0) return [];
      const spans = gatedMatches(text, compiled, patternGating);
      if (spans.length === 0 || (cancel && cancel.test(text.folded))) return [];
      return toDrafts(spec, text.folded, spans, innocent);
    },
  };
  if (spec.kinds) detector.kinds = spec.kinds;
  return detector;
}

/** Start and end of every match, flat: [start0, end0, start1, end1, ...]. */
function matches(re: RegExp, folded: string, out: number[]): number[] {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}

function gatedMatches(text: NormalisedText, c: Compiled, gating: boolean): number[] {
  const out: number[] = [];
  let regexes = 0;
  for (const re of c.always) {
    matches(re, text.folded, out);
    regexes++;
  }
  // The patterns whose words the shared word pass found (or all of them), each run once.
  const chosen = c.chosen;
  if (gating) {
    const gates = wordHits(text).gates;
    const from = c.slot * GATE_SLOT;
    for (let k = 0; k < gates.length; k++) {
      const code = gates[k]! - from;
      if (code >= 0 && code < GATE_SLOT) chosen[(code / GROUPS) | 0]! |= 1 << code % GROUPS;
    }
  } else chosen.set(c.gated);
  for (let p = 0; p < chosen.length; p++) {
    const got = chosen[p]!;
    if (got === 0) continue;
    chosen[p] = 0;
    if (got !== c.gated[p]) continue;
    matches(c.each[p]!, text.folded, out);
    regexes++;
  }
  if (regexes > 1) {
    // Several expressions: put their matches back in text order.
    const pairs: [number, number][] = [];
    for (let k = 0; k < out.length; k += 2) pairs.push([out[k]!, out[k + 1]!]);
    pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return pairs.flat();
  }
  return out;
}

function toDrafts(spec: PhraseSpec, folded: string, spans: number[], innocent: RegExp | null): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    if (innocent && coveredBy(innocent, folded, start, end)) continue;
    const last = drafts[drafts.length - 1];
    // One finding for overlapping matches, and per text or sentence when the detector says so.
    if (last && (start < last.end || (spec.merge && (spec.merge === 'text' || !SENTENCE_END.test(folded.slice(last.end, start)))))) {
      last.end = Math.max(last.end, end);
      continue;
    }
    drafts.push({ category: spec.category, rule: spec.rule, start, end, confidence: spec.confidence, reason: spec.reason });
  }
  return drafts;
}

function coveredBy(innocent: RegExp, folded: string, start: number, end: number): boolean {
  innocent.lastIndex = Math.max(0, start - 40);
  let m: RegExpExecArray | null;
  while ((m = innocent.exec(folded)) !== null && m.index <= end) {
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  return false;
}
