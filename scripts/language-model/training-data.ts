// The language model's training data, in a fixed order: the three labelled corpora, eval/train
// (written for training), the phrasings in test-phrasings.ts and the sentences of the language
// detectors' tests. Each text is cut into the sentences the detector scores, and each sentence is
// labelled per category: 1 when a label of that category overlaps it, 0 when not, and -1
// (unknown) for the categories a test sentence says nothing about.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus, parseLine, type CorpusName } from '../../eval/corpus.ts';
import { buildSchoolIndex, checkText, normalise, type Detector } from '../../src/core/checks/engine.ts';
import { featureRoom, sentenceFeatures, sentencesOf } from '../../src/core/checks/language/model/features.ts';
import { CATEGORY_COUNT, MODEL_CATEGORIES, type ModelCategory } from '../../src/core/checks/language/model/model.ts';
import * as phrasings from '../../src/core/checks/language/test-phrasings.ts';
import type { CheckKind } from '../../src/core/checks/types.ts';

export interface Text {
  /** Which body of text it came from: folds of the cross-validation never split a group. */
  group: string;
  id: string;
  kind: CheckKind;
  text: string;
  labels: readonly { category: string; start: number; end: number }[];
  /** Categories whose labels are complete for this text; the rest are unknown. */
  known: readonly ModelCategory[];
}

export interface SentenceRow {
  group: string;
  /** Index of its text in the list: a text is clean when it has no labels at all. */
  text: number;
  features: Int32Array;
  /** Per category: 1, 0, or -1 when unknown. */
  y: Int8Array;
  /** Per category: 1 when a pattern detector already reports it in this sentence. */
  pattern: Uint8Array;
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const ALL = [...MODEL_CATEGORIES];

export function corpusTexts(name: CorpusName): Text[] {
  return loadCorpus(name).map((t) => ({ group: name, id: `${name}/${t.id}`, kind: t.kind, text: t.text, labels: t.labels, known: ALL }));
}

/** eval/train/*.txt in the corpora's markup; the kind is the file name's first word (comments-dialect.txt). */
export function trainingTexts(): Text[] {
  const dir = root('eval/train/');
  const texts: Text[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const kind = ({ posts: 'post', comments: 'comment', personal: 'personal' } as const)[file.split(/[-.]/)[0] as 'posts'];
    if (!kind) throw new Error(`eval/train/${file}: name it posts-, comments- or personal-…`);
    readFileSync(dir + file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '' || line.startsWith('#')) return;
        const { text, labels } = parseLine(line, `${file}:${i + 1}`);
        texts.push({ group: `train/${file}`, id: `train/${file}:${i + 1}`, kind, text, labels, known: ALL });
      });
  }
  return texts;
}

const PHRASING_LISTS: [ModelCategory, readonly string[]][] = [
  ['abuse', phrasings.NEW_ABUSE],
  ['threat', phrasings.NEW_THREATS],
  ['allegation', phrasings.NEW_ALLEGATIONS],
  ['hate', phrasings.NEW_HATE],
  ['complaint', phrasings.NEW_COMPLAINTS],
];

/**
 * The phrasings and the detectors' own test sentences: a sentence a test expects to be found is
 * positive for that detector's category, one it expects to pass is negative; other categories unknown.
 */
export function testTexts(): Text[] {
  const texts: Text[] = [];
  const add = (category: ModelCategory, text: string, positive: boolean, id: string) =>
    texts.push({ group: 'tests', id, kind: 'comment', text, labels: positive ? [{ category, start: 0, end: text.length }] : [], known: [category] });
  for (const [category, list] of PHRASING_LISTS) list.forEach((text, i) => add(category, text, true, `phrasings/${category}:${i}`));
  for (const category of ALL) {
    const lines = readFileSync(root(`src/core/checks/language/${category}.test.ts`), 'utf8').split('\n');
    let clean = false;
    lines.forEach((line, i) => {
      if (/for \(const clean of \[/.test(line)) clean = true;
      for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
        const text = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
        // Sentences, not kinds, names of tests or expected fragments of one word.
        if (text.split(/\s+/).length < 3 || /^(finds|leaves|gives|covers|lets)\b/.test(text)) continue;
        add(category, text, !clean && !line.includes('toEqual([])'), `tests/${category}:${i + 1}`);
      }
      if (clean && /^\s*\]\)/.test(line)) clean = false;
    });
  }
  return texts;
}

/** Cuts texts into labelled sentences with their features, and notes where the patterns already report. */
export function sentenceRows(texts: readonly Text[], patterns: readonly Detector[]): SentenceRow[] {
  const ctx = { index: buildSchoolIndex([]), rules: [] };
  const rows: SentenceRow[] = [];
  texts.forEach((t, index) => {
    const normalised = normalise(t.text);
    const tokens = normalised.tokens;
    const found = checkText({ kind: t.kind, text: t.text }, ctx, patterns).findings;
    for (const s of sentencesOf(tokens)) {
      const buffer = new Int32Array(featureRoom(tokens, s));
      const n = sentenceFeatures(tokens, s, t.kind, buffer);
      const start = normalised.toOriginalStart(tokens[s.from]!.start);
      const end = normalised.toOriginalEnd(tokens[s.to - 1]!.end);
      const y = new Int8Array(CATEGORY_COUNT);
      const pattern = new Uint8Array(CATEGORY_COUNT);
      ALL.forEach((category, c) => {
        const overlaps = (l: { category: string; start: number; end: number }) => l.category === category && l.start < end && start < l.end;
        y[c] = t.known.includes(category) ? (t.labels.some(overlaps) ? 1 : 0) : -1;
        pattern[c] = found.some(overlaps) ? 1 : 0;
      });
      rows.push({ group: t.group, text: index, features: buffer.slice(0, n), y, pattern });
    }
  });
  return rows;
}
