// `npm run eval:checks [-- --holdout | --all] [--misses]`: runs the check engine on the labelled
// corpus and prints precision, recall and F1 per category. Dev split by default; tune on dev only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchoolIndex, checkText, type CheckContext, type Detector } from '../src/core/checks/engine.ts';
import type { SchoolIdentity } from '../src/core/checks/types.ts';
import { loadCorpus, type CorpusText } from './corpus.ts';
import { readRoster } from './roster.ts';
import { score, type CategoryScore, type EvalScore } from './score.ts';

export const EVAL_SCHOOL: SchoolIdentity = {
  name: 'Hollins Park Primary School',
  domain: 'hollinspark.sch.uk',
  phone: '0113 496 0123',
  email: 'office@hollinspark.sch.uk',
  address: 'Hollins Lane, Kingsbrook',
  postcode: 'LS27 0HP',
};

const ROSTER = fileURLToPath(new URL('./roster.csv', import.meta.url));

export function evalContext(): CheckContext {
  return { index: buildSchoolIndex(readRoster(ROSTER), EVAL_SCHOOL), rules: [] };
}

/** Scores the engine (or the given detectors) on some texts of the corpus. */
export function evaluate(texts: readonly CorpusText[], ctx: CheckContext = evalContext(), detectors?: readonly Detector[]): EvalScore {
  return score(texts, (t) => checkText({ kind: t.kind, text: t.text }, ctx, detectors).findings);
}

const pct = (x: number) => x.toFixed(2).padStart(5);

function row(name: string, s: CategoryScore): string {
  return `${name.padEnd(30)} ${String(s.labels).padStart(6)} ${String(s.findings).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
}

function report(split: string, s: EvalScore, showMisses: boolean): void {
  console.log(`\n== ${split}: ${s.texts} texts, ${s.cleanTexts} clean`);
  console.log(`${'category'.padEnd(30)} labels findings   TP   FP   FN   prec.  rec.    F1`);
  for (const [c, v] of Object.entries(s.categories)) console.log(row(c, v));
  for (const [g, v] of Object.entries(s.groups)) console.log(row(`[${g}]`, v));
  console.log(`clean texts with any finding: ${s.cleanWithFindings}/${s.cleanTexts} = ${(s.cleanFalseAlarmRate * 100).toFixed(1)} %`);
  if (showMisses) for (const m of s.misses) console.log(`  ${m.kind.padEnd(11)} ${m.category.padEnd(16)} ${m.id.padEnd(18)} ${JSON.stringify(m.text)}`);
}

function main(argv: readonly string[]): void {
  const splits: ('dev' | 'holdout')[] = argv.includes('--all') ? ['dev', 'holdout'] : argv.includes('--holdout') ? ['holdout'] : ['dev'];
  const corpus = loadCorpus();
  const ctx = evalContext();
  const results: Record<string, Omit<EvalScore, 'misses'>> = {};
  for (const split of splits) {
    const started = performance.now();
    const { misses, ...s } = evaluate(corpus.filter((t) => t.split === split), ctx);
    const ms = performance.now() - started;
    report(split, { ...s, misses }, argv.includes('--misses'));
    console.log(`(${ms.toFixed(0)} ms)`);
    results[split] = s;
  }
  const out = fileURLToPath(new URL('../bench/results/eval-checks.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../bench/results/', import.meta.url)), { recursive: true });
  writeFileSync(out, JSON.stringify({ generatedAt: new Date().toISOString(), results }, null, 2) + '\n');
  console.log(`\nwritten: bench/results/eval-checks.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
