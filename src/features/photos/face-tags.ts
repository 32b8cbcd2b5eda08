// How the faces of a checked photo are tagged, and what that means for posting it: pure, so the
// page, the JSON API and the tests all say the same thing. Boxed faces are numbered from 1 left
// to right; faces the detector missed follow them, with no box.
import { resolveRule } from '../../core/checks/rule-citation.ts';
import type { ActiveRule } from '../../core/checks/types.ts';
import type { Severity } from '../../core/rules/catalogue.ts';

export interface StoredFace {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

export type FaceTag = { kind: 'pupil'; pupilId: string } | { kind: 'not-pupil' } | { kind: 'not-face' };

/** More than any photo has, few enough that the form stays usable. */
export const MAX_MISSED_FACES = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tag as a form value: "", "not-pupil", "not-face" or "pupil:<id>". */
export function tagValue(tag: FaceTag | null | undefined): string {
  if (!tag) return '';
  return tag.kind === 'pupil' ? `pupil:${tag.pupilId}` : tag.kind;
}

/** The form value back as a tag: null for "not tagged yet", undefined for anything else. */
export function parseTagValue(value: string): FaceTag | null | undefined {
  if (value === '') return null;
  if (value === 'not-pupil' || value === 'not-face') return { kind: value };
  const id = value.startsWith('pupil:') ? value.slice(6) : '';
  return UUID.test(id) ? { kind: 'pupil', pupilId: id.toLowerCase() } : undefined;
}

export interface TaggedPupil {
  pupilId: string;
  /** "Amelia Fairweather (Year 6)". */
  name: string;
  faces: number[];
}

export interface PhotoFinding {
  rule: string;
  severity: Severity;
  clause?: { number: string; text: string };
  reason: string;
}

export interface PhotoTagSummary {
  /** Boxed and missed faces together. */
  faces: number;
  untagged: number[];
  pupils: TaggedPupil[];
  notPupils: number;
  notFaces: number;
  /** One sentence for people and screen readers. */
  sentence: string;
  /** Untagged faces block posting, under the catalogue's photo consent rule. */
  findings: PhotoFinding[];
}

export const faceWord = (n: number) => (n === 1 ? 'face' : 'faces');
export const listNumbers = (ns: readonly number[]) =>
  ns.length <= 1 ? ns.join('') : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;

export function summariseTags(
  input: { boxed: number; missed: number; tags: ReadonlyArray<FaceTag | null>; pupilNames: ReadonlyMap<string, string> },
  rules: readonly ActiveRule[] = [],
): PhotoTagSummary {
  const faces = input.boxed + input.missed;
  const untagged: number[] = [];
  const byPupil = new Map<string, TaggedPupil>();
  let notPupils = 0;
  let notFaces = 0;
  for (let i = 0; i < faces; i++) {
    const tag = input.tags[i] ?? null;
    if (!tag) untagged.push(i + 1);
    else if (tag.kind === 'not-pupil') notPupils++;
    else if (tag.kind === 'not-face') notFaces++;
    else {
      const entry = byPupil.get(tag.pupilId) ?? { pupilId: tag.pupilId, name: input.pupilNames.get(tag.pupilId) ?? 'A pupil who has left the roster', faces: [] };
      entry.faces.push(i + 1);
      byPupil.set(tag.pupilId, entry);
    }
  }
  const pupils = [...byPupil.values()];
  const findings: PhotoFinding[] = [];
  if (untagged.length) {
    findings.push({
      rule: 'pupil-image-consent',
      ...resolveRule('pupil-image-consent', rules),
      reason: `${untagged.length === 1 ? 'Face' : 'Faces'} ${listNumbers(untagged)} ${untagged.length === 1 ? 'is' : 'are'} not tagged. Each face must be tagged as a pupil or not a pupil before the photo is posted, so that consent can be checked for every pupil in it.`,
    });
  }
  return { faces, untagged, pupils, notPupils, notFaces, sentence: sentence(faces, untagged.length, pupils, notPupils, notFaces), findings };
}

function sentence(faces: number, untagged: number, pupils: TaggedPupil[], notPupils: number, notFaces: number): string {
  if (faces === 0) return 'No faces to tag. If the photo shows anyone, say how many faces the detector missed.';
  if (untagged > 0) return `${untagged} of ${faces} ${faceWord(faces)} ${untagged === 1 ? 'is' : 'are'} not tagged yet: the photo cannot be posted until every face is tagged.`;
  const parts = [
    pupils.length ? `${pupils.length} ${pupils.length === 1 ? 'pupil' : 'pupils'}` : '',
    notPupils ? `${notPupils} not ${notPupils === 1 ? 'a pupil' : 'pupils'}` : '',
    notFaces ? `${notFaces} not ${notFaces === 1 ? 'a face' : 'faces'}` : '',
  ].filter(Boolean);
  const all = faces === 1 ? 'The face is tagged' : `All ${faces} faces are tagged`;
  return `${all}: ${parts.join(', ')}.`;
}

/** "Pupils in the photo: Amelia Fairweather (Year 6), face 1." or null. */
export function pupilsSentence(pupils: readonly TaggedPupil[]): string | null {
  if (!pupils.length) return null;
  const each = pupils.map((p) => `${p.name}, ${faceWord(p.faces.length)} ${listNumbers(p.faces)}`);
  return `${pupils.length === 1 ? 'Pupil' : 'Pupils'} in the photo: ${each.join('; ')}.`;
}
