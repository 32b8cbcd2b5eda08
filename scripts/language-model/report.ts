// `npm run train:language -- --report`: the figures for the model, honestly held out. Thresholds
// are chosen by grouped cross-validation (each corpus, each training file and the tests a fold of
// its own) on everything but the third corpus; a model trained on all of that is then run in the
// whole engine on the third corpus, beside the engine without it.
import { evalContext, evaluate } from '../../eval/run-eval.ts';
import { loadCorpus } from '../../eval/corpus.ts';
import { DETECTORS } from '../../src/core/checks/detectors.ts';
import { modelDetector } from '../../src/core/checks/language/model/language-model.ts';
import { CATEGORY_COUNT, decodeModel, MODEL_CATEGORIES, type EncodedModel } from '../../src/core/checks/language/model/model.ts';
import type { SentenceRow, Text } from './training-data.ts';
import { fScore } from './thresholds.ts';
import type { CategoryScore } from '../../eval/score.ts';

type Fit = (texts: readonly Text[]) => { encoded: EncodedModel; rows: SentenceRow[]; oof: Float64Array; thresholds: number[] };

const f2 = (x: number) => x.toFixed(2);
const prf = (tp: number, fp: number, positives: number) => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = positives === 0 ? 0 : tp / positives;
  return `${f2(p)} ${f2(r)} ${f2(fScore(tp, fp, positives, 1))}`;
};

export function report(texts: readonly Text[], fit: Fit): void {
  const started = performance.now();
  const { encoded, rows, oof, thresholds } = fit(texts);
  console.log(`Cross-validated by group (${new Set(rows.map((r) => r.group)).size} groups, ${rows.length} sentences of ${texts.length} texts; third corpus left out), per sentence:`);
  console.log('category      threshold   sentences   patterns P R F1   + model P R F1');
  const flaggedClean = new Set<number>();
  let sumF = 0;
  const cleanTexts = new Set(rows.filter((r) => texts[r.text]!.labels.length === 0).map((r) => r.text));
  MODEL_CATEGORIES.forEach((category, c) => {
    let positives = 0, ptp = 0, pfp = 0, tp = 0, fp = 0;
    rows.forEach((r, i) => {
      if (r.y[c]! < 0) return;
      const model = oof[i * CATEGORY_COUNT + c]! >= thresholds[c]!;
      const y = r.y[c] === 1;
      if (y) positives++;
      if (r.pattern[c] && y) ptp++;
      if (r.pattern[c] && !y) pfp++;
      if ((r.pattern[c] || model) && y) tp++;
      if ((r.pattern[c] || model) && !y) fp++;
      if (model && !r.pattern[c] && cleanTexts.has(r.text)) flaggedClean.add(r.text);
    });
    sumF += fScore(tp, fp, positives, 1);
    console.log(`${category.padEnd(13)} ${(Number.isFinite(thresholds[c]!) ? thresholds[c]!.toFixed(2) : 'off').padStart(9)} ${String(positives).padStart(11)}   ${prf(ptp, pfp, positives)}      ${prf(tp, fp, positives)}`);
  });
  console.log(`mean F1 with the model: ${(sumF / CATEGORY_COUNT).toFixed(3)}`);
  console.log(`clean texts the model alone flags: ${flaggedClean.size}/${cleanTexts.size} = ${((100 * flaggedClean.size) / cleanTexts.size).toFixed(1)} %`);

  const third = loadCorpus('third');
  const ctx = evalContext('third');
  const patterns = DETECTORS.filter((d) => d.name !== 'language-model');
  const model = decodeModel(encoded);
  const without = evaluate(third, ctx, patterns);
  const withModel = evaluate(third, ctx, [...patterns, modelDetector(() => model)]);
  console.log(`\nThird corpus (${third.length} texts, ${without.cleanTexts} clean), whole engine, model trained without it:`);
  console.log('category        labels   without: P    R    F1    with: P    R    F1');
  const none: CategoryScore = { labels: 0, findings: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
  for (const category of MODEL_CATEGORIES) {
    const a = without.categories[category] ?? none;
    const b = withModel.categories[category] ?? none;
    console.log(`${category.padEnd(15)} ${String(a.labels).padStart(6)}   ${f2(a.precision)} ${f2(a.recall)} ${f2(a.f1)}   ${f2(b.precision)} ${f2(b.recall)} ${f2(b.f1)}   (TP ${a.tp}→${b.tp}, FP ${a.fp}→${b.fp})`);
  }
  const pct = (n: number, d: number) => `${n}/${d} = ${((100 * n) / d).toFixed(1)} %`;
  console.log(`clean texts with any finding: without ${pct(without.cleanWithFindings, without.cleanTexts)}, with ${pct(withModel.cleanWithFindings, withModel.cleanTexts)}`);
  const added = withModel.misses.filter((m) => m.kind === 'false-alarm' && !without.misses.some((w) => w.kind === 'false-alarm' && w.id === m.id && w.category === m.category && w.text === m.text));
  for (const m of added) console.log(`  model false alarm  ${m.category.padEnd(11)} ${m.id.padEnd(18)} ${JSON.stringify(m.text)}`);
  const found = without.misses.filter((m) => m.kind === 'missed' && MODEL_CATEGORIES.includes(m.category as 'abuse') && !withModel.misses.some((w) => w.kind === 'missed' && w.id === m.id && w.text === m.text && w.category === m.category));
  for (const m of found) console.log(`  model found        ${m.category.padEnd(11)} ${m.id.padEnd(18)} ${JSON.stringify(m.text)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
