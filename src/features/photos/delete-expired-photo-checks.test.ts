import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createSchool } from '../../../test/support/factories.ts';
import { plainImage } from '../../../test/support/images.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { files } from '../../platform/files/schema.ts';
import { deleteExpiredPhotoChecks } from './delete-expired-photo-checks.ts';
import { savePhotoCheck } from './save-photo-check.ts';
import { photoChecks } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const DAY = 24 * 60 * 60 * 1000;

/** A fresh school with a member of staff who saves checked photos, each `daysOld` days old. */
async function schoolWithPhotos() {
  const school = await createSchool(database);
  const staff = await createPerson(database, school, ['staff']);
  const save = async (bytes: Buffer, daysOld: number) => {
    const photo = await asSchool(database, school, { personId: staff.id, roles: ['staff'] }, (ctx) =>
      savePhotoCheck(ctx, { stripped: { bytes, type: 'jpeg', width: 40, height: 20 }, faces: [], hadLocation: false }),
    );
    await withSystemTx(database.db, (tx) => tx.update(photoChecks).set({ createdAt: new Date(Date.now() - daysOld * DAY) }).where(eq(photoChecks.id, photo.id)));
    return photo;
  };
  const left = async () => {
    const rows = await withSystemTx(database.db, (tx) =>
      tx.execute(sql`select (select count(*) from photo_checks where school_id = ${school.id}) as checks, (select count(*) from files where school_id = ${school.id}) as files`),
    );
    const r = ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<Record<string, number | string>>)[0]!;
    return { checks: Number(r.checks), files: Number(r.files) };
  };
  return { school, save, left };
}

describe('deleteExpiredPhotoChecks', () => {
  it('deletes checked photos older than the period with copies nothing else uses, keeps the rest, and audits each school', async () => {
    const a = await schoolWithPhotos();
    const b = await schoolWithPhotos();
    const shared = await plainImage(40, 20).jpeg().toBuffer();
    const own = await plainImage(48, 24).jpeg().toBuffer();
    const oldShared = await a.save(shared, 31);
    await a.save(shared, 2); // the same copy, checked again recently: the file stays
    const oldOwn = await a.save(own, 40);
    await b.save(own, 29); // another school, within the period
    expect(await a.left()).toEqual({ checks: 3, files: 2 });

    const result = await withSystemTx(database.db, (tx) => deleteExpiredPhotoChecks(tx, { now: new Date(), retentionDays: 30 }));
    expect(result.photos).toBeGreaterThanOrEqual(2); // other test files' schools may have old photos too

    expect(await a.left()).toEqual({ checks: 1, files: 1 });
    expect(await b.left()).toEqual({ checks: 1, files: 1 });
    const kept = await withSystemTx(database.db, (tx) => tx.select({ sha: files.sha256 }).from(files).where(eq(files.schoolId, a.school.id)));
    expect(kept.map((k) => k.sha)).toEqual([oldShared.fileSha256]);

    const events = await withSystemTx(database.db, (tx) =>
      tx.select().from(auditEvents).where(and(eq(auditEvents.type, 'photo.checks-expired'), sql`${auditEvents.schoolId} in (${a.school.id}, ${b.school.id})`)),
    );
    expect(events.map((e) => [e.schoolId, e.data])).toEqual([[a.school.id, { photoCheckIds: [oldShared.id, oldOwn.id].sort(), retentionDays: 30 }]]);
  });
});
