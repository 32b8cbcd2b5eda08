// Measures the policy importer against the hand-written expected rule sets: per document the
// precision, recall and stated parameters extracted exactly, and the time per document (median
// of many runs). The five seeds are what the importer was tuned on; the held-out documents were
// written before tuning and never tuned on, so their figures are the honest generalisation measure.
// Run: npm run bench:policy-import  (writes bench/results/policy-import.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importPolicy } from '../src/core/rules/import-policy.ts';
import { evaluateImport } from '../src/core/rules/import/evaluate.ts';
import { holdoutFixtures, seedFixtures, type PolicyFixture } from '../test/support/policy-fixtures.ts';

const RUNS = 50;
/** A printed A4 page of policy prose holds about 3,000 characters. */
const CHARS_PER_PAGE = 3000;

function medianMs(text: string, runs = RUNS): number {
  importPolicy(text); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    importPolicy(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Row {
  document: string;
  set: 'seed' | 'holdout';
  pages: number;
  expected: number;
  proposed: number;
  precision: number;
  recall: number;
  paramsExact: number;
  paramsStated: number;
  medianMs: number;
  falsePositives: string[];
  missed: string[];
  paramProblems: string[];
  citeProblems: string[];
  metadataProblems: string[];
}

function measure(f: PolicyFixture, set: Row['set']): Row {
  const result = importPolicy(f.text);
  const e = evaluateImport(result, f.expected);
  return {
    document: f.name,
    set,
    pages: Math.round((f.text.length / CHARS_PER_PAGE) * 10) / 10,
    expected: e.truePositives.length + e.missed.length,
    proposed: result.rules.length,
    precision: e.precision,
    recall: e.recall,
    paramsExact: e.paramsExact,
    paramsStated: e.paramsStated,
    medianMs: medianMs(f.text),
    falsePositives: e.falsePositives,
    missed: e.missed,
    paramProblems: e.paramProblems,
    citeProblems: e.citeProblems,
    metadataProblems: e.metadataProblems,
  };
}

/** Micro-averaged over a set: every rule of every document counts once. */
function summary(rows: readonly Row[]) {
  const tp = rows.reduce((n, r) => n + r.expected - r.missed.length, 0);
  const proposed = rows.reduce((n, r) => n + r.proposed, 0);
  const expected = rows.reduce((n, r) => n + r.expected, 0);
  return {
    documents: rows.length,
    precision: proposed ? tp / proposed : 1,
    recall: expected ? tp / expected : 1,
    paramsExact: rows.reduce((n, r) => n + r.paramsExact, 0),
    paramsStated: rows.reduce((n, r) => n + r.paramsStated, 0),
    medianMsPerDocument: [...rows.map((r) => r.medianMs)].sort((a, b) => a - b)[Math.floor(rows.length / 2)] ?? 0,
  };
}

const seeds = seedFixtures().map((f) => measure(f, 'seed'));
const holdout = holdoutFixtures().map((f) => measure(f, 'holdout'));

// A long policy: every document end to end, repeated until it is at least 20 pages.
const all = [...seedFixtures(), ...holdoutFixtures()].map((f) => f.text).join('\n\n');
let long = all;
while (long.length < 20 * CHARS_PER_PAGE) long += `\n\n${all}`;
const longPolicy = { pages: Math.round(long.length / CHARS_PER_PAGE), characters: long.length, medianMs: medianMs(long, 30) };

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const line = (r: Row) =>
  `${r.document.padEnd(28)} ${String(r.pages).padStart(5)} ${String(r.expected).padStart(4)} ${String(r.proposed).padStart(4)} ${pct(r.precision)} ${pct(r.recall)} ${`${r.paramsExact}/${r.paramsStated}`.padStart(7)} ${r.medianMs.toFixed(1).padStart(8)}`;
const header = `${'document'.padEnd(28)} ${'pages'.padStart(5)} ${'want'.padStart(4)} ${'got'.padStart(4)} ${'prec'.padStart(5)} ${'recl'.padStart(5)} ${'params'.padStart(7)} ${'ms (med)'.padStart(8)}`;

for (const [name, rows] of [['Seeds (tuned on)', seeds], ['Held out (never tuned on)', holdout]] as const) {
  const s = summary(rows);
  console.log(`\n${name}`);
  console.log(header);
  for (const r of rows) {
    console.log(line(r));
    for (const p of [...r.falsePositives.map((id) => `extra: ${id}`), ...r.missed.map((id) => `missed: ${id}`), ...r.paramProblems, ...r.citeProblems, ...r.metadataProblems.map((m) => `metadata ${m}`)]) {
      console.log(`    ${p}`);
    }
  }
  console.log(`${'all'.padEnd(28)} ${''.padStart(5)} ${''.padStart(4)} ${''.padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${`${s.paramsExact}/${s.paramsStated}`.padStart(7)} ${s.medianMsPerDocument.toFixed(1).padStart(8)}`);
}
console.log(`\nA ${longPolicy.pages}-page policy (${longPolicy.characters} characters): ${longPolicy.medianMs.toFixed(1)} ms (median of 30 runs; target < 200 ms)`);

const out = resolve(import.meta.dirname, 'results/policy-import.json');
mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, runsPerDocument: RUNS, seeds: { summary: summary(seeds), documents: seeds }, holdout: { summary: summary(holdout), documents: holdout }, longPolicy }, null, 2)}\n`,
);
console.log(`Written to ${out}`);
