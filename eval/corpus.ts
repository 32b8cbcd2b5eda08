// The labelled corpora for `npm run eval:checks`: parses the compact markup in eval/corpus/src/*.txt
// (split dev 70 % / holdout 30 %) and eval/fresh/*.txt (an independently written second corpus,
// split fresh-dev 50 % / fresh-holdout 50 %), deterministically by a hash of the plain text, and
// eval/third … eval/tenth (each held out entirely: one split named after it, run once).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckKind } from '../src/core/checks/types.ts';

export interface Label {
  category: string;
  start: number;
  end: number;
  text: string;
}

export interface CorpusText {
  /** "comments.txt:42": the file and line it came from. */
  id: string;
  kind: CheckKind;
  text: string;
  labels: Label[];
  /** Spans marked `none`: traps that must not be flagged (documentation; scored like plain text). */
  traps: Label[];
  split: Split;
}

/**
 * Corpora written without reading the engine and held out entirely (one split each), already run
 * once: their misses have been read and the language model trains on them.
 */
export const HELD_OUT_CORPORA = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const;
export type HeldOutCorpus = (typeof HELD_OUT_CORPORA)[number];

/**
 * Held out entirely and not yet spent: nothing trains or tunes on these, and their misses are not
 * read until their figures are recorded (eval/README.md). Kept apart from HELD_OUT_CORPORA, which
 * the model's training reads.
 */
// eighth and ninth were run on 2026-11-23 and are spent; tenth was written blind and run once that night.
export const UNSPENT_CORPORA = ['tenth'] as const;
export type UnspentCorpus = (typeof UNSPENT_CORPORA)[number];

export type Split = 'dev' | 'holdout' | 'fresh-dev' | 'fresh-holdout' | HeldOutCorpus | UnspentCorpus;

/**
 * `main`: eval/corpus/src, written with the detectors; `fresh`: eval/fresh, written without them;
 * the held-out ones: written without them and never tuned on.
 */
export type CorpusName = 'main' | 'fresh' | HeldOutCorpus | UnspentCorpus;

/** A corpus that is one split of its own (spent or not). */
export const isHeldOut = (corpus: string): corpus is HeldOutCorpus | UnspentCorpus =>
  (HELD_OUT_CORPORA as readonly string[]).includes(corpus) || (UNSPENT_CORPORA as readonly string[]).includes(corpus);

export const CORPUS_FILES: readonly { file: string; kind: CheckKind }[] = [
  { file: 'posts.txt', kind: 'post' },
  { file: 'comments.txt', kind: 'comment' },
  { file: 'personal.txt', kind: 'personal' },
];

export const CORPUS_DIRS: Record<CorpusName, string> = {
  main: fileURLToPath(new URL('./corpus/src/', import.meta.url)),
  fresh: fileURLToPath(new URL('./fresh/', import.meta.url)),
  third: fileURLToPath(new URL('./third/', import.meta.url)),
  fourth: fileURLToPath(new URL('./fourth/', import.meta.url)),
  fifth: fileURLToPath(new URL('./fifth/', import.meta.url)),
  sixth: fileURLToPath(new URL('./sixth/', import.meta.url)),
  seventh: fileURLToPath(new URL('./seventh/', import.meta.url)),
  eighth: fileURLToPath(new URL('./eighth/', import.meta.url)),
  ninth: fileURLToPath(new URL('./ninth/', import.meta.url)),
  tenth: fileURLToPath(new URL('./tenth/', import.meta.url)),
};

export function loadCorpus(corpus: CorpusName = 'main'): CorpusText[] {
  const dir = CORPUS_DIRS[corpus];
  const texts: CorpusText[] = [];
  for (const { file, kind } of CORPUS_FILES) {
    const lines = readFileSync(dir + file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      texts.push({ id: `${file}:${i + 1}`, kind, ...parseLine(line, `${file}:${i + 1}`, corpus) });
    });
  }
  return texts;
}

/** Parses one line of markup: `[[matched text|category]]`, nestable; `\n` and `\uXXXX` escapes. */
export function parseLine(line: string, where = 'line', corpus: CorpusName = 'main'): Omit<CorpusText, 'id' | 'kind'> {
  let text = '';
  const open: number[] = [];
  const labels: Label[] = [];
  const traps: Label[] = [];
  let i = 0;
  while (i < line.length) {
    if (line.startsWith('[[', i)) {
      open.push(text.length);
      i += 2;
      continue;
    }
    const close = open.length > 0 ? /^\|([a-z-]+)\]\]/.exec(line.slice(i, i + 40)) : null;
    if (close) {
      const start = open.pop()!;
      const label = { category: close[1]!, start, end: text.length, text: text.slice(start, text.length) };
      if (label.end <= label.start) throw new Error(`${where}: empty label ${close[0]}`);
      (label.category === 'none' ? traps : labels).push(label);
      i += close[0].length;
      continue;
    }
    if (line[i] === '\\' && line[i + 1] === 'n') {
      text += '\n';
      i += 2;
      continue;
    }
    const escape = line[i] === '\\' ? /^\\u([0-9a-fA-F]{4})/.exec(line.slice(i, i + 6)) : null;
    if (escape) {
      text += String.fromCharCode(parseInt(escape[1]!, 16));
      i += 6;
      continue;
    }
    text += line[i];
    i += 1;
  }
  if (open.length > 0) throw new Error(`${where}: unclosed [[`);
  labels.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, labels, traps, split: isHeldOut(corpus) ? corpus : corpus === 'fresh' ? freshSplitOf(text) : splitOf(text) };
}

/** FNV-1a of the plain text: a line keeps its split when its labels are corrected. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The first corpus: holdout below 30, dev otherwise. */
export function splitOf(text: string): 'dev' | 'holdout' {
  return fnv1a(text) % 100 < 30 ? 'holdout' : 'dev';
}

/** The fresh corpus, halved: fresh-dev below 50, fresh-holdout otherwise. */
export function freshSplitOf(text: string): 'fresh-dev' | 'fresh-holdout' {
  return fnv1a(text) % 100 < 50 ? 'fresh-dev' : 'fresh-holdout';
}
