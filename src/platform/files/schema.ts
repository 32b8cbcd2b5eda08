import { customType, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schoolIsolation } from '../db/tenancy-schema.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

// Content-addressed files (uploaded policies, later images and evidence), kept in the database
// so that several stateless app instances share them. Keyed by school and SHA-256.
export const files = pgTable(
  'files',
  {
    schoolId: uuid('school_id').notNull(),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schoolId, t.sha256] }), schoolIsolation('files', t.schoolId)],
);
