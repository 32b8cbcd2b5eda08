// `npm run eval:checks [-- --corpus fresh|third|…|tenth] [--holdout | --all] [--misses]
// [--without DETECTOR,...]`: runs the check engine on a labelled corpus and prints precision, recall
// and F1 per category. Dev split by default; tune on dev only. The other corpora were written
// independently for schools of their own; third to tenth are one split each, held out entirely
// and run once. `--without` leaves detectors out by name, to compare on the same run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchoolIndex, checkText, type CheckContext, type Detector } from '../src/core/checks/engine.ts';
import type { SchoolIdentity } from '../src/core/checks/types.ts';
import { DETECTORS } from '../src/core/checks/detectors.ts';
import { CORPUS_DIRS, HELD_OUT_CORPORA, isHeldOut, UNSPENT_CORPORA, loadCorpus, type CorpusName, type CorpusText, type Split } from './corpus.ts';
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

/** The first corpus's roster sits in eval/; every other corpus keeps its roster.csv in its own folder. */
const rosterOf = (corpus: CorpusName): string =>
  corpus === 'main' ? fileURLToPath(new URL('./roster.csv', import.meta.url)) : CORPUS_DIRS[corpus] + 'roster.csv';

/** The other corpora's schools publish their details in school.json beside them. */
export function schoolOf(corpus: CorpusName): SchoolIdentity {
  if (corpus === 'main') return EVAL_SCHOOL;
  const s = JSON.parse(readFileSync(CORPUS_DIRS[corpus] + 'school.json', 'utf8')) as Record<string, string>;
  return { name: s.name!, domain: s.domain!, phone: s.phone!, email: s.email!, address: s.address!, postcode: s.postcode! };
}

export function evalContext(corpus: CorpusName = 'main'): CheckContext {
  return { index: buildSchoolIndex(readRoster(rosterOf(corpus)), schoolOf(corpus)), rules: [] };
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

/** Which corpus and splits the arguments ask for; the results file is named after the corpus. */
export function parseArgs(argv: readonly string[]): { corpus: CorpusName; splits: Split[]; out: string } {
  const at = argv.indexOf('--corpus');
  const name = at >= 0 ? argv[at + 1] : 'main';
  const names = ['main', 'fresh', ...HELD_OUT_CORPORA, ...UNSPENT_CORPORA];
  if (name === undefined || !names.includes(name)) throw new Error(`--corpus must be one of ${names.map((n) => `"${n}"`).join(', ')}, not ${JSON.stringify(name)}`);
  // A held-out corpus is one split: --holdout and --all change nothing.
  if (isHeldOut(name)) return { corpus: name, splits: [name], out: `eval-checks-${name}.json` };
  const [dev, holdout]: [Split, Split] = name === 'fresh' ? ['fresh-dev', 'fresh-holdout'] : ['dev', 'holdout'];
  const splits = argv.includes('--all') ? [dev, holdout] : argv.includes('--holdout') ? [holdout] : [dev];
  return { corpus: name as 'main' | 'fresh', splits, out: name === 'fresh' ? 'eval-checks-fresh.json' : 'eval-checks.json' };
}

/** The engine's detectors less those named after --without (e.g. to score the patterns alone). */
export function detectorsWithout(argv: readonly string[]): { detectors: readonly Detector[]; without: string[] } {
  const at = argv.indexOf('--without');
  if (at < 0) return { detectors: DETECTORS, without: [] };
  const without = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = without.filter((n) => !DETECTORS.some((d) => d.name === n));
  if (without.length === 0 || unknown.length) throw new Error(`--without takes detector names from: ${DETECTORS.map((d) => d.name).join(', ')}`);
  return { detectors: DETECTORS.filter((d) => !without.includes(d.name)), without };
}

function main(argv: readonly string[]): void {
  const { corpus: name, splits, out: fullOut } = parseArgs(argv);
  const { detectors, without } = detectorsWithout(argv);
  const out = without.length ? fullOut.replace('.json', `-without-${without.join('-')}.json`) : fullOut;
  if (without.length) console.log(`without: ${without.join(', ')}`);
  const corpus = loadCorpus(name);
  const ctx = evalContext(name);
  const results: Record<string, Omit<EvalScore, 'misses'>> = {};
  for (const split of splits) {
    const started = performance.now();
    const { misses, ...s } = evaluate(corpus.filter((t) => t.split === split), ctx, detectors);
    const ms = performance.now() - started;
    report(split, { ...s, misses }, argv.includes('--misses'));
    console.log(`(${ms.toFixed(0)} ms)`);
    results[split] = s;
  }
  mkdirSync(fileURLToPath(new URL('../bench/results/', import.meta.url)), { recursive: true });
  writeFileSync(fileURLToPath(new URL(`../bench/results/${out}`, import.meta.url)), JSON.stringify({ generatedAt: new Date().toISOString(), results }, null, 2) + '\n');
  console.log(`\nwritten: bench/results/${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
