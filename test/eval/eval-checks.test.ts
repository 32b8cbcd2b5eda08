// The check evaluation cannot pass trivially: a detector that finds nothing scores recall 0, one
// that flags everything scores poor precision and raises an alarm on every clean text.
import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/core/checks/engine.ts';
import { FINDING_CATEGORIES } from '../../src/core/checks/types.ts';
import { CORPUS_DIRS, freshSplitOf, HELD_OUT_CORPORA, loadCorpus, parseLine, splitOf, UNSPENT_CORPORA } from '../../eval/corpus.ts';
import { readRoster } from '../../eval/roster.ts';
import { detectorsWithout, evaluate, evalContext, parseArgs, schoolOf } from '../../eval/run-eval.ts';
import { score } from '../../eval/score.ts';
import { SPENT_CORPORA } from '../../scripts/language-model/loco.ts';
import { allTexts } from '../../scripts/train-language-model.ts';

const corpus = loadCorpus();
const dev = corpus.filter((t) => t.split === 'dev');

describe('the evaluation corpus', () => {
  it('has at least 400 texts of every kind, about 40 % clean, and a 70/30 split', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const kind of ['post', 'comment', 'personal']) expect(corpus.filter((t) => t.kind === kind).length).toBeGreaterThan(100);
    const clean = corpus.filter((t) => t.labels.length === 0).length / corpus.length;
    expect(clean).toBeGreaterThan(0.35);
    expect(clean).toBeLessThan(0.55);
    const holdout = corpus.filter((t) => t.split === 'holdout').length / corpus.length;
    expect(holdout).toBeGreaterThan(0.25);
    expect(holdout).toBeLessThan(0.35);
  });

  it('labels only with the engine categories, and covers every one of them', () => {
    const used = new Set(corpus.flatMap((t) => t.labels.map((l) => l.category)));
    for (const c of used) expect(FINDING_CATEGORIES as readonly string[]).toContain(c);
    for (const c of FINDING_CATEGORIES) expect(used).toContain(c);
  });

  it('parses nested labels and escapes into plain text with offsets', () => {
    const t = parseLine('[[[[Mr Hughes|staff-name]] is a [[f\\u200buck|profanity]]|abuse]]\\nok [[bloody|none]]');
    expect(t.text).toBe('Mr Hughes is a f\u200buck\nok bloody');
    expect(t.labels.map((l) => [l.category, l.text])).toEqual([
      ['abuse', 'Mr Hughes is a f\u200buck'],
      ['staff-name', 'Mr Hughes'],
      ['profanity', 'f\u200buck'],
    ]);
    expect(t.traps.map((l) => l.text)).toEqual(['bloody']);
    expect(() => parseLine('[[unclosed')).toThrow(/unclosed/);
  });

  it('splits by the plain text, so fixing a label never moves a line', () => {
    expect(parseLine('Well done [[Amelia|pupil-name]]!').split).toBe(splitOf('Well done Amelia!'));
  });
});

describe('the fresh corpus (eval/fresh, written without reading the detectors)', () => {
  const fresh = loadCorpus('fresh');

  it('has at least 360 texts of every kind, about 40 % clean, and a 50/50 split', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(360);
    for (const [kind, least] of [['post', 150], ['comment', 150], ['personal', 60]] as const) expect(fresh.filter((t) => t.kind === kind).length).toBeGreaterThanOrEqual(least);
    const clean = fresh.filter((t) => t.labels.length === 0).length / fresh.length;
    expect(clean).toBeGreaterThan(0.35);
    expect(clean).toBeLessThan(0.45);
    expect(new Set(fresh.map((t) => t.split))).toEqual(new Set(['fresh-dev', 'fresh-holdout']));
    const holdout = fresh.filter((t) => t.split === 'fresh-holdout').length / fresh.length;
    expect(holdout).toBeGreaterThan(0.4);
    expect(holdout).toBeLessThan(0.6);
  });

  it('labels only with the engine categories, covers every one, and names at least 300 pupils', () => {
    const labels = fresh.flatMap((t) => t.labels.map((l) => l.category));
    for (const c of new Set(labels)) expect(FINDING_CATEGORIES as readonly string[]).toContain(c);
    for (const c of FINDING_CATEGORIES) expect(labels).toContain(c);
    expect(labels.filter((c) => c === 'pupil-name').length).toBeGreaterThanOrEqual(300);
  });

  it('has its own school and roster', () => {
    const school = schoolOf('fresh');
    for (const v of Object.values(school)) expect(v).toMatch(/\S/);
    expect(school.name).not.toBe(schoolOf('main').name);
    const roster = readRoster(CORPUS_DIRS.fresh + 'roster.csv');
    expect(roster.filter((p) => p.role === 'pupil').length).toBeGreaterThanOrEqual(180);
    expect(roster.filter((p) => p.role === 'staff').length).toBeGreaterThanOrEqual(25);
    expect(roster.filter((p) => p.role === 'parent').length).toBeGreaterThanOrEqual(60);
  });

  it('splits by the plain text at 50, and the runner picks its splits and results file', () => {
    expect(parseLine('Well done [[Amelia|pupil-name]]!', 'x', 'fresh').split).toBe(freshSplitOf('Well done Amelia!'));
    expect(parseArgs(['--corpus', 'fresh', '--misses'])).toEqual({ corpus: 'fresh', splits: ['fresh-dev'], out: 'eval-checks-fresh.json' });
    expect(parseArgs(['--corpus', 'fresh', '--holdout']).splits).toEqual(['fresh-holdout']);
    expect(parseArgs([])).toEqual({ corpus: 'main', splits: ['dev'], out: 'eval-checks.json' });
    expect(() => parseArgs(['--corpus', 'other'])).toThrow(/--corpus/);
  });
});

describe('the third corpus (eval/third, held out entirely)', () => {
  const third = loadCorpus('third');
  const labels = third.flatMap((t) => t.labels.map((l) => l.category));
  const count = (cs: readonly string[]) => labels.filter((c) => cs.includes(c)).length;

  it('parses into at least 240 texts of every kind, about 40 % clean, all in one split', () => {
    expect(third.length).toBeGreaterThanOrEqual(240);
    for (const [kind, least] of [['post', 90], ['comment', 100], ['personal', 50]] as const) expect(third.filter((t) => t.kind === kind).length).toBeGreaterThanOrEqual(least);
    const clean = third.filter((t) => t.labels.length === 0).length / third.length;
    expect(clean).toBeGreaterThan(0.35);
    expect(clean).toBeLessThan(0.45);
    expect(new Set(third.map((t) => t.split))).toEqual(new Set(['third']));
  });

  it('labels only with the engine categories, covers every one, and weighs names, personal data and language', () => {
    for (const c of new Set(labels)) expect(FINDING_CATEGORIES as readonly string[]).toContain(c);
    for (const c of FINDING_CATEGORIES) expect(labels).toContain(c);
    expect(count(['pupil-name'])).toBeGreaterThanOrEqual(150);
    expect(count(['phone', 'email', 'postcode', 'street-address', 'date-of-birth'])).toBeGreaterThanOrEqual(30);
    expect(count(['abuse', 'threat', 'allegation', 'complaint', 'hate', 'sexual', 'solicitation', 'profanity'])).toBeGreaterThanOrEqual(40);
  });

  it('has its own school and roster', () => {
    const school = schoolOf('third');
    for (const v of Object.values(school)) expect(v).toMatch(/\S/);
    expect(new Set([school.name, schoolOf('fresh').name, schoolOf('main').name]).size).toBe(3);
    const roster = readRoster(CORPUS_DIRS.third + 'roster.csv');
    expect(roster.filter((p) => p.role === 'pupil').length).toBeGreaterThanOrEqual(140);
    expect(roster.filter((p) => p.role === 'staff').length).toBeGreaterThanOrEqual(25);
    expect(roster.filter((p) => p.role === 'governor').length).toBeGreaterThanOrEqual(6);
    expect(roster.filter((p) => p.role === 'parent').length).toBeGreaterThanOrEqual(60);
  });

  it('puts every line in the third split, and the runner has no dev half for it', () => {
    expect(parseLine('Well done [[Amelia|pupil-name]]!', 'x', 'third').split).toBe('third');
    expect(parseArgs(['--corpus', 'third'])).toEqual({ corpus: 'third', splits: ['third'], out: 'eval-checks-third.json' });
    expect(parseArgs(['--corpus', 'third', '--holdout']).splits).toEqual(['third']);
    expect(parseArgs(['--corpus', 'third', '--all']).splits).toEqual(['third']);
    expect(parseArgs(['--corpus', 'fifth', '--all'])).toEqual({ corpus: 'fifth', splits: ['fifth'], out: 'eval-checks-fifth.json' });
  });
});

describe.each(['fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] as const)('the %s corpus (held out entirely, run once)', (name) => {
  const texts = loadCorpus(name);
  const labels = texts.flatMap((t) => t.labels.map((l) => l.category));
  const count = (cs: readonly string[]) => labels.filter((c) => cs.includes(c)).length;

  it('parses into at least 400 texts of every kind, about 40 % clean, all in one split', () => {
    expect(texts.length).toBeGreaterThanOrEqual(400);
    for (const [kind, least] of [['post', 90], ['comment', 180], ['personal', 80]] as const) expect(texts.filter((t) => t.kind === kind).length).toBeGreaterThanOrEqual(least);
    const clean = texts.filter((t) => t.labels.length === 0).length / texts.length;
    expect(clean).toBeGreaterThan(0.38);
    expect(clean).toBeLessThan(0.5);
    expect(new Set(texts.map((t) => t.split))).toEqual(new Set([name]));
  });

  it('labels only with the engine categories, covers every one, and weighs names, personal data and language', () => {
    for (const c of new Set(labels)) expect(FINDING_CATEGORIES as readonly string[]).toContain(c);
    for (const c of FINDING_CATEGORIES) expect(labels).toContain(c);
    expect(count(['pupil-name'])).toBeGreaterThanOrEqual(120);
    expect(count(['phone', 'email', 'postcode', 'street-address', 'date-of-birth'])).toBeGreaterThanOrEqual(30);
    for (const c of ['abuse', 'threat', 'allegation']) expect(count([c])).toBeGreaterThanOrEqual(15);
  });

  it('has its own school and roster', () => {
    const school = schoolOf(name);
    for (const v of Object.values(school)) expect(v).toMatch(/\S/);
    expect(new Set(['main', 'fresh', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((c) => schoolOf(c as typeof name).name)).size).toBe(10);
    const roster = readRoster(CORPUS_DIRS[name] + 'roster.csv');
    expect(roster.filter((p) => p.role === 'pupil').length).toBeGreaterThanOrEqual(150);
    expect(roster.filter((p) => p.role === 'staff').length).toBeGreaterThanOrEqual(25);
    expect(roster.filter((p) => p.role === 'parent').length).toBeGreaterThanOrEqual(60);
  });
});

describe('the runner, leaving detectors out', () => {
  it('drops the named detectors and refuses a name it does not know', () => {
    const { detectors, without } = detectorsWithout(['--corpus', 'third', '--without', 'threat,abuse']);
    expect(without).toEqual(['threat', 'abuse']);
    expect(detectors.map((d) => d.name)).not.toContain('threat');
    expect(detectors.map((d) => d.name)).toContain('names');
    expect(detectorsWithout([]).detectors.length).toBe(detectors.length + 2);
    expect(() => detectorsWithout(['--without', 'nonsense'])).toThrow(/--without takes detector names/);
  });
});

describe('the scoring', () => {
  it('gives recall 0 to a detector that finds nothing', () => {
    const s = evaluate(dev, evalContext(), []);
    for (const v of Object.values(s.categories)) expect(v.recall).toBe(0);
    expect(s.cleanFalseAlarmRate).toBe(0);
  });

  it('punishes a detector that flags every text as abuse', () => {
    const everything: Detector = { name: 'everything', detect: (text) => [{ category: 'abuse', rule: 'no-offensive-content', start: 0, end: text.folded.length, confidence: 1, reason: 'Everything' }] };
    const s = evaluate(dev, evalContext(), [everything]);
    expect(s.categories.abuse!.recall).toBeGreaterThan(0.9);
    expect(s.categories.abuse!.precision).toBeLessThan(0.2);
    expect(s.cleanFalseAlarmRate).toBeGreaterThan(0.95);
  });

  it('counts a finding only when the category matches and the spans overlap', () => {
    const t = parseLine('Call [[07700 900 123|phone]] now');
    const s = score([{ ...t, id: 'x', kind: 'comment' }], () => [
      { category: 'phone', start: 0, end: 4 },
      { category: 'email', start: 5, end: 10 },
      { category: 'phone', start: 6, end: 9 },
    ]);
    expect(s.categories.phone).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.categories.email).toMatchObject({ tp: 0, fp: 1 });
  });
});

describe('what the language model learns from', () => {
  it('is the first corpora, the spent held-out ones, the training texts and the tests: never an unspent corpus', () => {
    const allowed = new Set<string>(['main', 'fresh', 'tests', ...SPENT_CORPORA]);
    const groups = new Set(allTexts().map((t) => t.group));
    for (const g of groups) expect(allowed.has(g) || g.startsWith('train/'), g).toBe(true);
    for (const name of UNSPENT_CORPORA as readonly string[]) expect(groups).not.toContain(name);
    // Every spent corpus is a held-out one, so none is trained on before it has been run.
    for (const name of SPENT_CORPORA) expect(HELD_OUT_CORPORA).toContain(name);
  });
});
