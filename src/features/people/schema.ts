import { sql } from 'drizzle-orm';
import { date, index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appRole, schoolIsolation } from '../../platform/db/tenancy-schema.ts';
import { schools, trusts } from '../schools/schema.ts';

// A person who can sign in (or could be invited to): staff, governors, parents, trust admins.
// Pupils are not persons: they never sign in, and their records belong to one school.
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique when present. */
    email: text('email'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    preferredName: text('preferred_name'),
    dateOfBirth: date('date_of_birth'),
    passwordHash: text('password_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_email_key').on(t.email),
    // Seen by the app role only when they are the acting person or belong to a visible school.
    pgPolicy('persons_select', {
      for: 'select',
      to: appRole,
      using: sql`${t.id} = app_person_id() or exists (select 1 from memberships m where m.person_id = ${t.id})`,
    }),
    pgPolicy('persons_insert', { for: 'insert', to: appRole, withCheck: sql`true` }),
    pgPolicy('persons_update', {
      for: 'update',
      to: appRole,
      using: sql`${t.id} = app_person_id() or exists (select 1 from memberships m where m.person_id = ${t.id})`,
    }),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    role: text('role').notNull(),
    /** Free text from the roster, e.g. "Class teacher, Year 4". */
    jobTitle: text('job_title'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('memberships_school_person_role_key').on(t.schoolId, t.personId, t.role),
    index('memberships_person_idx').on(t.personId),
    schoolIsolation('memberships', t.schoolId),
  ],
);

// Trust-level roles. Read only by the system context when a request starts.
export const trustMemberships = pgTable(
  'trust_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id').notNull().references(() => trusts.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    role: text('role').notNull().default('trust-admin'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('trust_memberships_key').on(t.trustId, t.personId, t.role)],
).enableRLS();

export const pupils = pgTable(
  'pupils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    misId: text('mis_id'),
    legalFirstName: text('legal_first_name').notNull(),
    legalLastName: text('legal_last_name').notNull(),
    preferredFirstName: text('preferred_first_name'),
    preferredLastName: text('preferred_last_name'),
    dateOfBirth: date('date_of_birth').notNull(),
    yearGroup: text('year_group'),
    admissionDate: date('admission_date'),
    leavingDate: date('leaving_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pupils_school_mis_key').on(t.schoolId, t.misId),
    index('pupils_school_name_dob_idx').on(t.schoolId, t.legalLastName, t.legalFirstName, t.dateOfBirth),
    schoolIsolation('pupils', t.schoolId),
  ],
);

export const parentLinks = pgTable(
  'parent_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    parentPersonId: uuid('parent_person_id').notNull().references(() => persons.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id),
    relationship: text('relationship'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('parent_links_key').on(t.parentPersonId, t.pupilId),
    schoolIsolation('parent_links', t.schoolId),
  ],
);
