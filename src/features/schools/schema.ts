import { sql } from 'drizzle-orm';
import { pgPolicy, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { appRole, visibleSchool } from '../../platform/db/tenancy-schema.ts';

export const trusts = pgTable('trusts', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  pgPolicy('trusts_visible', {
    for: 'select',
    to: appRole,
    using: sql`exists (select 1 from schools s where s.trust_id = ${t.id})`,
  }),
]);

export const schools = pgTable(
  'schools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id').references(() => trusts.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    /** The school's own published contact details: never findings in checks. */
    domain: text('domain'),
    phone: text('phone'),
    email: text('email'),
    /** The school's own postal address, as published on its website. */
    address: text('address'),
    postcode: text('postcode'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('schools_slug_key').on(t.slug),
    pgPolicy('schools_select', { for: 'select', to: appRole, using: visibleSchool(t.id) }),
    pgPolicy('schools_update', {
      for: 'update',
      to: appRole,
      using: visibleSchool(t.id),
      withCheck: visibleSchool(t.id),
    }),
  ],
);
