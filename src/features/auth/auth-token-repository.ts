import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { persons } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';
import { authTokens, signInFailures } from './schema.ts';
import { hashToken, newToken } from './session-repository.ts';

// One-use links sent by e-mail. auth_tokens is system-only (RLS with no policy for the app
// role), so every function here takes a system transaction.

export type AuthTokenKind = 'invite' | 'reset';

export interface IssueTokenInput {
  kind: AuthTokenKind;
  personId: string;
  schoolId: string | null;
  validForMs: number;
  now: Date;
}

/**
 * Makes a new link token for a person and returns it; only its SHA-256 is stored. Earlier unused
 * links of the same kind stop working, so only the newest e-mail's link can be used.
 */
export async function issueAuthToken(tx: Tx, input: IssueTokenInput): Promise<string> {
  await tx
    .update(authTokens)
    .set({ expiresAt: input.now })
    .where(
      and(
        eq(authTokens.personId, input.personId),
        eq(authTokens.kind, input.kind),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, input.now),
      ),
    );
  const token = newToken();
  await tx.insert(authTokens).values({
    kind: input.kind,
    tokenHash: hashToken(token),
    personId: input.personId,
    schoolId: input.schoolId,
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + input.validForMs),
  });
  return token;
}

export interface FoundAuthToken {
  id: string;
  kind: AuthTokenKind;
  schoolId: string | null;
  schoolName: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  person: { id: string; email: string | null; givenName: string; familyName: string; preferredName: string | null };
}

/** The link a token belongs to, whatever its state, or null when there is no such link. */
export async function findAuthToken(tx: Tx, kind: AuthTokenKind, token: string): Promise<FoundAuthToken | null> {
  // Real tokens are 43 characters; anything much longer is not one of ours.
  if (!token || token.length > 200) return null;
  const [row] = await tx
    .select({
      id: authTokens.id,
      kind: authTokens.kind,
      schoolId: authTokens.schoolId,
      schoolName: schools.name,
      expiresAt: authTokens.expiresAt,
      usedAt: authTokens.usedAt,
      person: {
        id: persons.id,
        email: persons.email,
        givenName: persons.givenName,
        familyName: persons.familyName,
        preferredName: persons.preferredName,
      },
    })
    .from(authTokens)
    .innerJoin(persons, eq(persons.id, authTokens.personId))
    .leftJoin(schools, eq(schools.id, authTokens.schoolId))
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind)))
    .limit(1);
  return row ?? null;
}

/**
 * Marks a link used, only if it still works: of two forms sent at once with the same link, one
 * succeeds and the other finds it used.
 */
export async function useAuthToken(tx: Tx, id: string, now: Date): Promise<boolean> {
  const used = await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.id, id), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ id: authTokens.id });
  return used.length === 1;
}

/** How many links of a kind a person was sent since a time: to stop anyone flooding an inbox. */
export async function countTokensSince(tx: Tx, kind: AuthTokenKind, personId: string, since: Date): Promise<number> {
  const rows = await tx
    .select({ id: authTokens.id })
    .from(authTokens)
    .where(and(eq(authTokens.personId, personId), eq(authTokens.kind, kind), gt(authTokens.createdAt, since)));
  return rows.length;
}

/**
 * Housekeeping for the job queue: links that stopped working a month ago, and failed sign-ins
 * too old to count towards a lock-out, are no longer needed.
 */
export async function deleteStaleAuthRecords(tx: Tx, now: Date): Promise<{ links: number; failures: number }> {
  const links = await tx
    .delete(authTokens)
    .where(lt(authTokens.expiresAt, new Date(now.getTime() - 30 * 86_400_000)))
    .returning({ id: authTokens.id });
  const failures = await tx
    .delete(signInFailures)
    .where(lt(signInFailures.at, new Date(now.getTime() - 86_400_000)))
    .returning({ id: signInFailures.id });
  return { links: links.length, failures: failures.length };
}
