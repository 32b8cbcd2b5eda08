// Checks a draft that goes out with a checked photo: the text as any draft (with an image), then
// the photo's tags. A pupil tagged in the photo and named in the text breaks no-name-with-image
// whatever the policy's wording; faces still untagged block the post under the photo consent rule.
import { buildSchoolIndex, checkText as runEngine } from '../../core/checks/engine.ts';
import { nameDetector } from '../../core/checks/names.ts';
import { underRule } from '../../core/checks/rule-citation.ts';
import type { Finding } from '../../core/checks/types.ts';
import type { SchoolContext } from '../../platform/context.ts';
import type { PhotoTagSummary } from '../photos/face-tags.ts';
import { getPhotoCheck } from '../photos/get-photo-check.ts';
import type { PupilChoice } from '../photos/photo-repository.ts';
import { yearGroupLabel } from './checks-repository.ts';
import { getCheckContext } from './check-context-cache.ts';
import { checkText, summarise, type TextCheckResult } from './check-text.ts';

export interface DraftWithPhotoResult extends TextCheckResult {
  photo: PhotoTagSummary;
}

export async function checkDraftWithPhoto(ctx: SchoolContext, input: { text: string; photoId: string }): Promise<DraftWithPhotoResult> {
  const { pupils, summary } = await getPhotoCheck(ctx, input.photoId);
  const text = await checkText(ctx, { kind: 'post', text: input.text, withImage: true });
  const { rules } = await getCheckContext(ctx);
  const named = text.findings.some((f) => f.category === 'pupil-name');
  const tagged = !named
    ? []
    : summary.pupils.flatMap((t) => {
        const pupil = pupils.find((p) => p.id === t.pupilId);
        return pupil ? [{ ...t, spans: namesOf(input.text, pupil) }] : [];
      });
  const findings = text.findings.map((f) => {
    if (f.category !== 'pupil-name') return f;
    const match = tagged.find((t) => t.spans.some((o) => o.start < f.end && f.start < o.end));
    if (!match) return f;
    const faces = match.faces.length === 1 ? `face ${match.faces[0]}` : `faces ${match.faces.join(' and ')}`;
    return underRule(f, 'no-name-with-image', rules, `This names ${match.name}, who is tagged as ${faces} in the photo. A pupil in a photo is never named`);
  });
  const result = summarise(findings);
  const blocking = result.blocking + summary.findings.filter((f) => f.severity === 'block').length;
  const photoSentence = summary.untagged.length ? `The photo: ${summary.sentence}` : '';
  return { ...result, blocking, summary: [result.summary, photoSentence].filter(Boolean).join(' '), photo: summary };
}

/** Where the engine, knowing only this pupil, finds their name: the same folding, nicknames and forms as the real check. */
function namesOf(text: string, p: PupilChoice): Finding[] {
  const index = buildSchoolIndex([
    {
      role: 'pupil',
      firstName: p.legalFirstName,
      lastName: p.legalLastName,
      preferredFirstName: p.preferredFirstName,
      preferredLastName: p.preferredLastName,
      yearGroup: yearGroupLabel(p.yearGroup),
    },
  ]);
  // Only the name detector: no other detector says anything about this pupil.
  return runEngine({ kind: 'post', text, withImage: true }, { index, rules: [] }, [nameDetector]).findings.filter((o) => o.category === 'pupil-name');
}
