// Check benchmark: throughput on one core and p50/p99 latency for 300-character texts with a roster
// of 2,000 people, the index build time and memory; then, in the same process on the same texts,
// the npm packages a school might otherwise use. Prints a table; writes bench/results/check.json.
// Run: npm run bench:check   (figures, not a timed test: the machine's load changes them)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import leoProfanity from 'leo-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import redactPii from 'redact-pii';
import { buildSchoolIndex, check, type CheckContext } from '../src/core/checks/engine.ts';
import { benchRoster, benchTexts, type BenchText } from './check-fixtures.ts';

const ROSTER_SIZE = 2_000;
const TEXTS = 2_000;
const RUN_MS = Number(process.env.BENCH_MS ?? 1_500);

interface Measured {
  name: string;
  textsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Texts in which it found anything: a rough sense of what it looks for. */
  flaggedShare: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

function measure(name: string, texts: readonly BenchText[], fn: (t: BenchText) => boolean): Measured {
  // Warm up so the JIT has compiled the hot paths.
  for (let i = 0; i < Math.min(texts.length, 500); i++) fn(texts[i]!);
  let flagged = 0;
  for (const t of texts) if (fn(t)) flagged++;
  // Throughput: as many passes over the texts as fit in RUN_MS.
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < RUN_MS) {
    for (const t of texts) fn(t);
    done += texts.length;
  }
  const textsPerSecond = done / ((performance.now() - started) / 1000);
  // Latency: each call timed on its own.
  const times = new Float64Array(texts.length * 3);
  for (let k = 0; k < times.length; k++) {
    const t = texts[k % texts.length]!;
    const s = process.hrtime.bigint();
    fn(t);
    times[k] = Number(process.hrtime.bigint() - s) / 1e6;
  }
  times.sort();
  return { name, textsPerSecond, p50Ms: times[Math.floor(times.length * 0.5)]!, p99Ms: times[Math.floor(times.length * 0.99)]!, flaggedShare: flagged / texts.length };
}

function median(runs: Measured[]): Measured {
  const mid = (f: (m: Measured) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { name: runs[0]!.name, textsPerSecond: mid((m) => m.textsPerSecond), p50Ms: mid((m) => m.p50Ms), p99Ms: mid((m) => m.p99Ms), flaggedShare: runs[0]!.flaggedShare };
}

function main(): void {
  const people = benchRoster(ROSTER_SIZE);
  const texts = benchTexts(TEXTS, people);
  const school = { name: 'Oakfield Primary School', domain: 'oakfield.sch.uk', phone: '01632 960123', email: 'office@oakfield.sch.uk', postcode: 'OX4 1AB', address: '12 Mill Lane, Oxford' };

  const before = heap();
  let index = buildSchoolIndex(people, school);
  const indexBytes = heap() - before;
  const builds: number[] = [];
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    index = buildSchoolIndex(people, school);
    builds.push(performance.now() - s);
  }
  builds.sort((a, b) => a - b);
  const ctx: CheckContext = { index, rules: [] };
  const bigRoster = benchRoster(50_000, 7);
  const s50 = performance.now();
  buildSchoolIndex(bigRoster, school);
  const build50k = performance.now() - s50;

  const redactor = new redactPii.SyncRedactor();
  const redactpii = new Redactor();
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const contenders: Array<[string, (t: BenchText) => boolean]> = [
    ['parapet check', (t) => check(t, ctx).length > 0],
    ['redact-pii', (t) => redactor.redact(t.text) !== t.text],
    ['@redactpii/node', (t) => redactpii.redact(t.text) !== t.text],
    ['obscenity', (t) => matcher.hasMatch(t.text)],
    ['leo-profanity', (t) => leoProfanity.check(t.text)],
  ];
  // Three interleaved rounds, each figure the median: the machine's load changes while it runs.
  const rounds = contenders.map(() => [] as Measured[]);
  for (let round = 0; round < 3; round++) contenders.forEach(([name, fn], k) => rounds[k]!.push(measure(name, texts, fn)));
  const [first, ...peers] = rounds.map(median);
  const parapet = first!;

  const rows = [parapet, ...peers].map((m) => ({
    ...m,
    parapetSpeedup: parapet.textsPerSecond / m.textsPerSecond,
  }));
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: 'one (a single JavaScript thread)',
    rosterSize: ROSTER_SIZE,
    texts: TEXTS,
    averageTextChars: Math.round(texts.reduce((n, t) => n + t.text.length, 0) / texts.length),
    indexBuildMs: { median: builds[Math.floor(builds.length / 2)]!, max: builds.at(-1)! },
    indexBuildMs50000People: build50k,
    indexHeapBytes: gc ? indexBytes : null,
    rssBytes: process.memoryUsage().rss,
    targets: { textsPerSecond: 20_000, p99Ms: 1, indexBuildMs: 50 },
    results: rows,
  };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'check.json'), `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`Roster ${ROSTER_SIZE} people, ${TEXTS} texts of ~${result.averageTextChars} characters, ${process.version}, one thread`);
  console.log(`Index build: median ${num(result.indexBuildMs.median, 1)} ms (target ≤ 50), 50,000 people ${num(build50k)} ms; index heap ${gc ? `${num(indexBytes / 1024 / 1024, 1)} MB` : 'n/a (run with --expose-gc)'}; RSS ${num(result.rssBytes / 1024 / 1024)} MB`);
  console.log('');
  console.log(`${pad('', 18)}${pad('texts/s', 12)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('flagged', 10)}parapet is`);
  for (const r of rows) {
    const ratio = r.name === parapet.name ? '—' : `${num(r.parapetSpeedup, 1)}× ${r.parapetSpeedup >= 1 ? 'faster' : 'slower'}`;
    console.log(`${pad(r.name, 18)}${pad(num(r.textsPerSecond), 12)}${pad(num(r.p50Ms, 3), 10)}${pad(num(r.p99Ms, 3), 10)}${pad(`${num(r.flaggedShare * 100)} %`, 10)}${ratio}`);
  }
  console.log('\nWritten to bench/results/check.json');
}

main();
