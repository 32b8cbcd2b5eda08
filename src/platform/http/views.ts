import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDate, formatDateTime } from '../../core/dates.ts';
import { ROLE_LABELS, type Role } from '../../core/roles.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const govukDist = resolve(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

export const SRC_DIR = resolve(here, '../..');

/**
 * Templates are found in src/views (layouts, shared partials), in each feature's folder
 * (`people/views/index.njk`) and in GOV.UK Frontend (`govuk/components/.../macro.njk`).
 */
export function createViewEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([resolve(SRC_DIR, 'views'), resolve(SRC_DIR, 'features'), govukDist], {
      noCache: process.env.NODE_ENV === 'development',
    }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  env.addFilter('date', (v: string | Date | null | undefined) => formatDate(v));
  env.addFilter('datetime', (v: string | Date | null | undefined) => formatDateTime(v));
  env.addFilter('roleLabel', (r: Role) => ROLE_LABELS[r] ?? r);
  env.addFilter('plural', (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`);
  return env;
}

export const GOVUK_DIST = govukDist;
