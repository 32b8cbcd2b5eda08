import { createHash } from 'node:crypto';
import type { ChainedAuditEvent } from './events.ts';

// node:crypto's hash is a pure function of its input: the core may use it.

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashEvent(event: Omit<ChainedAuditEvent, 'hash'>): string {
  const body = canonicalJson({
    chain: event.chain,
    seq: event.seq,
    schoolId: event.schoolId,
    at: event.at,
    actorPersonId: event.actorPersonId,
    actorIp: event.actorIp,
    type: event.type,
    data: event.data,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body).digest('hex');
}

export interface ChainProblem {
  chain: string;
  seq: number;
  problem: string;
}

/** Checks one chain's events, given in seq order. Finds edits, deletions and insertions. */
export function verifyChain(chain: string, events: readonly ChainedAuditEvent[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of events) {
    if (e.seq !== expectedSeq) {
      problems.push({ chain, seq: e.seq, problem: `expected event ${expectedSeq} but found ${e.seq}: events are missing` });
    }
    if (e.prevHash !== prevHash) {
      problems.push({ chain, seq: e.seq, problem: 'does not follow the event before it (an event was removed or replaced)' });
    }
    if (hashEvent(e) !== e.hash) {
      problems.push({ chain, seq: e.seq, problem: 'its contents do not match its hash (it was edited)' });
    }
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
  }
  return problems;
}
