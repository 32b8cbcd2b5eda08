import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real school policies in ../shared/seeds beside the repository (CI checks out shared/ there too). */
export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');

export interface SeedPolicy {
  file: string;
  text: string;
}

export function readSeedPolicies(): SeedPolicy[] {
  if (!existsSync(SEEDS_DIR)) throw new Error(`The seed policies are missing: expected them in ${SEEDS_DIR}`);
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(resolve(SEEDS_DIR, file), 'utf8') }));
}
