// `npm run train:language -- --loco`: leave one corpus out. For each corpus written by someone who
// never read the engine (third to ninth), the model is trained on everything else (thresholds
// chosen the normal way, by grouped cross-validation), then the whole engine is scored on the
// corpus left out, with and without the model. The patterns were mended after those corpora were
// read, so the figures flatter the engine: they are for comparing variants of the model with each
// other on one snapshot of the data, not for quoting as the engine's accuracy.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type HeldOutCorpus } from '../../eval/corpus.ts';
import { evalContext, evaluate } from '../../eval/run-eval.ts';
import { DETECTORS } from '../../src/core/checks/detectors.ts';
import { modelDetector } from '../../src/core/checks/language/model/language-model.ts';
import { decodeModel, type EncodedModel } from '../../src/core/checks/language/model/model.ts';
import type { Text } from './training-data.ts';

type Fit = (texts: readonly Text[]) => { encoded: EncodedModel };

/**
 * The held-out corpora already run once and trained on, named here rather than taken from
 * eval/corpus.ts, so a new held-out corpus is never trained on before its one run.
 */
export const SPENT_CORPORA = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const satisfies readonly HeldOutCorpus[];

/** The categories the yardstick reports; the first three are the ones a variant is judged on. */
export const LOCO_CATEGORIES = ['abuse', 'threat', 'allegation', 'complaint', 'hate'] as const;
const JUDGED = ['abuse', 'threat', 'allegation'] as const;

interface Side {
  f1: Record<string, number>;
  /** Findings matching no label, per category: where the model's false alarms fall. */
  falseAlarms: Record<string, number>;
  cleanWithFindings: number;
  cleanTexts: number;
}

export interface LocoRun {
  corpus: HeldOutCorpus;
  without: Side;
  with: Side;
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Which training files were present, with a digest of each, so runs on one snapshot can be told apart. */
function snapshot(): { commit: string; train: Record<string, string>; patterns: string } {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout: the digests below still identify the data.
  }
  const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  const train = Object.fromEntries(
    readdirSync(root('eval/train/'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [f, digest(root(`eval/train/${f}`))]),
  );
  const language = root('src/core/checks/language/');
  const all = createHash('sha256');
  for (const f of readdirSync(language).filter((f) => f.endsWith('.ts')).sort()) all.update(f).update(readFileSync(language + f));
  return { commit, train, patterns: all.digest('hex').slice(0, 12) };
}

function side(corpus: HeldOutCorpus, model: EncodedModel | null): Side {
  const texts = loadCorpus(corpus);
  const patterns = DETECTORS.filter((d) => d.name !== 'language-model');
  const decoded = model && decodeModel(model);
  const detectors = decoded ? [...patterns, modelDetector(() => decoded)] : patterns;
  const s = evaluate(texts, evalContext(corpus), detectors);
  // A category with no labels and no findings in a corpus scores 1: every corpus here has labels in all five.
  const f1 = Object.fromEntries(LOCO_CATEGORIES.map((c) => [c, s.categories[c]?.f1 ?? 1]));
  const falseAlarms = Object.fromEntries(LOCO_CATEGORIES.map((c) => [c, s.categories[c]?.fp ?? 0]));
  return { f1, falseAlarms, cleanWithFindings: s.cleanWithFindings, cleanTexts: s.cleanTexts };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean over corpora of each category's F1, the mean of the judged three, and the pooled clean-text false-alarm share. */
export function summary(runs: readonly LocoRun[], which: 'with' | 'without') {
  const f1 = Object.fromEntries(LOCO_CATEGORIES.map((c) => [c, mean(runs.map((r) => r[which].f1[c]!))]));
  const judged = mean(JUDGED.map((c) => f1[c]!));
  const clean = runs.reduce((a, r) => a + r[which].cleanWithFindings, 0) / runs.reduce((a, r) => a + r[which].cleanTexts, 0);
  const falseAlarms = Object.fromEntries(LOCO_CATEGORIES.map((c) => [c, runs.reduce((a, r) => a + r[which].falseAlarms[c]!, 0)]));
  return { f1, judged, clean, falseAlarms };
}

/**
 * Runs the yardstick: `textsWithout(corpus)` gives the training texts with that corpus (and test
 * sentences copied from it) left out; `fit` trains as `npm run train:language` does.
 */
export function loco(textsWithout: (corpus: HeldOutCorpus) => Text[], fit: Fit, options: object): LocoRun[] {
  const started = performance.now();
  const data = snapshot();
  console.log(`Leave one corpus out at ${data.commit}; patterns ${data.patterns}; eval/train: ${Object.keys(data.train).join(' ')}`);
  const runs: LocoRun[] = [];
  const f2 = (x: number) => x.toFixed(2);
  const pct = (s: Side) => `${s.cleanWithFindings}/${s.cleanTexts}`.padStart(7);
  console.log(`corpus     ${LOCO_CATEGORIES.map((c) => c.padEnd(11)).join(' ')} clean with findings   (F1 without → with the model)`);
  for (const corpus of SPENT_CORPORA) {
    const { encoded } = fit(textsWithout(corpus));
    const run = { corpus, without: side(corpus, null), with: side(corpus, encoded) };
    runs.push(run);
    console.log(`${corpus.padEnd(10)} ${LOCO_CATEGORIES.map((c) => `${f2(run.without.f1[c]!)}→${f2(run.with.f1[c]!)}`.padEnd(11)).join(' ')} ${pct(run.without)} → ${pct(run.with)}`);
  }
  const a = summary(runs, 'without');
  const b = summary(runs, 'with');
  console.log(`${'mean'.padEnd(10)} ${LOCO_CATEGORIES.map((c) => `${f2(a.f1[c]!)}→${f2(b.f1[c]!)}`.padEnd(11)).join(' ')} ${(100 * a.clean).toFixed(2)} % → ${(100 * b.clean).toFixed(2)} %`);
  console.log(`false alarms over all five: ${LOCO_CATEGORIES.map((c) => `${c} ${a.falseAlarms[c]}→${b.falseAlarms[c]}`).join(', ')}`);
  console.log(`abuse, threat, allegation mean F1: ${a.judged.toFixed(3)} without the model, ${b.judged.toFixed(3)} with it (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const dir = root('bench/results/');
  mkdirSync(dir, { recursive: true });
  const out = { generatedAt: new Date().toISOString(), data, options, runs, mean: { without: a, with: b } };
  writeFileSync(dir + 'language-model-loco.json', JSON.stringify(out, null, 2) + '\n');
  console.log('written: bench/results/language-model-loco.json');
  return runs;
}
