import { and, eq, isNull } from 'drizzle-orm';
import { forbidden, invalid, notFound } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Actor, SchoolContext, SchoolRef } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../../platform/db/tenancy.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { memberships, persons } from '../people/schema.ts';
import { issueAuthToken } from './auth-token-repository.ts';

export const INVITE_VALID_DAYS = 7;

/** What a use case that e-mails a link needs besides the database. */
export interface LinkMailDeps {
  db: Db;
  mailer: Mailer;
  /** The address people reach Parapet at, without a trailing slash. */
  publicUrl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const displayName = (p: { preferredName: string | null; givenName: string; familyName: string }) =>
  `${p.preferredName ?? p.givenName} ${p.familyName}`;

interface Invitee {
  id: string;
  name: string;
  email: string;
  inviterName: string;
}

/** School context: the person must belong to this school now and have an e-mail address. */
export async function findInvitee(ctx: SchoolContext, personId: string): Promise<Invitee> {
  if (!hasAnyRole(ctx.actor.roles, LEADERSHIP)) throw forbidden('Only the school’s leaders can send invitations.');
  if (!UUID.test(personId)) throw notFound('That person');
  const [person] = await ctx.tx
    .selectDistinct({ id: persons.id, email: persons.email, givenName: persons.givenName, familyName: persons.familyName, preferredName: persons.preferredName })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .where(and(eq(persons.id, personId), eq(memberships.schoolId, ctx.school.id), isNull(memberships.endedAt)))
    .limit(1);
  if (!person) throw notFound('That person');
  const name = displayName(person);
  if (!person.email) {
    throw invalid(`${name} has no email address, so they cannot be invited. Add their email address to the roster and import it again.`);
  }
  const [inviter] = await ctx.tx
    .select({ givenName: persons.givenName, familyName: persons.familyName, preferredName: persons.preferredName })
    .from(persons)
    .where(eq(persons.id, ctx.actor.personId));
  return { id: person.id, name, email: person.email, inviterName: inviter ? displayName(inviter) : 'Your school' };
}

/**
 * Sends a person an invitation to set their password. The check runs in the school's
 * transaction (RLS: another school's person is simply not found); the link is made in a system
 * transaction because sign-in links belong to no school. The e-mail is sent inside that
 * transaction, so a failed send leaves no link and no audit record behind.
 */
export async function invitePerson(
  deps: LinkMailDeps,
  scope: { school: SchoolRef; actor: Actor },
  input: { personId: string; now?: Date },
): Promise<{ name: string; email: string }> {
  const { school, actor } = scope;
  const now = input.now ?? new Date();
  const invitee = await withSchoolTx(deps.db, { schoolIds: [school.id], personId: actor.personId }, (tx) =>
    findInvitee({ tx, school, actor }, input.personId),
  );
  await withSystemTx(deps.db, async (tx) => {
    const token = await issueAuthToken(tx, {
      kind: 'invite',
      personId: invitee.id,
      schoolId: school.id,
      validForMs: INVITE_VALID_DAYS * 86_400_000,
      now,
    });
    await recordAudit(tx, school.id, { personId: actor.personId, ip: actor.ip }, {
      type: 'person.invited',
      data: { personId: invitee.id, email: invitee.email },
    });
    await deps.mailer.send({
      to: invitee.email,
      subject: `Your invitation to Parapet for ${school.name}`,
      text: invitationText({ ...invitee, schoolName: school.name, link: `${deps.publicUrl}/invitation/${token}` }),
    });
  });
  return { name: invitee.name, email: invitee.email };
}

function invitationText(i: Invitee & { schoolName: string; link: string }): string {
  return `Hello ${i.name},

${i.inviterName} has invited you to Parapet for ${i.schoolName}. The school uses Parapet for its social media policy: you can read the policy there and sign it or record that you will follow it.

To set your password and sign in, open this link:

${i.link}

You will sign in with this email address: ${i.email}

The link works once and lasts ${INVITE_VALID_DAYS} days. If it has expired, ask ${i.schoolName} to send you a new invitation.

If you were not expecting this email, you can ignore it.
`;
}
