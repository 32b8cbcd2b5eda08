// What the importer reads in a policy version, kept in memory by version id. A version's text and
// clauses are written once, when it is uploaded, and never changed (only its status and approval
// details are updated), so the reading stays right for as long as the process runs. The version
// and health pages then run the importer once per version, not on every view. The health check
// itself is not kept: it also depends on the approval details, the rules decided and today's date.
import type { ImportPolicy, ImportResult } from '../../core/rules/proposal.ts';
import { LruMap } from '../../platform/lru-map.ts';

/** Enough for every version a busy server's leaders look at in a day; each is about a policy's size. */
export const MAX_CACHED_VERSIONS = 200;

interface Entry {
  importer: ImportPolicy;
  result: ImportResult;
}

const cache = new LruMap<string, Entry>(MAX_CACHED_VERSIONS);

/**
 * The importer's reading of the version's clauses, from memory when this importer has read this
 * version before. Call it only after the version has been found in the school's own transaction:
 * the key is the version id alone.
 */
export function importOfVersion(versionId: string, clauses: Parameters<ImportPolicy>[0], importer: ImportPolicy): ImportResult {
  const hit = cache.get(versionId);
  if (hit && hit.importer === importer) return hit.result;
  const result = importer(clauses);
  cache.set(versionId, { importer, result });
  return result;
}

/** How many versions are held, for tests. */
export const cachedVersionCount = () => cache.size;
