import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createPupil, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { plainImage } from '../../../test/support/images.ts';
import { refusal } from '../../../test/support/refusal.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSchoolTx } from '../../platform/db/tenancy.ts';
import { checkDraftWithPhoto } from '../checks/check-draft-with-photo.ts';
import { getPhotoCheck, getPhotoImage } from './get-photo-check.ts';
import { savePhotoCheck } from './save-photo-check.ts';
import { photoChecks } from './schema.ts';
import { TAG_MESSAGES, tagPhotoFaces } from './tag-photo-faces.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const box = (x: number) => ({ x, y: 10, width: 20, height: 20, score: 0.9 });

/** A fresh school with two pupils and a checked photo of three faces, saved by a member of staff. */
async function photoOfThree() {
  const school = await createSchool(database);
  const staff = await createPerson(database, school, ['staff']);
  const amelia = await createPupil(database, school, { legalFirstName: 'Amelia', legalLastName: 'Fairweather', preferredFirstName: 'Millie', yearGroup: '6' });
  const barnaby = await createPupil(database, school, { legalFirstName: 'Barnaby', legalLastName: 'Quist', yearGroup: 'R' });
  const bytes = await plainImage(120, 60).jpeg().toBuffer();
  const as = <T>(fn: Parameters<typeof asSchool<T>>[3], roles: Parameters<typeof asSchool>[2]['roles'] = ['staff']) =>
    asSchool(database, school, { personId: staff.id, roles }, fn);
  const photo = await as((ctx) => savePhotoCheck(ctx, { stripped: { bytes, type: 'jpeg', width: 120, height: 60 }, faces: [box(0), box(40), box(80)], hadLocation: false }));
  return { school, staff, amelia, barnaby, photo, bytes, as };
}

const tags = (entries: Record<number, string>, missed = '0') => ({ tags: new Map(Object.entries(entries).map(([k, v]) => [Number(k), v])), missed });

describe('tagPhotoFaces', () => {
  it('keeps the stripped copy and the boxes, with every face untagged at first', async () => {
    const { photo, bytes, as } = await photoOfThree();
    const details = await as((ctx) => getPhotoCheck(ctx, photo.id));
    expect(details.photo.faces).toHaveLength(3);
    expect(details.summary.sentence).toBe('3 of 3 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(details.summary.findings).toEqual([
      expect.objectContaining({ rule: 'pupil-image-consent', severity: 'block', reason: expect.stringContaining('Faces 1, 2 and 3 are not tagged.') }),
    ]);
    expect((await as((ctx) => getPhotoImage(ctx, photo.id))).bytes.equals(bytes)).toBe(true);
  });

  it('saves each tag, says which pupils are in the photo, and audits pupil ids (not names) in the same transaction', async () => {
    const { school, staff, amelia, barnaby, photo, as } = await photoOfThree();
    const partly = await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: `pupil:${amelia.id}`, 2: 'not-pupil', 3: '' })));
    expect(partly.sentence).toBe('1 of 3 faces is not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(partly.findings[0]!.reason).toContain('Face 3 is not tagged.');

    const done = await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: `pupil:${amelia.id}`, 2: 'not-pupil', 3: `pupil:${barnaby.id}` })));
    expect(done.sentence).toBe('All 3 faces are tagged: 2 pupils, 1 not a pupil.');
    expect(done.findings).toEqual([]);
    expect(done.pupils.map((p) => [p.name, p.faces])).toEqual([
      ['Millie Fairweather (Year 6)', [1]],
      ['Barnaby Quist (Reception)', [3]],
    ]);

    const events = await as((ctx) => ctx.tx.select().from(auditEvents).where(and(eq(auditEvents.schoolId, school.id), eq(auditEvents.type, 'photo.faces-tagged'))));
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actorPersonId: staff.id,
      data: {
        photoCheckId: photo.id,
        boxed: 3,
        missed: 0,
        faces: [
          { face: 1, tag: 'pupil', pupilId: amelia.id },
          { face: 2, tag: 'not-pupil' },
          { face: 3, tag: 'pupil', pupilId: barnaby.id },
        ],
      },
    });
    expect(JSON.stringify(events)).not.toMatch(/Amelia|Millie|Fairweather|Barnaby/);
  });

  it('counts faces the detector missed: each must be tagged too, and "not a face" takes a box out of the count', async () => {
    const { amelia, photo, as } = await photoOfThree();
    const more = await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-face', 2: 'not-pupil', 3: 'not-pupil' }, '2')));
    expect(more.sentence).toBe('2 of 5 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(more.untagged).toEqual([4, 5]);
    const all = await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-face', 2: 'not-pupil', 3: 'not-pupil', 4: `pupil:${amelia.id}`, 5: 'not-pupil' }, '2')));
    expect(all.sentence).toBe('All 5 faces are tagged: 1 pupil, 3 not pupils, 1 not a face.');
    const fewer = await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-face', 2: 'not-pupil', 3: 'not-pupil', 4: `pupil:${amelia.id}` }, '1')));
    expect([fewer.faces, fewer.untagged]).toEqual([4, []]);
  });

  it('refuses a pupil from another school, a pupil on two faces, an odd value and a bad count, saving nothing', async () => {
    const { amelia, photo, as } = await photoOfThree();
    const other = await createPupil(database, await createSchool(database), { legalFirstName: 'Zed' });
    const err = await refusal(as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: `pupil:${other.id}`, 2: `pupil:${amelia.id}`, 3: `pupil:${amelia.id}` }, 'lots'))));
    expect(err.code).toBe('invalid-input');
    expect(err.problems).toEqual([
      { field: 'missed', message: TAG_MESSAGES.missed },
      { field: 'face-1', message: TAG_MESSAGES.choice(1) },
      { field: 'face-3', message: 'Face 3 and face 2 are both tagged as Millie Fairweather (Year 6). A pupil appears once in a photo: check which face is theirs.' },
    ]);
    expect((await refusal(as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'pupil:nonsense' }))))).problems[0]!.field).toBe('face-1');
    const [row] = await as((ctx) => ctx.tx.select().from(photoChecks).where(eq(photoChecks.id, photo.id)));
    expect(row!.tags).toEqual([null, null, null]);
  });

  it('is for staff with check access only: a parent or governor may not see or tag the photo', async () => {
    const { photo, as } = await photoOfThree();
    for (const role of ['parent', 'governor'] as const) {
      expect((await refusal(as((ctx) => getPhotoCheck(ctx, photo.id), [role]))).code).toBe('forbidden');
      expect((await refusal(as((ctx) => getPhotoImage(ctx, photo.id), [role]))).code).toBe('forbidden');
      expect((await refusal(as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-pupil' })), [role]))).code).toBe('forbidden');
    }
  });

  it("is invisible to another school, even to a query that forgets the school (row-level security)", async () => {
    const { photo } = await photoOfThree();
    const other: TestSchool = await createSchool(database);
    const head = await createPerson(database, other, ['headteacher']);
    const asOther = <T>(fn: Parameters<typeof asSchool<T>>[3]) => asSchool(database, other, { personId: head.id }, fn);
    expect((await refusal(asOther((ctx) => getPhotoCheck(ctx, photo.id)))).code).toBe('not-found');
    expect((await refusal(asOther((ctx) => getPhotoImage(ctx, photo.id)))).code).toBe('not-found');
    expect((await refusal(asOther((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-pupil' }))))).code).toBe('not-found');
    const leaked = await withSchoolTx(database.db, { schoolIds: [other.id], personId: head.id }, (tx) =>
      tx.execute(sql`select (select count(*) from photo_checks where id = ${photo.id}) as checks, (select count(*) from files where sha256 = ${photo.fileSha256}) as files`),
    );
    const rows = (Array.isArray(leaked) ? leaked : (leaked as { rows: unknown[] }).rows) as Array<{ checks: number | string; files: number | string }>;
    expect([Number(rows[0]!.checks), Number(rows[0]!.files)]).toEqual([0, 0]);
  });
});

describe('checkDraftWithPhoto', () => {
  it('reports a pupil tagged in the photo and named in the text under no-name-with-image; untagged faces block too', async () => {
    const { amelia, photo, as } = await photoOfThree();
    const untagged = await as((ctx) => checkDraftWithPhoto(ctx, { text: 'A lovely sports day!', photoId: photo.id }));
    expect(untagged.findings).toEqual([]);
    expect(untagged.summary).toBe('No problems found. The photo: 3 of 3 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(untagged.blocking).toBe(1);

    await as((ctx) => tagPhotoFaces(ctx, photo.id, tags({ 1: 'not-pupil', 2: `pupil:${amelia.id}`, 3: 'not-pupil' })));
    const named = await as((ctx) => checkDraftWithPhoto(ctx, { text: 'Well done Millie Fairweather and Barnaby Quist!', photoId: photo.id }));
    const byText = Object.fromEntries(named.findings.map((f) => [f.text, f]));
    expect(byText['Millie Fairweather']).toMatchObject({
      category: 'pupil-name',
      rule: 'no-name-with-image',
      severity: 'block',
      reason: 'This names Millie Fairweather (Year 6), who is tagged as face 2 in the photo. A pupil in a photo is never named.',
    });
    // Named but not in the photo: still a pupil's name, under the rule the engine chose.
    expect(byText['Barnaby Quist']!.reason).toBe('This names Barnaby Quist (Reception), a pupil.');
    expect(named.summary).toBe('2 problems to fix.');
    expect(named.photo.pupils.map((p) => p.pupilId)).toEqual([amelia.id]);
  });
});
