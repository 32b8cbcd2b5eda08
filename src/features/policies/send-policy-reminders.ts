import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { addMonths, formatDate, londonToday } from '../../core/dates.ts';
import { acknowledgementKindFor } from '../../core/policy/acknowledgement.ts';
import { rolesAddressed } from '../../core/policy/audiences.ts';
import { ROLE_LABELS, SIGNING_ROLES, type Role } from '../../core/roles.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../../platform/db/tenancy.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { memberships, persons } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';
import { acknowledgements, policies, policyVersions, reminderDeliveries } from './schema.ts';

export const POLICY_REMINDERS_JOB = 'policy-reminders';
export const policyRemindersPayload = z.object({ schoolId: z.uuid(), versionId: z.uuid() });
export type PolicyRemindersPayload = z.infer<typeof policyRemindersPayload>;

/**
 * Queues the reminders for a version: call it once the publishing transaction has committed (the
 * queue must not be used inside a transaction). One pending job per version at a time.
 */
export async function queuePolicyReminders(jobs: JobQueue | undefined, payload: PolicyRemindersPayload): Promise<void> {
  await jobs?.send(POLICY_REMINDERS_JOB, payload, { singletonKey: payload.versionId });
}

export const WEEK_MS = 7 * 86_400_000;

export type ReminderKind = 'publish' | 'week' | `annual-${number}`;
const family = (kind: ReminderKind) => (kind === 'publish' || kind === 'week' ? kind : 'annual');

/** The academic year (1 September to 31 August) a London calendar date falls in, by its first year. */
export function academicYear(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m >= 9 ? y : y - 1;
}

export interface ReminderHistory {
  publishedAt: Date;
  signed: boolean;
  /** Reminders this person has had for this version, by kind, with when they went. */
  sent: ReadonlyMap<string, Date>;
}

/**
 * The one reminder due for a person now, if any:
 * - `publish`: as soon as the version is published, to those who have not signed it;
 * - `week`: 7 days after publishing (and after their first reminder), if they still have not;
 * - `annual-YYYY`: to everyone who should sign, signed or not, to re-read it. The first comes on
 *   the publication's anniversary; after that one in each academic year, from 1 September, so it
 *   settles into the start of the school year, but never within six months of the last.
 */
export function dueReminder(h: ReminderHistory, now: Date): ReminderKind | null {
  if (!h.signed) {
    const publish = h.sent.get('publish');
    if (!publish) return 'publish';
    const weekDue = Math.max(h.publishedAt.getTime(), publish.getTime()) + WEEK_MS;
    if (!h.sent.has('week') && now.getTime() >= weekDue) return 'week';
  }
  const today = londonToday(now);
  if (today < addMonths(londonToday(h.publishedAt), 12)) return null;
  const kind = `annual-${academicYear(today)}` as const;
  if (h.sent.has(kind)) return null;
  const lastAnnual = [...h.sent].filter(([k]) => k.startsWith('annual-')).map(([, at]) => at.getTime()).sort().at(-1);
  if (lastAnnual !== undefined && today < addMonths(londonToday(new Date(lastAnnual)), 6)) return null;
  return kind;
}

export interface ReminderDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  /** Told about each mail that could not be sent. */
  onFailure?: (err: unknown, recipient: { personId: string; kind: string }) => void;
}

export interface ReminderCounts {
  publish: number;
  week: number;
  annual: number;
  /** Mails that could not be sent: nothing was recorded for them, so a retry sends them. */
  failed: number;
}

interface Recipient {
  personId: string;
  name: string;
  email: string;
  roles: Role[];
  /** The signing roles through which the policy is addressed to them, for the email's "why". */
  addressedAs: Role[];
  kind: ReminderKind;
  signed: boolean;
}

/**
 * Sends the reminders due now for one published version, as the system (no acting person).
 * Each mail has its own transaction: the delivery row goes in first (unique per person, version
 * and kind, so a rerun or a retried job never mails twice), then the audit event, then the mail;
 * if the mail fails, that transaction rolls back and the next run tries again.
 */
export async function sendPolicyReminders(
  deps: ReminderDeps,
  input: PolicyRemindersPayload & { now: Date },
): Promise<ReminderCounts> {
  const counts: ReminderCounts = { publish: 0, week: 0, annual: 0, failed: 0 };
  const scope = { schoolIds: [input.schoolId] };
  const plan = await withSchoolTx(deps.db, scope, (tx) => planReminders(tx, input.versionId, input.now));
  if (!plan) return counts;

  for (const r of plan.recipients) {
    try {
      const sent = await withSchoolTx(deps.db, scope, async (tx) => {
        // Signed since the plan was made: no reminder to sign.
        if (family(r.kind) !== 'annual' && (await hasSigned(tx, input.versionId, r.personId))) return false;
        const [delivery] = await tx
          .insert(reminderDeliveries)
          .values({ schoolId: input.schoolId, versionId: input.versionId, personId: r.personId, kind: r.kind, sentAt: input.now })
          .onConflictDoNothing()
          .returning({ id: reminderDeliveries.id });
        if (!delivery) return false;
        await recordAudit(tx, input.schoolId, { personId: null, ip: null }, {
          type: 'policy.reminder-sent',
          data: { versionId: input.versionId, personId: r.personId, kind: r.kind },
        });
        await deps.mailer.send({ to: r.email, ...reminderMail(r, plan, deps.publicUrl) });
        return true;
      });
      if (sent) counts[family(r.kind)]++;
    } catch (err) {
      counts.failed++;
      deps.onFailure?.(err, { personId: r.personId, kind: r.kind });
    }
  }
  return counts;
}

interface Plan {
  school: { slug: string; name: string };
  policyTitle: string;
  versionId: string;
  versionNumber: number;
  publishedAt: Date;
  recipients: Recipient[];
}

/** School context: who is due which reminder for a version; null if it is not published now. */
async function planReminders(tx: Tx, versionId: string, now: Date): Promise<Plan | null> {
  const [version] = await tx
    .select({ version: policyVersions, title: policies.title, audiences: policies.audiences, school: schools })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .innerJoin(schools, eq(schools.id, policyVersions.schoolId))
    .where(and(eq(policyVersions.id, versionId), eq(policyVersions.status, 'published'), isNull(policies.archivedAt)));
  const publishedAt = version?.version.publishedAt;
  if (!version || !publishedAt) return null;

  const members = await tx
    .select({ personId: persons.id, email: persons.email, givenName: persons.givenName, familyName: persons.familyName, preferredName: persons.preferredName, role: memberships.role })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.schoolId, version.school.id), isNull(memberships.endedAt), sql`${persons.email} is not null`));
  const signed = new Set(
    (await tx.select({ personId: acknowledgements.personId }).from(acknowledgements)
      .where(and(eq(acknowledgements.versionId, versionId), eq(acknowledgements.kind, 'signed')))).map((a) => a.personId),
  );
  const sent = new Map<string, Map<string, Date>>();
  for (const d of await tx.select().from(reminderDeliveries).where(eq(reminderDeliveries.versionId, versionId))) {
    const mine = sent.get(d.personId) ?? new Map<string, Date>();
    mine.set(d.kind, d.sentAt);
    sent.set(d.personId, mine);
  }

  const byPerson = new Map<string, Omit<Recipient, 'kind' | 'signed' | 'addressedAs'>>();
  for (const m of members) {
    const entry = byPerson.get(m.personId) ?? { personId: m.personId, name: `${m.preferredName ?? m.givenName} ${m.familyName}`, email: m.email!, roles: [] };
    entry.roles.push(m.role as Role);
    byPerson.set(m.personId, entry);
  }
  const recipients: Recipient[] = [];
  for (const p of byPerson.values()) {
    if (acknowledgementKindFor(p.roles, version.audiences) !== 'signed') continue;
    const history = { publishedAt, signed: signed.has(p.personId), sent: sent.get(p.personId) ?? new Map<string, Date>() };
    const kind = dueReminder(history, now);
    const addressedAs = rolesAddressed(p.roles, version.audiences).filter((x) => (SIGNING_ROLES as readonly Role[]).includes(x));
    if (kind) recipients.push({ ...p, addressedAs, kind, signed: history.signed });
  }
  return {
    school: { slug: version.school.slug, name: version.school.name },
    policyTitle: version.title,
    versionId,
    versionNumber: version.version.versionNumber,
    publishedAt,
    recipients,
  };
}

function reminderMail(r: Recipient, plan: Plan, publicUrl: string): { subject: string; text: string } {
  const link = `${publicUrl}/s/${plan.school.slug}/my-policies/${plan.versionId}`;
  const policy = `“${plan.policyTitle}” (version ${plan.versionNumber})`;
  const as = r.addressedAs.map((x) => ROLE_LABELS[x].toLowerCase()).join(' and ');
  const why = `You are getting this email because ${plan.school.name} lists you in Parapet as ${as}, and this policy asks you to sign it.`;
  const published = formatDate(plan.publishedAt);
  const bodies: Record<'publish' | 'week' | 'annual', { subject: string; lines: string[] }> = {
    publish: {
      subject: `Please read and sign: ${plan.policyTitle}`,
      lines: [
        `${plan.school.name} published ${policy} on ${published}. Please read it and sign to say that you have read and understood it and agree to adhere to it.`,
        `Read and sign it here:\n\n${link}`,
      ],
    },
    week: {
      subject: `Reminder: please sign ${plan.policyTitle}`,
      lines: [
        `A week ago ${plan.school.name} asked you to read and sign ${policy}, published on ${published}. You have not signed it yet.`,
        `Read and sign it here:\n\n${link}`,
      ],
    },
    annual: {
      subject: `Yearly reminder: please re-read ${plan.policyTitle}`,
      lines: [
        `Once a year ${plan.school.name} asks everyone who signs its social media policy to read it again, so that it stays fresh in mind. Please re-read ${policy}.`,
        `You can find it in Parapet: sign in and choose “Read and sign”, or go straight to it here:\n\n${link}`,
        r.signed ? 'You have already signed this version, so you do not need to sign it again.' : 'You have not signed this version yet: please sign it once you have read it.',
      ],
    },
  };
  const body = bodies[family(r.kind)];
  return { subject: body.subject, text: [`Hello ${r.name},`, ...body.lines, why, ''].join('\n\n') };
}

async function hasSigned(tx: Tx, versionId: string, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: acknowledgements.id })
    .from(acknowledgements)
    .where(and(eq(acknowledgements.versionId, versionId), eq(acknowledgements.personId, personId), eq(acknowledgements.kind, 'signed')));
  return row !== undefined;
}

/** System context, across schools: every published version, for the daily sweep. */
export async function findPublishedVersions(db: Db): Promise<PolicyRemindersPayload[]> {
  return withSystemTx(db, (tx) =>
    tx
      .select({ schoolId: policyVersions.schoolId, versionId: policyVersions.id })
      .from(policyVersions)
      .innerJoin(policies, eq(policies.id, policyVersions.policyId))
      .where(and(eq(policyVersions.status, 'published'), isNull(policies.archivedAt))),
  );
}
