// Database reads and writes for policies, their versions, clauses and acknowledgements. Every
// query runs in a school-bound transaction; the school id is also in each WHERE, as a second lock.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Clause } from '../../core/policy/split-clauses.ts';
import { isSchoolRole, type SchoolRole } from '../../core/roles.ts';
import type { SchoolMember } from '../../core/policy/acknowledgement.ts';
import type { Tx } from '../../platform/db/client.ts';
import { memberships, persons } from '../people/schema.ts';
import { acknowledgements, policies, policyClauses, policyVersions } from './schema.ts';

export type PolicyRow = typeof policies.$inferSelect;
export type VersionRow = typeof policyVersions.$inferSelect;
export type ClauseRow = typeof policyClauses.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from a URL that is not a UUID cannot name anything: answer "not found", not a database error. */
export const isUuid = (id: string) => UUID.test(id);

export async function insertPolicy(tx: Tx, values: { schoolId: string; title: string; audiences: string[] }): Promise<PolicyRow> {
  const [row] = await tx.insert(policies).values(values).returning();
  return row!;
}

export async function findPolicy(tx: Tx, schoolId: string, policyId: string): Promise<PolicyRow | undefined> {
  if (!isUuid(policyId)) return undefined;
  const [row] = await tx
    .select()
    .from(policies)
    .where(and(eq(policies.schoolId, schoolId), eq(policies.id, policyId), isNull(policies.archivedAt)));
  return row;
}

/** Locks the policy row so two uploads or publishes of one policy happen one after the other. */
export async function lockPolicy(tx: Tx, schoolId: string, policyId: string): Promise<PolicyRow | undefined> {
  if (!isUuid(policyId)) return undefined;
  const [row] = await tx
    .select()
    .from(policies)
    .where(and(eq(policies.schoolId, schoolId), eq(policies.id, policyId), isNull(policies.archivedAt)))
    .for('update');
  return row;
}

export async function listPolicies(tx: Tx, schoolId: string): Promise<PolicyRow[]> {
  return tx
    .select()
    .from(policies)
    .where(and(eq(policies.schoolId, schoolId), isNull(policies.archivedAt)))
    .orderBy(asc(policies.title));
}

/** Versions of the given policies (without their text), newest first. */
export async function versionsOf(tx: Tx, schoolId: string, policyIds: string[]) {
  if (policyIds.length === 0) return [];
  return tx
    .select({
      id: policyVersions.id,
      policyId: policyVersions.policyId,
      versionNumber: policyVersions.versionNumber,
      status: policyVersions.status,
      sourceFilename: policyVersions.sourceFilename,
      sourceFormat: policyVersions.sourceFormat,
      approvedOn: policyVersions.approvedOn,
      approvedBy: policyVersions.approvedBy,
      reviewPeriodMonths: policyVersions.reviewPeriodMonths,
      nextReviewOn: policyVersions.nextReviewOn,
      publishedAt: policyVersions.publishedAt,
      createdAt: policyVersions.createdAt,
    })
    .from(policyVersions)
    .where(and(eq(policyVersions.schoolId, schoolId), inArray(policyVersions.policyId, policyIds)))
    .orderBy(desc(policyVersions.versionNumber));
}
export type VersionSummary = Awaited<ReturnType<typeof versionsOf>>[number];

export async function lastVersionNumber(tx: Tx, policyId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number | null>`max(${policyVersions.versionNumber})` })
    .from(policyVersions)
    .where(eq(policyVersions.policyId, policyId));
  return Number(row?.n ?? 0);
}

export async function insertVersion(tx: Tx, values: typeof policyVersions.$inferInsert): Promise<VersionRow> {
  const [row] = await tx.insert(policyVersions).values(values).returning();
  return row!;
}

export async function insertClauses(tx: Tx, schoolId: string, versionId: string, clauses: readonly Clause[]): Promise<void> {
  const rows = clauses.map((c) => ({ schoolId, versionId, ...c }));
  // In slices, to stay well under PostgreSQL's limit on parameters in one statement.
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(policyClauses).values(rows.slice(i, i + 1000));
}

export async function findVersion(tx: Tx, schoolId: string, versionId: string) {
  if (!isUuid(versionId)) return undefined;
  const [row] = await tx
    .select({ version: policyVersions, policy: policies })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.id, versionId), isNull(policies.archivedAt)));
  return row;
}

export async function clausesOf(tx: Tx, versionId: string): Promise<ClauseRow[]> {
  return tx.select().from(policyClauses).where(eq(policyClauses.versionId, versionId)).orderBy(asc(policyClauses.position));
}

export async function updateVersion(tx: Tx, versionId: string, values: Partial<typeof policyVersions.$inferInsert>) {
  await tx.update(policyVersions).set(values).where(eq(policyVersions.id, versionId));
}

export async function publishedVersionOf(tx: Tx, policyId: string): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.status, 'published')));
  return row;
}

/** Every published version in the school, with its policy. */
export async function publishedVersions(tx: Tx, schoolId: string) {
  return tx
    .select({ version: policyVersions, policy: policies })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.status, 'published'), isNull(policies.archivedAt)))
    .orderBy(asc(policies.title));
}

export type AcknowledgementRow = typeof acknowledgements.$inferSelect;

export async function findAcknowledgement(tx: Tx, versionId: string, personId: string): Promise<AcknowledgementRow | undefined> {
  const [row] = await tx
    .select()
    .from(acknowledgements)
    .where(and(eq(acknowledgements.versionId, versionId), eq(acknowledgements.personId, personId)));
  return row;
}

/** Inserts an acknowledgement unless one exists (a double-click); returns the row there afterwards. */
export async function insertAcknowledgement(tx: Tx, values: typeof acknowledgements.$inferInsert) {
  const [row] = await tx.insert(acknowledgements).values(values).onConflictDoNothing().returning();
  if (row) return { row, inserted: true };
  return { row: (await findAcknowledgement(tx, values.versionId, values.personId))!, inserted: false };
}

export async function upgradeAcknowledgement(tx: Tx, id: string, values: Pick<AcknowledgementRow, 'kind' | 'statement' | 'signedAt' | 'ip' | 'userAgent'>) {
  const [row] = await tx.update(acknowledgements).set(values).where(eq(acknowledgements.id, id)).returning();
  return row!;
}

/** Acknowledgements of any version of the given policies, with the version number. */
export async function acknowledgementsOfPolicies(tx: Tx, schoolId: string, policyIds: string[], personId?: string) {
  if (policyIds.length === 0) return [];
  return tx
    .select({
      personId: acknowledgements.personId,
      versionId: acknowledgements.versionId,
      versionNumber: policyVersions.versionNumber,
      policyId: policyVersions.policyId,
      kind: acknowledgements.kind,
      signedAt: acknowledgements.signedAt,
    })
    .from(acknowledgements)
    .innerJoin(policyVersions, eq(policyVersions.id, acknowledgements.versionId))
    .where(
      and(
        eq(acknowledgements.schoolId, schoolId),
        inArray(policyVersions.policyId, policyIds),
        personId ? eq(acknowledgements.personId, personId) : undefined,
      ),
    );
}

/** People with a current role in the school, each with all their roles. */
export async function schoolMembers(tx: Tx, schoolId: string): Promise<SchoolMember[]> {
  const rows = await tx
    .select({
      personId: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      preferredName: persons.preferredName,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.schoolId, schoolId), isNull(memberships.endedAt)));
  const byPerson = new Map<string, { personId: string; name: string; roles: SchoolRole[] }>();
  for (const r of rows) {
    const member = byPerson.get(r.personId) ?? {
      personId: r.personId,
      name: `${r.preferredName || r.givenName} ${r.familyName}`,
      roles: [],
    };
    if (isSchoolRole(r.role)) member.roles.push(r.role);
    byPerson.set(r.personId, member);
  }
  return [...byPerson.values()];
}
