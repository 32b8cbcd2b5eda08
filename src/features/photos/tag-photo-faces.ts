// Saves how each face of a checked photo is tagged: a pupil on the roster, not a pupil, or not a
// face; and how many faces the detector missed (each of which is then tagged too). The audit
// event says who tagged which face with pupil ids, never names, in the same transaction.
import { AppError, notFound, type FieldProblem } from '../../core/errors.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { requireCheckAccess } from '../checks/check-access.ts';
import { getCheckContext } from '../checks/check-context-cache.ts';
import { MAX_MISSED_FACES, parseTagValue, type FaceTag, type PhotoTagSummary } from './face-tags.ts';
import { PHOTO_NOT_FOUND, pupilsFor, summarisePhoto } from './get-photo-check.ts';
import { findPhotoCheck, updateTags } from './photo-repository.ts';
import { pupilName } from './pupil-names.ts';

export interface FaceTagsInput {
  /** Form values by face number (1-based): "", "not-pupil", "not-face" or "pupil:<id>". */
  tags: ReadonlyMap<number, string>;
  /** As typed: how many faces the detector missed. */
  missed: string;
}

export const TAG_MESSAGES = {
  missed: `Enter how many faces the detector missed, as a number from 0 to ${MAX_MISSED_FACES}.`,
  choice: (face: number) => `Choose a pupil from the list for face ${face}, or say it is not a pupil or not a face.`,
  twice: (face: number, first: number, name: string) =>
    `Face ${face} and face ${first} are both tagged as ${name}. A pupil appears once in a photo: check which face is theirs.`,
};

export async function tagPhotoFaces(ctx: SchoolContext, id: string, input: FaceTagsInput): Promise<PhotoTagSummary> {
  requireCheckAccess(ctx.actor.roles);
  const photo = await findPhotoCheck(ctx.tx, ctx.school.id, id);
  if (!photo) throw notFound(PHOTO_NOT_FOUND);
  const pupils = await pupilsFor(ctx, photo);
  const pupilById = new Map(pupils.map((p) => [p.id, p]));
  const problems: FieldProblem[] = [];

  const missedText = input.missed.trim() === '' ? '0' : input.missed.trim();
  const missed = /^\d{1,3}$/.test(missedText) ? Number(missedText) : NaN;
  if (!(missed >= 0 && missed <= MAX_MISSED_FACES)) problems.push({ field: 'missed', message: TAG_MESSAGES.missed });

  const total = photo.faces.length + (Number.isNaN(missed) ? photo.missedFaces : Math.min(missed, MAX_MISSED_FACES));
  const tags: Array<FaceTag | null> = [];
  const firstFaceOf = new Map<string, number>();
  for (let face = 1; face <= total; face++) {
    // A face the form did not show (the missed count just went up) keeps what it had, or nothing.
    const value = input.tags.get(face);
    const tag = value === undefined ? (photo.tags[face - 1] ?? null) : parseTagValue(value);
    if (tag === undefined || (tag?.kind === 'pupil' && !pupilById.has(tag.pupilId))) {
      problems.push({ field: `face-${face}`, message: TAG_MESSAGES.choice(face) });
      tags.push(null);
      continue;
    }
    if (tag?.kind === 'pupil') {
      const first = firstFaceOf.get(tag.pupilId);
      if (first) problems.push({ field: `face-${face}`, message: TAG_MESSAGES.twice(face, first, pupilName(pupilById.get(tag.pupilId)!)) });
      else firstFaceOf.set(tag.pupilId, face);
    }
    tags.push(tag);
  }
  if (problems.length) throw new AppError('invalid-input', problems[0]!.message, problems);

  await updateTags(ctx.tx, photo, { tags, missedFaces: missed, taggedBy: ctx.actor.personId });
  await recordAudit(ctx.tx, ctx.school.id, { personId: ctx.actor.personId, ip: ctx.actor.ip }, {
    type: 'photo.faces-tagged',
    data: {
      photoCheckId: photo.id,
      sha256: photo.fileSha256,
      boxed: photo.faces.length,
      missed,
      faces: tags.map((t, i) => (t?.kind === 'pupil' ? { face: i + 1, tag: 'pupil', pupilId: t.pupilId } : { face: i + 1, tag: t?.kind ?? 'untagged' })),
    },
  });
  const { rules } = await getCheckContext(ctx);
  return summarisePhoto({ ...photo, tags, missedFaces: missed }, pupils, rules);
}
