// Database reads and writes for rule sets and their rules. Every query runs in a school-bound
// transaction; the school id is also in each WHERE, as a second lock.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { policies } from '../policies/schema.ts';
import { policyRules, policyRuleSets } from './schema.ts';

export type RuleSetRow = typeof policyRuleSets.$inferSelect;
export type RuleRow = typeof policyRules.$inferSelect;

/** Every revision of a version's rules, newest first. */
export async function ruleSetsOfVersion(tx: Tx, schoolId: string, versionId: string): Promise<RuleSetRow[]> {
  return tx
    .select()
    .from(policyRuleSets)
    .where(and(eq(policyRuleSets.schoolId, schoolId), eq(policyRuleSets.versionId, versionId)))
    .orderBy(desc(policyRuleSets.revision));
}

/** The set of this policy the checks read now, whichever version it belongs to. */
export async function activeSetOfPolicy(tx: Tx, schoolId: string, policyId: string): Promise<RuleSetRow | undefined> {
  const [row] = await tx
    .select()
    .from(policyRuleSets)
    .where(and(eq(policyRuleSets.schoolId, schoolId), eq(policyRuleSets.policyId, policyId), eq(policyRuleSets.status, 'active')));
  return row;
}

/** The version's draft, locked so that decisions on it happen one after the other. */
export async function lockDraftOfVersion(tx: Tx, schoolId: string, versionId: string): Promise<RuleSetRow | undefined> {
  const [row] = await tx
    .select()
    .from(policyRuleSets)
    .where(and(eq(policyRuleSets.schoolId, schoolId), eq(policyRuleSets.versionId, versionId), eq(policyRuleSets.status, 'draft')))
    .for('update');
  return row;
}

export async function rulesOf(tx: Tx, schoolId: string, ruleSetIds: readonly string[]): Promise<RuleRow[]> {
  if (ruleSetIds.length === 0) return [];
  return tx
    .select()
    .from(policyRules)
    .where(and(eq(policyRules.schoolId, schoolId), inArray(policyRules.ruleSetId, [...ruleSetIds])));
}

export async function nextRevision(tx: Tx, versionId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number | null>`max(${policyRuleSets.revision})` })
    .from(policyRuleSets)
    .where(eq(policyRuleSets.versionId, versionId));
  return Number(row?.n ?? 0) + 1;
}

export async function insertRuleSet(tx: Tx, values: typeof policyRuleSets.$inferInsert): Promise<RuleSetRow> {
  const [row] = await tx.insert(policyRuleSets).values(values).returning();
  return row!;
}

export async function insertRules(tx: Tx, rows: Array<typeof policyRules.$inferInsert>): Promise<void> {
  if (rows.length) await tx.insert(policyRules).values(rows);
}

export async function updateRule(tx: Tx, schoolId: string, id: string, values: Partial<typeof policyRules.$inferInsert>): Promise<void> {
  await tx.update(policyRules).set(values).where(and(eq(policyRules.schoolId, schoolId), eq(policyRules.id, id)));
}

export async function updateRuleSet(tx: Tx, schoolId: string, id: string, values: Partial<typeof policyRuleSets.$inferInsert>): Promise<void> {
  await tx.update(policyRuleSets).set(values).where(and(eq(policyRuleSets.schoolId, schoolId), eq(policyRuleSets.id, id)));
}

/** The accepted and added rules of every active set in the school, oldest policy first. */
export async function activeRulesOfSchool(tx: Tx, schoolId: string) {
  return tx
    .select({ ruleId: policyRules.ruleId, params: policyRules.params, clauses: policyRules.clauses, policyId: policyRuleSets.policyId })
    .from(policyRules)
    .innerJoin(policyRuleSets, eq(policyRuleSets.id, policyRules.ruleSetId))
    .innerJoin(policies, eq(policies.id, policyRuleSets.policyId))
    .where(
      and(
        eq(policyRules.schoolId, schoolId),
        eq(policyRuleSets.status, 'active'),
        inArray(policyRules.status, ['accepted', 'added']),
        sql`${policies.archivedAt} is null`,
      ),
    )
    .orderBy(asc(policies.createdAt), asc(policyRules.ruleId));
}
