// Keeps a checked photo for the school so its faces can be tagged, now or later, with or without
// JavaScript: the stripped copy (no metadata: never the original) and the detector's boxes.
import { createHash } from 'node:crypto';
import type { SchoolContext } from '../../platform/context.ts';
import type { StrippedImage } from '../../platform/images/inspect-image.ts';
import { requireCheckAccess } from '../checks/check-access.ts';
import type { StoredFace } from './face-tags.ts';
import { storeFile } from '../../platform/files/file-repository.ts';
import { insertPhotoCheck, type PhotoCheckRow } from './photo-repository.ts';

export const MEDIA_TYPES: Record<StrippedImage['type'], string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export interface CheckedPhoto {
  stripped: StrippedImage;
  faces: readonly StoredFace[];
  hadLocation: boolean;
}

export async function savePhotoCheck(ctx: SchoolContext, photo: CheckedPhoto): Promise<PhotoCheckRow> {
  requireCheckAccess(ctx.actor.roles);
  const sha256 = createHash('sha256').update(photo.stripped.bytes).digest('hex');
  await storeFile(ctx.tx, { schoolId: ctx.school.id, sha256, mediaType: MEDIA_TYPES[photo.stripped.type], bytes: photo.stripped.bytes });
  const faces = photo.faces.map(({ x, y, width, height, score }) => ({ x, y, width, height, score }));
  return insertPhotoCheck(ctx.tx, {
    schoolId: ctx.school.id,
    fileSha256: sha256,
    width: photo.stripped.width,
    height: photo.stripped.height,
    faces,
    tags: faces.map(() => null),
    hadLocation: photo.hadLocation,
    createdBy: ctx.actor.personId,
  });
}
