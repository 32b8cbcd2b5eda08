// The importer's expected rule sets (src/core/rules/fixtures) with the policies they describe:
// the five seeds and the three held-out synthetic policies.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExpectedPolicy } from '../../src/core/rules/import/evaluate.ts';
import { SEEDS_DIR } from './seeds.ts';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../src/core/rules/fixtures');
const HOLDOUT_DIR = resolve(FIXTURES_DIR, 'holdout');

export interface PolicyFixture {
  name: string;
  text: string;
  expected: ExpectedPolicy;
}

const read = (dir: string, file: string, textDir: string): PolicyFixture => {
  const expected = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as ExpectedPolicy;
  return { name: expected.document.replace(/\.txt$/, ''), text: readFileSync(resolve(textDir, expected.document), 'utf8'), expected };
};

export function seedFixtures(): PolicyFixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => /^seed-\d+\.expected\.json$/.test(f))
    .sort()
    .map((f) => read(FIXTURES_DIR, f, SEEDS_DIR));
}

/** Written before the importer was tuned and kept out of its tuning: the honest measure. */
export function holdoutFixtures(): PolicyFixture[] {
  return readdirSync(HOLDOUT_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => read(HOLDOUT_DIR, f, HOLDOUT_DIR));
}
