import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AuditEvent, ChainedAuditEvent } from '../../core/audit/events.ts';
import { GENESIS_HASH, hashEvent, verifyChain, type ChainProblem } from '../../core/audit/hash-chain.ts';
import type { Tx } from '../db/client.ts';
import { auditEvents } from './schema.ts';

export interface AuditActor {
  personId: string | null;
  ip: string | null;
}

export const chainFor = (schoolId: string | null) => (schoolId ? `school:${schoolId}` : 'system');

/**
 * Appends an event to its school's chain (or the system chain) inside the caller's transaction,
 * so the record and the change it describes commit or roll back together.
 */
export async function recordAudit(
  tx: Tx,
  schoolId: string | null,
  actor: AuditActor,
  event: AuditEvent,
): Promise<void> {
  const chain = chainFor(schoolId);
  // Serialise writers to one chain so two transactions never claim the same place in it.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${chain}))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const unhashed: Omit<ChainedAuditEvent, 'hash'> = {
    chain,
    seq: (last?.seq ?? 0) + 1,
    schoolId,
    at: new Date().toISOString(),
    actorPersonId: actor.personId,
    actorIp: actor.ip,
    type: event.type,
    data: JSON.parse(JSON.stringify(event.data)) as unknown,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashEvent(unhashed);
  await tx.insert(auditEvents).values({ ...unhashed, at: new Date(unhashed.at), data: unhashed.data, hash });
}

type AuditRow = typeof auditEvents.$inferSelect;

export function toChained(row: AuditRow): ChainedAuditEvent {
  return {
    chain: row.chain,
    seq: row.seq,
    schoolId: row.schoolId,
    at: row.at.toISOString(),
    actorPersonId: row.actorPersonId,
    actorIp: row.actorIp,
    type: row.type,
    data: row.data,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export interface VerifyReport {
  chains: number;
  events: number;
  problems: ChainProblem[];
}

/** Reads every chain visible to the transaction and checks it. */
export async function verifyAuditLog(tx: Tx): Promise<VerifyReport> {
  const rows = await tx.select().from(auditEvents).orderBy(asc(auditEvents.chain), asc(auditEvents.seq));
  const byChain = new Map<string, ChainedAuditEvent[]>();
  for (const row of rows) {
    const list = byChain.get(row.chain) ?? [];
    list.push(toChained(row));
    byChain.set(row.chain, list);
  }
  const problems = [...byChain].flatMap(([chain, events]) => verifyChain(chain, events));
  return { chains: byChain.size, events: rows.length, problems };
}
