// A checked photo with its faces, their tags in words, and the pupils to choose from.
import { notFound } from '../../core/errors.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { requireCheckAccess } from '../checks/check-access.ts';
import { getCheckContext } from '../checks/check-context-cache.ts';
import { summariseTags, type PhotoTagSummary } from './face-tags.ts';
import { readFile } from '../../platform/files/file-repository.ts';
import { findPhotoCheck, readCurrentPupils, readPupilsById, type PhotoCheckRow, type PupilChoice } from './photo-repository.ts';
import { pupilName } from './pupil-names.ts';

export interface PhotoCheckDetails {
  photo: PhotoCheckRow;
  /** Everyone who may be chosen: today's pupils, and anyone already tagged who has since left. */
  pupils: PupilChoice[];
  summary: PhotoTagSummary;
}

export const PHOTO_NOT_FOUND = 'That photo';

export async function getPhotoCheck(ctx: SchoolContext, id: string): Promise<PhotoCheckDetails> {
  requireCheckAccess(ctx.actor.roles);
  const photo = await findPhotoCheck(ctx.tx, ctx.school.id, id);
  if (!photo) throw notFound(PHOTO_NOT_FOUND);
  const pupils = await pupilsFor(ctx, photo);
  const { rules } = await getCheckContext(ctx);
  return { photo, pupils, summary: summarisePhoto(photo, pupils, rules) };
}

export async function pupilsFor(ctx: SchoolContext, photo: PhotoCheckRow): Promise<PupilChoice[]> {
  const pupils = await readCurrentPupils(ctx.tx, ctx.school.id);
  const known = new Set(pupils.map((p) => p.id));
  const tagged = photo.tags.flatMap((t) => (t?.kind === 'pupil' && !known.has(t.pupilId) ? [t.pupilId] : []));
  return tagged.length ? [...pupils, ...(await readPupilsById(ctx.tx, ctx.school.id, tagged))] : pupils;
}

export function summarisePhoto(photo: PhotoCheckRow, pupils: readonly PupilChoice[], rules: Parameters<typeof summariseTags>[1]) {
  const pupilNames = new Map(pupils.map((p) => [p.id, pupilName(p)]));
  return summariseTags({ boxed: photo.faces.length, missed: photo.missedFaces, tags: photo.tags, pupilNames }, rules);
}

/** The stripped copy's bytes, for the school's staff only. */
export async function getPhotoImage(ctx: SchoolContext, id: string): Promise<{ bytes: Buffer; mediaType: string }> {
  requireCheckAccess(ctx.actor.roles);
  const photo = await findPhotoCheck(ctx.tx, ctx.school.id, id);
  const file = photo && (await readFile(ctx.tx, ctx.school.id, photo.fileSha256));
  if (!file) throw notFound(PHOTO_NOT_FOUND);
  return file;
}
