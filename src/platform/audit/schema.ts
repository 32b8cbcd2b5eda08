import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appRole, visibleSchool } from '../db/tenancy-schema.ts';

// Append-only and hash-chained: one chain per school (`school:<id>`) and one for events that
// belong to no school (`system`). The app role may insert and read, never update or delete
// (migration 0000 revokes those), and any edit is caught by `parapet audit verify`.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    schoolId: uuid('school_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorPersonId: uuid('actor_person_id'),
    actorIp: text('actor_ip'),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain_seq_key').on(t.chain, t.seq),
    pgPolicy('audit_events_select', { for: 'select', to: appRole, using: visibleSchool(t.schoolId) }),
    pgPolicy('audit_events_insert', {
      for: 'insert',
      to: appRole,
      withCheck: sql`${visibleSchool(t.schoolId)} and ${t.chain} = 'school:' || ${t.schoolId}`,
    }),
  ],
);
