import {
  boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { schoolIsolation } from '../../platform/db/tenancy-schema.ts';
import { persons } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';

export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    title: text('title').notNull(),
    /** Who the policy is for: staff, volunteers, governors, contractors, parents, visitors. */
    audiences: text('audiences').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('policies_school_idx').on(t.schoolId), schoolIsolation('policies', t.schoolId)],
);

export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    policyId: uuid('policy_id').notNull().references(() => policies.id),
    versionNumber: integer('version_number').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] }).notNull().default('draft'),
    sourceFilename: text('source_filename'),
    sourceFormat: text('source_format', { enum: ['text', 'docx', 'pdf'] }).notNull(),
    /** SHA-256 of the uploaded file; the bytes are kept in `files`. */
    sourceSha256: text('source_sha256'),
    text: text('text').notNull(),
    approvedOn: date('approved_on'),
    approvedBy: text('approved_by'),
    reviewPeriodMonths: integer('review_period_months'),
    nextReviewOn: date('next_review_on'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => persons.id),
    createdBy: uuid('created_by').references(() => persons.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('policy_versions_number_key').on(t.policyId, t.versionNumber),
    schoolIsolation('policy_versions', t.schoolId),
  ],
);

export const policyClauses = pgTable(
  'policy_clauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    versionId: uuid('version_id').notNull().references(() => policyVersions.id),
    position: integer('position').notNull(),
    /** The clause number shown to people, e.g. "4.2". */
    number: text('number').notNull(),
    heading: text('heading'),
    isHeading: boolean('is_heading').notNull().default(false),
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('policy_clauses_position_key').on(t.versionId, t.position),
    schoolIsolation('policy_clauses', t.schoolId),
  ],
);

export const acknowledgements = pgTable(
  'acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    versionId: uuid('version_id').notNull().references(() => policyVersions.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** `signed` for staff, volunteers and governors; `will-comply` for parents and visitors. */
    kind: text('kind', { enum: ['signed', 'will-comply'] }).notNull(),
    statement: text('statement').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('acknowledgements_version_person_key').on(t.versionId, t.personId),
    schoolIsolation('acknowledgements', t.schoolId),
  ],
);

/** One row per reminder e-mail sent, so a retried job never mails twice. */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    versionId: uuid('version_id').notNull().references(() => policyVersions.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** `publish`, `week` or `annual-YYYY`. */
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reminder_deliveries_key').on(t.versionId, t.personId, t.kind),
    schoolIsolation('reminder_deliveries', t.schoolId),
  ],
);
