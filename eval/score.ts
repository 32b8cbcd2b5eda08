// Scoring for the check evaluation: a finding is right when its category matches a label's and
// their spans overlap. Each label is matched once; extra findings on an already matched label are
// neither right nor wrong (one problem, one finding).
import type { CorpusText } from './corpus.ts';

export interface ScoredFinding {
  category: string;
  start: number;
  end: number;
  text?: string;
}

export interface CategoryScore {
  labels: number;
  findings: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  category: string;
  text: string;
  kind: 'missed' | 'false-alarm';
}

export interface EvalScore {
  texts: number;
  cleanTexts: number;
  /** Texts without labels that got any finding. */
  cleanWithFindings: number;
  cleanFalseAlarmRate: number;
  categories: Record<string, CategoryScore>;
  /** Pooled over groups of categories: names, personal data. */
  groups: Record<string, CategoryScore>;
  misses: Miss[];
}

export const GROUPS: Record<string, readonly string[]> = {
  'names (pupil, staff, parent)': ['pupil-name', 'staff-name', 'parent-name'],
  'personal data': ['phone', 'email', 'postcode', 'street-address', 'date-of-birth'],
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function score(texts: readonly CorpusText[], findingsFor: (t: CorpusText) => readonly ScoredFinding[]): EvalScore {
  const counts = new Map<string, { labels: number; findings: number; tp: number; fp: number }>();
  const bump = (c: string) => {
    let v = counts.get(c);
    if (!v) counts.set(c, (v = { labels: 0, findings: 0, tp: 0, fp: 0 }));
    return v;
  };
  const misses: Miss[] = [];
  let cleanTexts = 0;
  let cleanWithFindings = 0;
  for (const t of texts) {
    const findings = findingsFor(t);
    if (t.labels.length === 0) {
      cleanTexts += 1;
      if (findings.length > 0) cleanWithFindings += 1;
    }
    const matched = new Set<number>();
    for (const l of t.labels) bump(l.category).labels += 1;
    for (const f of findings) {
      const c = bump(f.category);
      c.findings += 1;
      const free = t.labels.findIndex((l, i) => !matched.has(i) && l.category === f.category && overlaps(l, f));
      if (free >= 0) {
        matched.add(free);
        c.tp += 1;
      } else if (!t.labels.some((l) => l.category === f.category && overlaps(l, f))) {
        c.fp += 1;
        misses.push({ id: t.id, category: f.category, text: f.text ?? t.text.slice(f.start, f.end), kind: 'false-alarm' });
      }
    }
    t.labels.forEach((l, i) => {
      if (!matched.has(i)) misses.push({ id: t.id, category: l.category, text: l.text, kind: 'missed' });
    });
  }
  const categories: Record<string, CategoryScore> = {};
  for (const [c, v] of [...counts].sort(([a], [b]) => a.localeCompare(b))) categories[c] = finish(v);
  const groups: Record<string, CategoryScore> = {};
  for (const [g, members] of Object.entries(GROUPS)) {
    const sum = { labels: 0, findings: 0, tp: 0, fp: 0 };
    for (const m of members) {
      const v = counts.get(m);
      if (!v) continue;
      sum.labels += v.labels;
      sum.findings += v.findings;
      sum.tp += v.tp;
      sum.fp += v.fp;
    }
    groups[g] = finish(sum);
  }
  return {
    texts: texts.length,
    cleanTexts,
    cleanWithFindings,
    cleanFalseAlarmRate: cleanTexts === 0 ? 0 : cleanWithFindings / cleanTexts,
    categories,
    groups,
    misses,
  };
}

function finish(v: { labels: number; findings: number; tp: number; fp: number }): CategoryScore {
  const fn = v.labels - v.tp;
  // No labels and no findings: nothing to get wrong. No findings at all: precision 0, not 1.
  const precision = v.tp + v.fp === 0 ? (v.labels === 0 ? 1 : 0) : v.tp / (v.tp + v.fp);
  const recall = v.labels === 0 ? (v.fp === 0 ? 1 : 0) : v.tp / v.labels;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...v, fn, precision, recall, f1 };
}
