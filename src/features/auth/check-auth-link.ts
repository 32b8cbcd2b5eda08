import { AppError } from '../../core/errors.ts';
import type { Db } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { findAuthToken, type AuthTokenKind, type FoundAuthToken } from './auth-token-repository.ts';
import { displayName } from './invite-person.ts';

export type LinkState = 'expired' | 'used' | 'unknown';

// What each kind of link is called, and what to do when it no longer works.
const WORDING: Record<AuthTokenKind, { name: string; lasts: string; next: string }> = {
  invite: { name: 'invitation link', lasts: '7 days', next: 'Ask your school to send you a new invitation.' },
  reset: { name: 'password reset link', lasts: '1 hour', next: 'Ask for a new link from the sign-in page.' },
};

/** A link that cannot be used, and why: expired or used answer 410, unknown 404. */
export class LinkProblem extends AppError {
  constructor(
    readonly kind: AuthTokenKind,
    readonly state: LinkState,
  ) {
    const w = WORDING[kind];
    const message = {
      unknown: `We do not recognise this ${w.name}. Check that you used the whole link from the email. ${w.next}`,
      used: `This ${w.name} has already been used, and each link works only once. If you set your password with it, sign in with that password. If not, ${w.next.charAt(0).toLowerCase()}${w.next.slice(1)}`,
      expired: `This ${w.name} has expired. Links last ${w.lasts}, and only the newest one we sent you works. ${w.next}`,
    }[state];
    super(state === 'unknown' ? 'not-found' : 'expired', message);
  }
}

export interface UsableLink {
  token: FoundAuthToken;
  personName: string;
  email: string | null;
  schoolName: string | null;
}

/** System context. The link if it can still be used; otherwise throws a LinkProblem saying why. */
export async function checkAuthLink(db: Db, kind: AuthTokenKind, token: string, now = new Date()): Promise<UsableLink> {
  const found = await withSystemTx(db, (tx) => findAuthToken(tx, kind, token));
  if (!found) throw new LinkProblem(kind, 'unknown');
  if (found.usedAt) throw new LinkProblem(kind, 'used');
  if (found.expiresAt.getTime() <= now.getTime()) throw new LinkProblem(kind, 'expired');
  return { token: found, personName: displayName(found.person), email: found.person.email, schoolName: found.schoolName };
}
