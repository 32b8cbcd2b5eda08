// Check benchmark: throughput on one core and p50/p99 latency for 300-character texts with a roster
// of 2,000 people, the index build time and memory; then, on the same texts, the npm packages a
// school might otherwise use, beside Parapet doing only the same job (its personal-data detectors;
// its offensive-words detector), and each one's quality on the labelled eval corpus for what it
// claims to find. Prints two tables; writes bench/results/check.json.
// Each contender is timed in a fresh process of its own (three rounds, interleaved, the median):
// in a shared one, whatever ran first changes how the texts are stored and what the JIT has
// compiled, which once made @redactpii/node four times slower and Parapet look far ahead of it.
// Run: npm run bench:check   (figures, not a timed test: the machine's load changes them)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import leoProfanity from 'leo-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import redactPii from 'redact-pii';
import { birthdayDetector } from '../src/core/checks/birthdays.ts';
import { emailDetector } from '../src/core/checks/emails.ts';
import { buildSchoolIndex, check, checkText, type CheckContext, type Detector } from '../src/core/checks/engine.ts';
import { profanityDetector } from '../src/core/checks/language/profanity.ts';
import { phoneDetector } from '../src/core/checks/phones.ts';
import { placeDetector } from '../src/core/checks/places.ts';
import type { CorpusName } from '../eval/corpus.ts';
import { evalContext } from '../eval/run-eval.ts';
import { changedSpans, corpus, PERSONAL_DATA_LABELS, PROFANITY_LABELS, quality, type Quality, type SpanFinder } from './check-quality.ts';
import { benchRoster, benchTexts, type BenchText } from './check-fixtures.ts';

// The corpora the quality tables read: not the held-out ones, each kept for one measurement only.
type QualityCorpus = Extract<CorpusName, 'main' | 'fresh'>;

const ROSTER_SIZE = 2_000;
const TEXTS = 2_000;
const RUN_MS = Number(process.env.BENCH_MS ?? 1_500);
// Parapet restricted to what the peers do: personal data (as redact-pii and @redactpii/node) or
// offensive words (as obscenity and leo-profanity).
const PERSONAL_DATA: readonly Detector[] = [phoneDetector, emailDetector, placeDetector, birthdayDetector];
const OFFENSIVE_WORDS: readonly Detector[] = [profanityDetector];

type Job = 'everything' | 'personal data' | 'profanity';

interface Contender {
  name: string;
  job: Job;
  run: (t: BenchText) => boolean;
  /** What it marks in a text, for the quality tables (Parapet uses each corpus's own roster). */
  spans: (corpus: QualityCorpus) => SpanFinder;
}

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

const SCHOOL = { name: 'Oakfield Primary School', domain: 'oakfield.sch.uk', phone: '01632 960123', email: 'office@oakfield.sch.uk', postcode: 'OX4 1AB', address: '12 Mill Lane, Oxford' };

function contenders(ctx: CheckContext): Contender[] {
  const redactor = new redactPii.SyncRedactor();
  const redactpii = new Redactor();
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // The eval corpora's contexts, built only for the quality tables.
  let evalCtx: Record<QualityCorpus, CheckContext> | null = null;
  const parapetSpans =
    (detectors?: readonly Detector[]) =>
    (corpusName: QualityCorpus): SpanFinder => {
      evalCtx ??= { main: evalContext('main'), fresh: evalContext('fresh') };
      const c = evalCtx[corpusName];
      return (t) => checkText(t, c, detectors).findings.map((f) => [f.start, f.end]);
    };
  return [
    { name: 'parapet check', job: 'everything', run: (t) => check(t, ctx).length > 0, spans: parapetSpans() },
    { name: 'parapet personal data', job: 'personal data', run: (t) => checkText(t, ctx, PERSONAL_DATA).findings.length > 0, spans: parapetSpans(PERSONAL_DATA) },
    { name: 'parapet profanity', job: 'profanity', run: (t) => checkText(t, ctx, OFFENSIVE_WORDS).findings.length > 0, spans: parapetSpans(OFFENSIVE_WORDS) },
    { name: 'redact-pii', job: 'personal data', run: (t) => redactor.redact(t.text) !== t.text, spans: () => (t) => changedSpans(t.text, redactor.redact(t.text)) },
    { name: '@redactpii/node', job: 'personal data', run: (t) => redactpii.redact(t.text) !== t.text, spans: () => (t) => changedSpans(t.text, redactpii.redact(t.text)) },
    { name: 'obscenity', job: 'profanity', run: (t) => matcher.hasMatch(t.text), spans: () => (t) => matcher.getAllMatches(t.text).map((m) => [m.startIndex, m.endIndex + 1]) },
    { name: 'leo-profanity', job: 'profanity', run: (t) => leoProfanity.check(t.text), spans: () => (t) => changedSpans(t.text, leoProfanity.clean(t.text)) },
  ];
}

/** In a child process: times one contender on freshly made texts and prints its figures. */
function measureAlone(name: string): void {
  const people = benchRoster(ROSTER_SIZE);
  const texts = benchTexts(TEXTS, people);
  const ctx: CheckContext = { index: buildSchoolIndex(people, SCHOOL), rules: [] };
  const contender = contenders(ctx).find((c) => c.name === name)!;
  process.stdout.write(JSON.stringify(measure(name, texts, contender.run)));
}

/** Times one contender in a fresh process: nothing another one did can help or hinder it. */
function measureInChild(name: string): Measured {
  const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--measure', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Measured;
}

function main(): void {
  const loadBefore = loadavg();
  const people = benchRoster(ROSTER_SIZE);
  const texts = benchTexts(TEXTS, people);
  const school = SCHOOL;

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

  const all = contenders(ctx);
  // Three interleaved rounds, each contender in a fresh process, each figure the median: the
  // machine's load changes while it runs.
  const rounds = all.map(() => [] as Measured[]);
  for (let round = 0; round < 3; round++) all.forEach(({ name }, k) => rounds[k]!.push(measureInChild(name)));
  const measured = rounds.map(median);
  const parapet = measured[0]!;
  // Each job's Parapet row: the full check for everything, else Parapet restricted to that job.
  const sameJob = (job: Job) => measured[all.findIndex((c) => c.job === job)]!;

  const labelled = corpus('main');
  const fresh = corpus('fresh');
  const rows = measured.map((m, k) => {
    const { job, spans } = all[k]!;
    const mine = sameJob(job);
    const categories = job === 'personal data' ? PERSONAL_DATA_LABELS : job === 'profanity' ? PROFANITY_LABELS : [...PERSONAL_DATA_LABELS, ...PROFANITY_LABELS];
    return {
      ...m,
      parapetSpeedup: parapet.textsPerSecond / m.textsPerSecond,
      job,
      /** The Parapet row doing the same job, and how many times faster it is than this one. */
      sameJobAs: mine.name,
      sameJobSpeedup: mine.textsPerSecond / m.textsPerSecond,
      quality: quality(labelled, categories, spans('main')),
      /** On eval/fresh: written without looking at Parapet's detectors, so its figures do not flatter Parapet. */
      qualityFresh: quality(fresh, categories, spans('fresh')),
    };
  });
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: 'one (a single JavaScript thread)',
    timing: 'each contender in a fresh process of its own; median of three interleaved rounds',
    /** The machine's 1, 5 and 15-minute load averages as the run started and ended: the figures depend on it. */
    loadAverage: { before: loadBefore, after: loadavg() },
    rosterSize: ROSTER_SIZE,
    texts: TEXTS,
    averageTextChars: Math.round(texts.reduce((n, t) => n + t.text.length, 0) / texts.length),
    indexBuildMs: { median: builds[Math.floor(builds.length / 2)]!, max: builds.at(-1)! },
    indexBuildMs50000People: build50k,
    indexHeapBytes: gc ? indexBytes : null,
    rssBytes: process.memoryUsage().rss,
    targets: { textsPerSecond: 20_000, p99Ms: 1, indexBuildMs: 50 },
    results: rows,
    qualityCorpus: { texts: labelled.length, cleanTexts: rows[0]!.quality.cleanTexts, note: 'eval/corpus, dev and holdout; a label is found when anything the tool marks overlaps it' },
    qualityFreshCorpus: { texts: fresh.length, cleanTexts: rows[0]!.qualityFresh.cleanTexts, note: 'eval/fresh (written independently of the detectors), both halves' },
  };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'check.json'), `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`Roster ${ROSTER_SIZE} people, ${TEXTS} texts of ~${result.averageTextChars} characters, ${process.version}, one thread`);
  console.log(`Index build: median ${num(result.indexBuildMs.median, 1)} ms (target ≤ 50), 50,000 people ${num(build50k)} ms; index heap ${gc ? `${num(indexBytes / 1024 / 1024, 1)} MB` : 'n/a (run with --expose-gc)'}; RSS ${num(result.rssBytes / 1024 / 1024)} MB`);
  console.log('');
  const times = (x: number) => `${num(x, 1)}× ${x >= 1 ? 'faster' : 'slower'}`;
  console.log(`${pad('', 23)}${pad('texts/s', 12)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('flagged', 10)}${pad('parapet is', 16)}parapet on the same job is`);
  for (const r of rows) {
    const ratio = r.name.startsWith('parapet') ? '—' : times(r.parapetSpeedup);
    const same = r.sameJobAs === r.name ? '—' : `${times(r.sameJobSpeedup)} (${r.sameJobAs})`;
    console.log(`${pad(r.name, 23)}${pad(num(r.textsPerSecond), 12)}${pad(num(r.p50Ms, 3), 10)}${pad(num(r.p99Ms, 3), 10)}${pad(`${num(r.flaggedShare * 100)} %`, 10)}${pad(ratio, 16)}${same}`);
  }
  const load = (l: number[]) => l.map((x) => num(x, 1)).join(' ');
  console.log(`Each timed in a fresh process of its own, the median of three interleaved rounds; load average ${load(result.loadAverage.before)} before, ${load(result.loadAverage.after)} after (${cpus().length} cores).`);
  for (const job of ['personal data', 'profanity'] as const) {
    const peers = rows.filter((r) => r.job === job && !r.name.startsWith('parapet'));
    console.log(`Parapet on ${job} only: ${peers.map((r) => `${num(r.sameJobSpeedup, 2)}× ${r.name}`).join(', ')}`);
  }
  printQuality(`the eval corpus (${labelled.length} texts`, rows.map((r) => ({ name: r.name, q: r.quality })));
  printQuality(`the fresh corpus, written without looking at Parapet (${fresh.length} texts`, rows.map((r) => ({ name: r.name, q: r.qualityFresh })));
  console.log('\nWritten to bench/results/check.json');
}

function printQuality(title: string, rows: ReadonlyArray<{ name: string; q: Quality }>): void {
  const pad = (x: string, n: number) => x.padEnd(n);
  const num = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  const labels = (c: string) => rows.find((r) => r.q.recall[c])!.q.recall[c]!.labels;
  console.log(`\nQuality on ${title}, ${rows[0]!.q.cleanTexts} with nothing to find); recall: share of labels found`);
  console.log(`${pad('', 23)}${pad(`phone (${labels('phone')})`, 12)}${pad(`e-mail (${labels('email')})`, 12)}${pad(`postcode (${labels('postcode')})`, 14)}${pad(`profanity (${labels('profanity')})`, 16)}clean texts flagged`);
  const pct = (r: Quality, c: string) => (r.recall[c] ? `${num(r.recall[c].recall * 100)} %` : '–');
  for (const { name, q } of rows) {
    console.log(`${pad(name, 23)}${pad(pct(q, 'phone'), 12)}${pad(pct(q, 'email'), 12)}${pad(pct(q, 'postcode'), 14)}${pad(pct(q, 'profanity'), 16)}${num(q.cleanFalseAlarmRate * 100, 1)} % (${q.cleanFlagged})`);
  }
}

const measureAt = process.argv.indexOf('--measure');
if (measureAt >= 0) measureAlone(process.argv[measureAt + 1]!);
else main();
