import { describe, expect, it } from 'vitest';
import type { ChainedAuditEvent } from './events.ts';
import { canonicalJson, GENESIS_HASH, hashEvent, verifyChain } from './hash-chain.ts';

function chainOf(n: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      chain: 'school:x',
      seq,
      schoolId: 'x',
      at: new Date(Date.UTC(2026, 0, seq)).toISOString(),
      actorPersonId: null,
      actorIp: '127.0.0.1',
      type: 'school.updated',
      data: { fields: [`f${seq}`], nested: { b: 1, a: 2 } },
      prevHash,
    };
    const hash = hashEvent(e);
    events.push({ ...e, hash });
    prevHash = hash;
  }
  return events;
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  });

  it('accepts an intact chain', () => {
    expect(verifyChain('school:x', chainOf(5))).toEqual([]);
  });

  it('finds an edited event', () => {
    const events = chainOf(5);
    events[2] = { ...events[2]!, data: { fields: ['tampered'] } };
    expect(verifyChain('school:x', events)).toEqual([
      { chain: 'school:x', seq: 3, problem: 'its contents do not match its hash (it was edited)' },
    ]);
  });

  it('finds a deleted event', () => {
    const events = chainOf(5);
    events.splice(1, 1);
    const problems = verifyChain('school:x', events);
    expect(problems.map((p) => p.seq)).toEqual([3, 3]);
    expect(problems[0]!.problem).toMatch(/missing/);
  });

  it('finds an edited event whose hash was recomputed, because the next one no longer follows it', () => {
    const events = chainOf(4);
    const forged = { ...events[1]!, data: { fields: ['forged'] } };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(verifyChain('school:x', events).map((p) => p.seq)).toEqual([3]);
  });
});
