import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schoolIsolation } from '../../platform/db/tenancy-schema.ts';
import { persons } from '../people/schema.ts';
import { policies, policyVersions } from '../policies/schema.ts';
import { schools } from '../schools/schema.ts';

/** A clause of the policy version that backs a rule: its number and its words, as quoted. */
export interface RuleClauseRef {
  number: string;
  text: string;
}

/**
 * The rules a policy version turns on. A version may have several revisions: one draft at a time
 * being reviewed, at most one active per policy (the set the checks read), and superseded ones
 * kept as the record of what applied when.
 */
export const policyRuleSets = pgTable(
  'policy_rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    /** Kept beside the version so "one active set per policy" is a unique index. */
    policyId: uuid('policy_id').notNull().references(() => policies.id),
    versionId: uuid('version_id').notNull().references(() => policyVersions.id),
    /** 1, 2, 3… per version: each change after activation is a new revision. */
    revision: integer('revision').notNull(),
    status: text('status', { enum: ['draft', 'active', 'superseded'] }).notNull().default('draft'),
    /** How the draft began: proposed by the importer, copied from an earlier set, or by hand. */
    origin: text('origin', { enum: ['import', 'revision', 'manual'] }).notNull(),
    createdBy: uuid('created_by').references(() => persons.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    activatedBy: uuid('activated_by').references(() => persons.id),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('policy_rule_sets_revision_key').on(t.versionId, t.revision),
    uniqueIndex('policy_rule_sets_one_draft_key').on(t.versionId).where(sql`${t.status} = 'draft'`),
    uniqueIndex('policy_rule_sets_one_active_key').on(t.policyId).where(sql`${t.status} = 'active'`),
    index('policy_rule_sets_school_idx').on(t.schoolId),
    schoolIsolation('policy_rule_sets', t.schoolId),
  ],
);

/** One catalogue rule in a rule set: proposed by the importer, then accepted or rejected; or added by hand. */
export const policyRules = pgTable(
  'policy_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    ruleSetId: uuid('rule_set_id').notNull().references(() => policyRuleSets.id),
    /** A catalogue id (core/rules/catalogue.ts). */
    ruleId: text('rule_id').notNull(),
    status: text('status', { enum: ['proposed', 'accepted', 'rejected', 'added'] }).notNull(),
    /** Every parameter of the rule, defaults filled in. */
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** The importer's confidence, 0–1; null for a rule a person added. */
    confidence: real('confidence'),
    clauses: jsonb('clauses').$type<RuleClauseRef[]>().notNull(),
    /** The importer's reason for proposing it. */
    why: text('why'),
    /** The reviewer's own note. */
    note: text('note'),
    decidedBy: uuid('decided_by').references(() => persons.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('policy_rules_rule_key').on(t.ruleSetId, t.ruleId),
    schoolIsolation('policy_rules', t.schoolId),
  ],
);
