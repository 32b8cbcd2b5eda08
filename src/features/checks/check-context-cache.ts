// A school's check context (roster index and active rules) is built once and kept in memory, so
// a check costs microseconds rather than a roster read. Each use first asks the database for the
// school's check version (one short query); a different answer rebuilds the context.
import { buildSchoolIndex, type CheckContext } from '../../core/checks/engine.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { LruMap } from '../../platform/lru-map.ts';
import { getActiveRules } from '../rules/get-active-rules.ts';
import { readCheckVersion, readRoster, readSchoolIdentity } from './checks-repository.ts';

/** Enough for every school a server is likely to hold; the least recently used goes first. */
const MAX_SCHOOLS = 200;

interface Entry {
  version: string;
  context: CheckContext;
}

const cache = new LruMap<string, Entry>(MAX_SCHOOLS);

export async function getCheckContext(ctx: SchoolContext): Promise<CheckContext> {
  const schoolId = ctx.school.id;
  const version = await readCheckVersion(ctx.tx, schoolId);
  const cached = cache.get(schoolId);
  if (cached && cached.version === version) return cached.context;
  // One after another: a transaction is one connection.
  const roster = await readRoster(ctx.tx, schoolId);
  const identity = await readSchoolIdentity(ctx.tx, schoolId);
  const rules = await getActiveRules(ctx);
  const context: CheckContext = { index: buildSchoolIndex(roster, identity), rules };
  cache.set(schoolId, { version, context });
  return context;
}

/** For tests: how many schools are held, and forget them all. */
export const checkContextCache = {
  size: () => cache.size,
  clear: () => cache.clear(),
};
