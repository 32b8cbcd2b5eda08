import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Role, SchoolRole } from '../../core/roles.ts';
import type { SchoolRef } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { memberships, persons, trustMemberships } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';
import { sessions } from './schema.ts';

export const SESSION_DAYS = 14;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export interface SchoolAccess extends SchoolRef {
  roles: Role[];
}

export interface SignedInPerson {
  id: string;
  email: string | null;
  displayName: string;
  sessionId: string;
  /** Every school this person may open, with their roles there. */
  schools: SchoolAccess[];
}

/** System context: sessions are not school data. Returns the cookie token. */
export async function createSession(
  tx: Tx,
  personId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = newToken();
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOf(tx: Tx, personId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.personId, personId));
}

/** System context. Finds the live session for a cookie token, refreshing its last-seen time. */
export async function findSignedInPerson(tx: Tx, token: string): Promise<SignedInPerson | null> {
  const [row] = await tx
    .select({ sessionId: sessions.id, lastSeenAt: sessions.lastSeenAt, person: persons })
    .from(sessions)
    .innerJoin(persons, eq(persons.id, sessions.personId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 5 * 60_000) {
    await tx.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.sessionId));
  }
  const p = row.person;
  return {
    id: p.id,
    email: p.email,
    displayName: `${p.preferredName ?? p.givenName} ${p.familyName}`,
    sessionId: row.sessionId,
    schools: await schoolAccessOf(tx, p.id),
  };
}

/** System context. The schools a person may open: their own memberships, and every school of a trust they administer. */
export async function schoolAccessOf(tx: Tx, personId: string): Promise<SchoolAccess[]> {
  const direct = await tx
    .select({ school: schools, role: memberships.role })
    .from(memberships)
    .innerJoin(schools, eq(schools.id, memberships.schoolId))
    .where(and(eq(memberships.personId, personId), isNull(memberships.endedAt)));
  const viaTrust = await tx
    .select({ school: schools })
    .from(trustMemberships)
    .innerJoin(schools, eq(schools.trustId, trustMemberships.trustId))
    .where(eq(trustMemberships.personId, personId));
  const bySchool = new Map<string, SchoolAccess>();
  const add = (s: typeof schools.$inferSelect, role: Role) => {
    const entry = bySchool.get(s.id) ?? { id: s.id, slug: s.slug, name: s.name, trustId: s.trustId, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    bySchool.set(s.id, entry);
  };
  for (const r of direct) add(r.school, r.role as SchoolRole);
  for (const r of viaTrust) add(r.school, 'trust-admin');
  return [...bySchool.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Housekeeping for the job queue: forget sessions that ended. */
export async function deleteExpiredSessions(tx: Tx): Promise<number> {
  const gone = await tx.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  return gone.length;
}
