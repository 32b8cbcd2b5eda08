// Reads and writes checked photos: the faces and their tags in `photo_checks` (the stripped copy
// is in `files`, through platform/files/file-repository.ts), and the school's current pupils to tag them with.
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { pupils } from '../people/schema.ts';
import { photoChecks } from './schema.ts';

export type PhotoCheckRow = typeof photoChecks.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isPhotoCheckId = (id: string) => UUID.test(id);

export async function insertPhotoCheck(tx: Tx, values: typeof photoChecks.$inferInsert): Promise<PhotoCheckRow> {
  const [row] = await tx.insert(photoChecks).values(values).returning();
  return row!;
}

export async function findPhotoCheck(tx: Tx, schoolId: string, id: string): Promise<PhotoCheckRow | undefined> {
  if (!isPhotoCheckId(id)) return undefined;
  const [row] = await tx
    .select()
    .from(photoChecks)
    .where(and(eq(photoChecks.schoolId, schoolId), eq(photoChecks.id, id)));
  return row;
}

export async function updateTags(tx: Tx, row: PhotoCheckRow, values: Pick<PhotoCheckRow, 'tags' | 'missedFaces' | 'taggedBy'>): Promise<void> {
  await tx
    .update(photoChecks)
    .set({ ...values, taggedAt: sql`now()` })
    .where(and(eq(photoChecks.schoolId, row.schoolId), eq(photoChecks.id, row.id)));
}

export interface PupilChoice {
  id: string;
  legalFirstName: string;
  legalLastName: string;
  preferredFirstName: string | null;
  preferredLastName: string | null;
  yearGroup: string | null;
}

const current = sql`current_date`;
const choiceColumns = {
  id: pupils.id,
  legalFirstName: pupils.legalFirstName,
  legalLastName: pupils.legalLastName,
  preferredFirstName: pupils.preferredFirstName,
  preferredLastName: pupils.preferredLastName,
  yearGroup: pupils.yearGroup,
};

/** The school's pupils today (one leaving later this term is still a pupil), by surname. */
export async function readCurrentPupils(tx: Tx, schoolId: string): Promise<PupilChoice[]> {
  return tx
    .select(choiceColumns)
    .from(pupils)
    .where(and(eq(pupils.schoolId, schoolId), or(isNull(pupils.leavingDate), gte(pupils.leavingDate, current))))
    .orderBy(asc(pupils.legalLastName), asc(pupils.legalFirstName));
}

/** These pupils, whether or not they are still on the roll (a tag saved last term still names someone). */
export async function readPupilsById(tx: Tx, schoolId: string, ids: readonly string[]): Promise<PupilChoice[]> {
  if (!ids.length) return [];
  return tx
    .select(choiceColumns)
    .from(pupils)
    .where(and(eq(pupils.schoolId, schoolId), inArray(pupils.id, [...ids])));
}

export interface ExpiredPhotoCheck {
  id: string;
  schoolId: string;
  fileSha256: string;
}

/**
 * Deletes every school's photo checks made before `before`, then each stripped copy no other photo
 * check or policy version still uses. System housekeeping: run in a system transaction.
 */
export async function deletePhotoChecksMadeBefore(tx: Tx, before: Date): Promise<ExpiredPhotoCheck[]> {
  const gone = await tx
    .delete(photoChecks)
    .where(lt(photoChecks.createdAt, before))
    .returning({ id: photoChecks.id, schoolId: photoChecks.schoolId, fileSha256: photoChecks.fileSha256 });
  for (const { schoolId, fileSha256 } of new Map(gone.map((g) => [`${g.schoolId}:${g.fileSha256}`, g])).values()) {
    await tx.execute(sql`
      delete from files f
      where f.school_id = ${schoolId} and f.sha256 = ${fileSha256}
        and not exists (select 1 from photo_checks p where p.school_id = f.school_id and p.file_sha256 = f.sha256)
        and not exists (select 1 from policy_versions v where v.school_id = f.school_id and v.source_sha256 = f.sha256)`);
  }
  return gone;
}
