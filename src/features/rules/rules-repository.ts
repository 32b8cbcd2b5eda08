// Database reads and writes for rule sets and their rules. Every query runs in a school-bound
// transaction; the school id is also in each WHERE, as a second lock.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { policies, policyVersions } from '../policies/schema.ts';
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

export type NewRuleSet = Omit<typeof policyRuleSets.$inferInsert, 'id' | 'revision'>;

/**
 * Saves a rule set as its version's next revision (1, 2, 3…). The version's row is locked first,
 * so two requests at once take turns: the second counts the first's revision once it commits,
 * rather than both reading the same highest revision (the unique key on version and revision
 * would then refuse the second with an error).
 */
export async function createRuleSet(tx: Tx, values: NewRuleSet): Promise<RuleSetRow> {
  const [version] = await tx
    .select({ id: policyVersions.id })
    .from(policyVersions)
    .where(and(eq(policyVersions.schoolId, values.schoolId), eq(policyVersions.id, values.versionId)))
    .for('no key update');
  if (!version) throw notFound('That policy version');
  const revision = sql<number>`(select coalesce(max(${policyRuleSets.revision}), 0) + 1 from ${policyRuleSets} where ${policyRuleSets.versionId} = ${values.versionId})`;
  const [row] = await tx
    .insert(policyRuleSets)
    .values({ ...values, revision })
    .returning();
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
