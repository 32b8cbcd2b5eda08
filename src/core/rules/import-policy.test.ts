import { describe, expect, it } from 'vitest';
import { seedFixtures } from '../../../test/support/policy-fixtures.ts';
import { splitClauses } from '../policy/split-clauses.ts';
import { importPolicy } from './import-policy.ts';
import { evaluateImport } from './import/evaluate.ts';
import { MIN_CONFIDENCE } from './proposal.ts';

describe('importPolicy on the five seed policies', () => {
  const fixtures = seedFixtures();
  it('has all five', () => expect(fixtures).toHaveLength(5));
  for (const { name, text, expected } of fixtures) {
    it(`${name}: finds exactly the expected rules, parameters, citations and metadata`, () => {
      const result = importPolicy(text);
      const e = evaluateImport(result, expected);
      expect(e.missed).toEqual([]);
      expect(e.falsePositives).toEqual([]);
      expect(e.paramProblems).toEqual([]);
      expect(e.citeProblems).toEqual([]);
      expect(e.metadataProblems).toEqual([]);
      for (const rule of result.rules) {
        expect(rule.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
        expect(rule.confidence).toBeLessThanOrEqual(1);
        expect(rule.why).not.toBe('');
        expect(rule.clauses.length).toBeGreaterThan(0);
      }
      expect(result.warnings).toEqual([]);
    });
  }
});

describe('importPolicy input', () => {
  it("gives the same result for a policy's text and for its clauses", () => {
    for (const { text } of seedFixtures()) expect(importPolicy(splitClauses(text))).toEqual(importPolicy(text));
  });
});
