import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { persons } from '../people/schema.ts';
import { countTokensSince, issueAuthToken } from './auth-token-repository.ts';
import { displayName, type LinkMailDeps } from './invite-person.ts';
import { normaliseEmail } from './sign-in.ts';

export const RESET_VALID_MINUTES = 60;
/** Links one address may be sent in an hour, whoever asks: nobody can flood an inbox. */
export const MAX_RESETS_PER_HOUR = 3;

export type ResetOutcome = 'sent' | 'no-account' | 'too-many';

/**
 * Sends a password reset link if there is an account for the address. The person asking is told
 * the same whatever the outcome, so the page never reveals who has an account.
 */
export async function requestPasswordReset(
  deps: LinkMailDeps,
  input: { email: string; ip: string | null; now?: Date },
): Promise<ResetOutcome> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  return withSystemTx(deps.db, async (tx) => {
    const [person] = await tx.select().from(persons).where(eq(persons.email, email)).limit(1);
    if (!person) return 'no-account';
    const recent = await countTokensSince(tx, 'reset', person.id, new Date(now.getTime() - 3_600_000));
    if (recent >= MAX_RESETS_PER_HOUR) return 'too-many';
    const token = await issueAuthToken(tx, {
      kind: 'reset',
      personId: person.id,
      schoolId: null,
      validForMs: RESET_VALID_MINUTES * 60_000,
      now,
    });
    await recordAudit(tx, null, { personId: null, ip: input.ip }, {
      type: 'auth.password-reset-requested',
      data: { personId: person.id },
    });
    // Sent inside the transaction: if the mail cannot go, no link is left behind.
    await deps.mailer.send({
      to: email,
      subject: 'Reset your Parapet password',
      text: `Hello ${displayName(person)},

Someone, probably you, asked to reset the password of the Parapet account for this email address.

To choose a new password, open this link:

${deps.publicUrl}/reset-password/${token}

The link works once and lasts 1 hour. Choosing a new password signs you out everywhere else.

If you did not ask for this, you can ignore this email: your password has not changed.
`,
    });
    return 'sent';
  });
}
