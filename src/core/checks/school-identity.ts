// In a staff member's own post, naming or identifying the school ("I teach at Oakfield Primary",
// #OakfieldPrimary, the school's web address) is `school-identity`.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';
import { preferActive } from './rule-citation.ts';
import type { Token } from './tokens.ts';
import type { CheckInput } from './types.ts';

export const schoolIdentityDetector: Detector = {
  name: 'school-identity',
  kinds: ['personal'],
  detect: findSchoolIdentity,
};

export function findSchoolIdentity(text: NormalisedText, _input: CheckInput, ctx: CheckContext): FindingDraft[] {
  const school = ctx.index.school;
  if (school.nameForms.length === 0 && !school.domain) return [];
  const rule = preferActive(['no-school-identity-in-profile', 'school-identity-permission'], ctx.rules);
  const tokens = text.tokens;
  const drafts: FindingDraft[] = [];
  const joined = school.joinedNameForms;
  const shortest = school.shortestNameForm;
  const firstWords = school.nameFormStarts;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.allCaps && school.acronyms.includes(t.key)) {
      drafts.push({ category: 'school-identity', rule, start: t.start, end: t.coreEnd, confidence: 0.8, reason: "This names your school, by its initials, on a personal account" });
      continue;
    }
    if (!firstWords.has(t.key) && !t.sigil) continue;
    if (t.sigil && joined.has(t.key)) {
      drafts.push({ category: 'school-identity', rule, start: t.start, end: t.coreEnd, confidence: 0.9, reason: 'This names your school on a personal account' });
      continue;
    }
    let best = 0;
    for (const form of school.nameForms) {
      if (form.length <= best || i + form.length > tokens.length) continue;
      if (startsAt(tokens, i, form)) best = form.length;
    }
    // A one-word form ("Oakfield") counts only capitalised: "oakfield" may be a road or a farm.
    if (best === 0 || (best === 1 && shortest === 1 && !t.capitalised)) continue;
    const last = tokens[i + best - 1]!;
    drafts.push({ category: 'school-identity', rule, start: t.start, end: last.coreEnd, confidence: best > 1 ? 0.9 : 0.75, reason: 'This names your school on a personal account' });
    i += best - 1;
  }
  if (school.domain) {
    let at = text.folded.indexOf(school.domain);
    while (at !== -1) {
      drafts.push({ category: 'school-identity', rule, start: at, end: at + school.domain.length, confidence: 0.85, reason: "This gives your school's web address on a personal account" });
      at = text.folded.indexOf(school.domain, at + school.domain.length);
    }
  }
  return drafts;
}

function startsAt(tokens: readonly Token[], i: number, form: readonly string[]): boolean {
  for (let j = 0; j < form.length; j++) if (tokens[i + j]!.key !== form[j]) return false;
  return true;
}
