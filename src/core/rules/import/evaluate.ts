// Compares an import with a hand-written expected rule set (fixtures/*.expected.json): which
// rules were found and missed, which parameters came out exactly, whether the cited clauses
// contain the phrase the fixture names. Used by the unit tests and the benchmark.
import type { ImportResult } from '../proposal.ts';

export interface ExpectedRule {
  id: string;
  params: Record<string, unknown>;
  cites: string;
}

export interface ExpectedPolicy {
  document: string;
  metadata: Record<string, unknown>;
  rules: ExpectedRule[];
}

export interface Evaluation {
  truePositives: string[];
  falsePositives: string[];
  missed: string[];
  precision: number;
  recall: number;
  /** Stated parameters (in the fixture) extracted with exactly the expected value. */
  paramsExact: number;
  paramsStated: number;
  paramProblems: string[];
  citeProblems: string[];
  metadataProblems: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const squash = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();

export function evaluateImport(result: ImportResult, expected: ExpectedPolicy): Evaluation {
  // A fixture may list one id twice (two clauses backing it): the id counts once, params merged.
  const want = new Map<string, ExpectedRule>();
  for (const r of expected.rules) {
    const prev = want.get(r.id);
    want.set(r.id, prev ? { ...r, params: { ...prev.params, ...r.params }, cites: prev.cites } : r);
  }
  const got = new Map(result.rules.map((r) => [r.id, r]));
  const truePositives = [...want.keys()].filter((id) => got.has(id));
  const missed = [...want.keys()].filter((id) => !got.has(id));
  const falsePositives = [...got.keys()].filter((id) => !want.has(id));

  let paramsExact = 0;
  let paramsStated = 0;
  const paramProblems: string[] = [];
  const citeProblems: string[] = [];
  for (const rule of expected.rules) {
    const proposal = got.get(rule.id);
    for (const [name, value] of Object.entries(rule.params)) {
      paramsStated++;
      if (proposal && same(proposal.params[name], value)) paramsExact++;
      else paramProblems.push(`${rule.id}.${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(proposal?.params[name])}`);
    }
    if (proposal) {
      for (const name of Object.keys(proposal.params)) {
        if (!(name in (want.get(rule.id)?.params ?? {}))) paramProblems.push(`${rule.id}.${name}: not stated, got ${JSON.stringify(proposal.params[name])}`);
      }
      if (!proposal.clauses.some((c) => squash(c.text).includes(squash(rule.cites)))) {
        citeProblems.push(`${rule.id}: no cited clause contains "${rule.cites}" (cited ${proposal.clauses.map((c) => c.number).join(', ')})`);
      }
    }
  }
  const metadataProblems: string[] = [];
  for (const [key, value] of Object.entries(expected.metadata)) {
    const actual = (result.metadata as unknown as Record<string, unknown>)[key];
    if (!same(actual, value)) metadataProblems.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  const precision = got.size ? truePositives.length / got.size : want.size ? 0 : 1;
  const recall = want.size ? truePositives.length / want.size : 1;
  return { truePositives, falsePositives, missed, precision, recall, paramsExact, paramsStated, paramProblems: [...new Set(paramProblems)], citeProblems, metadataProblems };
}
