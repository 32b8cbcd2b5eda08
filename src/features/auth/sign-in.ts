import { and, eq, gt } from 'drizzle-orm';
import { AppError, invalid } from '../../core/errors.ts';
import { formatDateTime } from '../../core/dates.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Db } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { persons } from '../people/schema.ts';
import { burnVerifyTime, verifyPassword } from './passwords.ts';
import { signInFailures } from './schema.ts';
import { createSession } from './session-repository.ts';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Checks an email and password and opens a session. After five failures for one email address
 * in fifteen minutes, sign-in for it is locked until the oldest of them is fifteen minutes old.
 * Runs in the system context: nobody is in a school yet.
 */
export async function signIn(db: Db, input: SignInInput): Promise<{ token: string; personId: string }> {
  const email = normaliseEmail(input.email);
  if (!email || !input.password) {
    throw invalid('Enter your email address and password.', [
      ...(email ? [] : [{ field: 'email', message: 'Enter your email address' }]),
      ...(input.password ? [] : [{ field: 'password', message: 'Enter your password' }]),
    ]);
  }
  const since = new Date(Date.now() - LOCK_MINUTES * 60_000);
  const recent = await withSystemTx(db, (tx) =>
    tx
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, email), gt(signInFailures.at, since)))
      .orderBy(signInFailures.at),
  );
  if (recent.length >= MAX_FAILURES) {
    const until = new Date(recent[recent.length - MAX_FAILURES]!.at.getTime() + LOCK_MINUTES * 60_000);
    throw new AppError(
      'rate-limited',
      `Sign-in for this email address is locked because the password was wrong ${MAX_FAILURES} times. Try again after ${formatDateTime(until)}, or reset your password.`,
    );
  }

  const [person] = await withSystemTx(db, (tx) => tx.select().from(persons).where(eq(persons.email, email)).limit(1));
  const ok = person?.passwordHash ? await verifyPassword(person.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
  if (!person || !ok) {
    await withSystemTx(db, async (tx) => {
      await tx.insert(signInFailures).values({ email, ip: input.ip });
      await recordAudit(tx, null, { personId: null, ip: input.ip }, {
        type: 'auth.sign-in-failed',
        data: { email, locked: recent.length + 1 >= MAX_FAILURES },
      });
    });
    const left = MAX_FAILURES - recent.length - 1;
    throw invalid(
      left > 0
        ? 'The email address or password is not right.'
        : `The email address or password is not right. Sign-in for this email address is now locked for ${LOCK_MINUTES} minutes.`,
      [{ field: 'email', message: 'Check your email address and password' }],
    );
  }

  return withSystemTx(db, async (tx) => {
    await tx.delete(signInFailures).where(eq(signInFailures.email, email));
    const token = await createSession(tx, person.id, { ip: input.ip, userAgent: input.userAgent });
    await recordAudit(tx, null, { personId: person.id, ip: input.ip }, { type: 'auth.signed-in', data: { personId: person.id } });
    return { token, personId: person.id };
  });
}
