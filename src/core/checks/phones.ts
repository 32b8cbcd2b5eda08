// UK phone numbers in every written form. A cheap scan finds runs of digits and separators; only
// those go to libphonenumber-js (findNumbers, leniency POSSIBLE, so Ofcom's drama ranges such as
// 07700 900xxx count). Money, dates, times, scores and reference numbers are not phone numbers:
// a number must be written as a phone number is (a leading 0, +, or 44) and not follow a
// currency sign or a word like "ref" or "invoice".
import { findNumbers } from 'libphonenumber-js/max';
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

// A digit, then digits and the separators people put in phone numbers, ending in a digit.
const CANDIDATE = /[+(]?\d[\d\s().\-/]{7,}\d/g;
const REFERENCE_WORDS = /(?:\b(?:ref|reference|invoice|order|account|acct|a\/c|sort code|urn|upn|id|case|ticket|booking|receipt|transaction|policy|charity|company|registration|reg|isbn|serial|no\.?|number|code|pin)\s*(?:no\.?|number|#)?\s*[:#]?\s*)$/;
const PHONE_WORDS = /\b(?:tel|telephone|phone|mobile|mob|call|ring|text|whatsapp|contact)\b[^\d]{0,14}$/;

// `leniency` is supported at run time but missing from the library's types.
const FIND_OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as { defaultCountry: 'GB'; v2: true };

export const phoneDetector: Detector = {
  name: 'phones',
  detect: findPhones,
};

export function findPhones(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const folded = text.folded;
  const drafts: FindingDraft[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(folded)) !== null) {
    const run = m[0];
    if (countDigits(run) < 9) continue;
    for (const n of findNumbers(run, FIND_OPTIONS)) {
      const start = m.index + n.startsAt;
      const end = m.index + n.endsAt;
      const written = folded.slice(start, end);
      if (!looksLikeAPhone(written, n.number.countryCallingCode, n.number.nationalNumber)) continue;
      if (ctx.index.school.phones.has(n.number.nationalNumber)) continue;
      const before = folded.slice(Math.max(0, start - 24), start);
      if (/[£$€¥]\s*$/.test(before) || /\d[.,]$/.test(before)) continue;
      const cued = PHONE_WORDS.test(before);
      if (!cued && REFERENCE_WORDS.test(before)) continue;
      const valid = n.number.isValid();
      drafts.push({
        category: 'phone',
        rule: 'no-personal-data',
        start,
        end,
        confidence: valid ? 0.97 : cued ? 0.92 : 0.85,
        reason: 'This looks like a phone number',
      });
    }
  }
  return drafts;
}

function looksLikeAPhone(written: string, callingCode: string, national: string): boolean {
  const digits = written.replace(/\D/g, '');
  if (written.startsWith('+')) return national.length >= 7;
  // Written without a +: a UK number starts with 0 (or 44 / 0044 for the country).
  if (callingCode !== '44') return false;
  if (!/^\(?0|^44|^0044/.test(written)) return false;
  // Dates such as 01.03.2024 or 2024-03-01: eight digits in a date's shape.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(written.trim())) return false;
  return national.length >= 9 && digits.length <= 14;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
