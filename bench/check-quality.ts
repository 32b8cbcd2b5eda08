// Quality of each contender in the check benchmark on the labelled eval corpus (all texts, dev and
// holdout: this only reads labels, it tunes nothing), for the categories it claims: recall of the
// phone, e-mail and postcode labels for personal-data tools, of the profanity labels for
// swear-word filters, and for every tool the share of clean texts (no label at all) it flags.
// A label counts as found when anything the tool marks overlaps it, whatever the tool calls it:
// the redactors' own labels ("DIGITS", "ZIPCODE") do not map onto ours, so all are judged alike.
import { loadCorpus, type CorpusName, type CorpusText } from '../eval/corpus.ts';
import type { CheckKind } from '../src/core/checks/types.ts';

/** Half-open spans [start, end) of the text a tool marks, in UTF-16 units of the original. */
export type Spans = Array<[number, number]>;
export type SpanFinder = (t: { kind: CheckKind; text: string }) => Spans;

export const PERSONAL_DATA_LABELS = ['phone', 'email', 'postcode'] as const;
export const PROFANITY_LABELS = ['profanity'] as const;

export interface Quality {
  /** Per label category: how many labels, how many found. */
  recall: Record<string, { labels: number; found: number; recall: number }>;
  cleanTexts: number;
  cleanFlagged: number;
  cleanFalseAlarmRate: number;
}

export function corpus(name: CorpusName = 'main'): CorpusText[] {
  return loadCorpus(name);
}

export function quality(texts: readonly CorpusText[], categories: readonly string[], find: SpanFinder): Quality {
  const recall: Quality['recall'] = {};
  for (const c of categories) recall[c] = { labels: 0, found: 0, recall: 0 };
  let cleanTexts = 0;
  let cleanFlagged = 0;
  for (const t of texts) {
    const spans = find({ kind: t.kind, text: t.text });
    if (t.labels.length === 0) {
      cleanTexts++;
      if (spans.length > 0) cleanFlagged++;
    }
    for (const l of t.labels) {
      const r = recall[l.category];
      if (!r) continue;
      r.labels++;
      if (spans.some(([s, e]) => s < l.end && l.start < e)) r.found++;
    }
  }
  for (const r of Object.values(recall)) r.recall = r.labels === 0 ? 0 : r.found / r.labels;
  return { recall, cleanTexts, cleanFlagged, cleanFalseAlarmRate: cleanTexts === 0 ? 0 : cleanFlagged / cleanTexts };
}

/**
 * What a redactor changed, as spans of the original: the characters a longest common subsequence
 * of the two texts does not keep. A pure insertion marks the character it comes before.
 */
export function changedSpans(original: string, redacted: string): Spans {
  if (original === redacted) return [];
  const n = original.length;
  const m = redacted.length;
  // lcs[i][j]: the longest common subsequence of original[i..] and redacted[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = original[i] === redacted[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const changed = new Uint8Array(n + 1);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && original[i] === redacted[j] && lcs[i * width + j] === lcs[(i + 1) * width + j + 1]! + 1) {
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      changed[i++] = 1;
    } else {
      changed[Math.min(i, n - 1)] = 1;
      j++;
    }
  }
  const spans: Spans = [];
  for (let k = 0; k < n; k++) {
    if (!changed[k]) continue;
    const start = k;
    while (k < n && changed[k]) k++;
    spans.push([start, k]);
  }
  return spans;
}
