// A checked photo as the draft page shows it: the stripped copy with numbered boxes (each a link
// to its face's choice, so the numbers work by keyboard and screen reader as well as by eye), the
// same faces listed in text, a choice for each face, and the summary of what is tagged.
import { ruleById } from '../../core/rules/catalogue.ts';
import { pupilsSentence, tagValue } from './face-tags.ts';
import type { PhotoCheckDetails } from './get-photo-check.ts';
import { groupPupils } from './pupil-names.ts';
import { deletionDay } from './retention.ts';

export interface PhotoViewOptions {
  /** Days a checked photo is kept (config PARAPET_PHOTO_DAYS), to say when it will be deleted. */
  retentionDays: number;
  /** Form values as sent, when the form comes back with a problem. */
  values?: ReadonlyMap<number, string>;
  missed?: string;
}

export function presentPhoto(details: PhotoCheckDetails, slug: string, options: PhotoViewOptions) {
  const { photo, pupils, summary } = details;
  const base = `/s/${slug}/checks/photos/${photo.id}`;
  const value = (face: number) => options.values?.get(face) ?? tagValue(photo.tags[face - 1]);
  // Labels sized to the photo, so they read the same at any resolution once scaled to the page.
  const labelSize = Math.max(16, Math.round(Math.max(photo.width, photo.height) / 24));
  const faces = photo.faces.map((f, i) => ({
    ...f,
    number: i + 1,
    where: whereOnPhoto(f, photo.width, photo.height),
    labelSize,
    labelY: f.y > labelSize ? f.y - labelSize / 4 : f.y + labelSize,
    value: value(i + 1),
  }));
  // Rows for the faces already known to be missed; a new count adds its rows once saved.
  const missed = Array.from({ length: photo.missedFaces }, (_, i) => ({
    number: photo.faces.length + i + 1,
    value: value(photo.faces.length + i + 1),
  }));
  return {
    id: photo.id,
    imageUrl: `${base}/image`,
    tagsUrl: `${base}/tags`,
    width: photo.width,
    height: photo.height,
    hadLocation: photo.hadLocation,
    retention: `Parapet deletes this checked photo on ${deletionDay(photo.createdAt, options.retentionDays)}, ${options.retentionDays} days after it was checked.`,
    faces,
    missed,
    missedValue: options.missed ?? String(photo.missedFaces),
    groups: groupPupils(pupils.slice().sort((a, b) => a.legalLastName.localeCompare(b.legalLastName) || a.legalFirstName.localeCompare(b.legalFirstName))),
    summary: summary.sentence,
    complete: summary.faces > 0 && summary.untagged.length === 0,
    pupilsLine: pupilsSentence(summary.pupils),
    findings: summary.findings.map((f) => ({ ...f, ruleSummary: ruleById(f.rule)?.summary ?? f.rule })),
  };
}

export type PhotoView = ReturnType<typeof presentPhoto>;

/** "on the left, near the top": where a box is, in words, for anyone who cannot see the boxes. */
export function whereOnPhoto(f: { x: number; y: number; width: number; height: number }, width: number, height: number): string {
  const across = (f.x + f.width / 2) / width;
  const down = (f.y + f.height / 2) / height;
  const side = across < 1 / 3 ? 'on the left' : across > 2 / 3 ? 'on the right' : 'in the centre';
  const level = down < 1 / 3 ? 'near the top' : down > 2 / 3 ? 'near the bottom' : 'halfway down';
  return `${side}, ${level}`;
}
