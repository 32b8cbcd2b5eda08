// Checks a photo before it may be posted: what it really is (refusing SVG, HEIC, damaged and
// oversized files), where its metadata says it was taken, and how many faces it shows, so that a
// post can require each face to be tagged as a pupil (whose consent is then checked) or not.
import type { SchoolContext } from '../../platform/context.ts';
import { detectFaces, type FaceBox } from '../../platform/images/face-detector.ts';
import type { ImageLocation } from '../../platform/images/image-location.ts';
import { imageTypeLabel, inspectImage, type StrippedImage } from '../../platform/images/inspect-image.ts';
import type { ImageType } from '../../platform/images/image-type.ts';
import { requireCheckAccess } from './check-access.ts';

export interface ImageCheckResult {
  type: ImageType;
  typeLabel: string;
  width: number;
  height: number;
  frames: number;
  location: (ImageLocation & { warning: string }) | null;
  /** Faces in the copy to be posted, in its pixels, left to right. */
  faces: FaceBox[];
  /** One sentence for people and screen readers. */
  summary: string;
  /** The copy to post: no metadata at all, orientation baked in. */
  stripped: StrippedImage;
}

/** Needs no database: only who is asking. Kept out of a transaction, as face detection takes a moment. */
export async function checkImage(ctx: Pick<SchoolContext, 'actor'>, bytes: Buffer): Promise<ImageCheckResult> {
  requireCheckAccess(ctx.actor.roles);
  const image = await inspectImage(bytes);
  // Faces are found in the stripped copy: the one that will be posted, already upright.
  const faces = await detectFaces(image.stripped.bytes, { limitInputPixels: image.stripped.width * image.stripped.height * Math.max(1, image.frames) });
  const location = image.location ? { ...image.location, warning: locationWarning(image.location) } : null;
  return {
    type: image.type,
    typeLabel: imageTypeLabel(image.type),
    width: image.width,
    height: image.height,
    frames: image.frames,
    location,
    faces,
    summary: summary(faces.length, location !== null),
    stripped: image.stripped,
  };
}

export function locationWarning(location: ImageLocation): string {
  const where: string[] = [];
  if (location.latitude !== null && location.longitude !== null) {
    where.push(`GPS position ${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`);
  }
  const places = location.tags.filter((t) => !/^gps/i.test(t.tag)).map((t) => t.value);
  if (places.length) where.push(places.join(', '));
  const what = where.length ? ` (${where.join('; ')})` : '';
  return `This photo records where it was taken${what}. Anyone who downloads it could find the place, which may be a pupil's home. Parapet removes this from the copy it posts; do not post the original file anywhere else.`;
}

function summary(faces: number, hasLocation: boolean): string {
  const faceText =
    faces === 0
      ? 'No faces found. Faces that are small, turned away or covered can be missed, so look at the photo yourself.'
      : `${faces} ${faces === 1 ? 'face' : 'faces'} found: each must be tagged as a pupil or not a pupil before it is posted.`;
  return hasLocation ? `${faceText} The photo records where it was taken.` : faceText;
}
