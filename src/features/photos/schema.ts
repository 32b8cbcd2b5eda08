import { boolean, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { files } from '../../platform/files/schema.ts';
import { schoolIsolation } from '../../platform/db/tenancy-schema.ts';
import { persons } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';
import type { FaceTag, StoredFace } from './face-tags.ts';

// A checked photo waiting to be posted: the stripped copy (in `files`, no metadata at all), the
// faces the detector found, and how each face has been tagged, so the tagging form can be left
// and come back to without JavaScript. Only the school's staff see it (RLS, and check access).
export const photoChecks = pgTable(
  'photo_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    /** The stripped copy's SHA-256 in `files`. */
    fileSha256: text('file_sha256').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** The detector's boxes in the stripped copy's pixels, left to right. */
    faces: jsonb('faces').$type<StoredFace[]>().notNull(),
    /** Faces the person says the detector missed: tagged like the others, with no box. */
    missedFaces: integer('missed_faces').notNull().default(0),
    /** One entry per face (boxed ones first, then missed ones): null until tagged. Pupil ids, never names. */
    tags: jsonb('tags').$type<Array<FaceTag | null>>().notNull(),
    /** The original recorded where it was taken (removed from the copy; the place itself is not kept). */
    hadLocation: boolean('had_location').notNull().default(false),
    createdBy: uuid('created_by').notNull().references(() => persons.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    taggedBy: uuid('tagged_by').references(() => persons.id),
    taggedAt: timestamp('tagged_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'photo_checks_file_fk', columns: [t.schoolId, t.fileSha256], foreignColumns: [files.schoolId, files.sha256] }),
    index('photo_checks_school_created_idx').on(t.schoolId, t.createdAt),
    schoolIsolation('photo_checks', t.schoolId),
  ],
);
