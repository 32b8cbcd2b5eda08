import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Db } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { persons } from '../people/schema.ts';
import { findAuthToken, useAuthToken, type AuthTokenKind } from './auth-token-repository.ts';
import { checkAuthLink, LinkProblem } from './check-auth-link.ts';
import { checkNewPassword, hashPassword } from './passwords.ts';
import { signInFailures } from './schema.ts';
import { createSession, deleteSessionsOf } from './session-repository.ts';

export interface SetPasswordInput {
  kind: AuthTokenKind;
  token: string;
  password: string;
  confirm: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

/**
 * Accepts an invitation or a password reset: sets the password, uses up the link, ends every
 * other session of the person (whoever had the old password is signed out), forgets failed
 * sign-ins for their address and signs them in. Returns the new session's cookie token.
 * A password that breaks the rules changes nothing and leaves the link usable.
 */
export async function setPasswordWithLink(db: Db, input: SetPasswordInput): Promise<{ sessionToken: string; personId: string }> {
  const now = input.now ?? new Date();
  const link = await checkAuthLink(db, input.kind, input.token, now);
  checkNewPassword(input.password, input.confirm);
  // Hashing takes a moment: do it before the transaction, which on PGlite holds the only connection.
  const passwordHash = await hashPassword(input.password);
  const person = link.token.person;

  return withSystemTx(db, async (tx) => {
    if (!(await useAuthToken(tx, link.token.id, now))) {
      // Used or superseded between the check and now, e.g. by the same form sent twice.
      const again = await findAuthToken(tx, input.kind, input.token);
      throw new LinkProblem(input.kind, again?.usedAt ? 'used' : 'expired');
    }
    await tx.update(persons).set({ passwordHash, updatedAt: now }).where(eq(persons.id, person.id));
    await deleteSessionsOf(tx, person.id);
    if (person.email) await tx.delete(signInFailures).where(eq(signInFailures.email, person.email));
    const sessionToken = await createSession(tx, person.id, { ip: input.ip, userAgent: input.userAgent });
    const actor = { personId: person.id, ip: input.ip };
    if (input.kind === 'invite') {
      await recordAudit(tx, link.token.schoolId, actor, { type: 'auth.invitation-accepted', data: { personId: person.id } });
    } else {
      await recordAudit(tx, null, actor, { type: 'auth.password-reset', data: { personId: person.id } });
    }
    return { sessionToken, personId: person.id };
  });
}
