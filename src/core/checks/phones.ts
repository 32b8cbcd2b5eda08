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
const PHONE_START = /(?:^|[^\d])(?:\+|\(?0|44)/;
const REFERENCE_WORDS = /\b(?:ref|reference|invoice|order|account|acct|a\/c|sort code|urn|upn|id|case|ticket|booking|receipt|transaction|policy|charity|company|registration|reg|isbn|serial|membership|member|customer|parcel|tracking)\b\.?\s*(?:no\.?|number|num|#|code|id)?(?:\s+is)?\s*[:#]?\s*$/;
const PHONE_WORDS = /\b(?:tel|telephone|phone|mobile|mob|call|ring|text|whatsapp|contact|my\s+(?:number|no))\b[^\d]{0,14}$/;
// An organisation named just before a landline: "call Bristol First Response on 0117 …", "the
// NSPCC helpline 0808 …". Its published number is not anyone's personal data; a mobile still is.
const ORGANISATION_BEFORE = /\b(?:helpline|advice\s+line|line|childline|nspcc|samaritans|council|service|services|team|hub|centre|center|surgery|practice|police|nhs|hospital|response|mash|front\s+door|trust|charity|foundation|library|office|department|dept|board|authority|agency|partnership|clinic|pharmacy)\b[^\d]{0,12}$/;
const MY_NUMBER_BEFORE = /\b(?:me|my|his|her|their)\b[^\d]{0,24}$/;

// `leniency` is supported at run time but missing from the library's types.
const FIND_OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as { defaultCountry: 'GB'; v2: true };

export const phoneDetector: Detector = {
  name: 'phones',
  detect: findPhones,
};

// A run of digits with the letter o among them: "O77OO 9OO 55O" typed to dodge a filter.
const DIGITS_WITH_O = /[\do][\do\s().-]{7,}[\do]/g;

/** O_BESIDE_DIGIT (/\do|o\d/) matches: an o just before or after a run of digits. */
function hasOBesideADigit(folded: string, runs: readonly number[]): boolean {
  for (let k = 0; k < runs.length; k += 2) {
    if (folded.charCodeAt(runs[k]! - 1) === 111 || folded.charCodeAt(runs[k + 1]!) === 111) return true;
  }
  return false;
}

/** The text with o read as 0 inside runs that are mostly digits; the same length, so offsets hold. */
function zeroesForOs(folded: string, runs: readonly number[]): string {
  if (!hasOBesideADigit(folded, runs)) return folded;
  return folded.replace(DIGITS_WITH_O, (run) => {
    const digits = countDigits(run);
    const os = run.length - run.replace(/o/g, '').length;
    // Phone-length, and at least four real digits: "oooo 1234" or "good 2025" stay as written.
    return os > 0 && digits >= 4 && digits + os >= 10 ? run.replace(/o/g, '0') : run;
  });
}

export function findPhones(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const from = stretchHoldingAPhone(text);
  if (from < 0) return [];
  const folded = zeroesForOs(text.folded, text.digitRuns);
  const drafts: FindingDraft[] = [];
  // Candidates before the first such stretch lie in stretches with too few digits (see below).
  CANDIDATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(folded)) !== null) {
    const run = m[0];
    // Cheap tests first: enough digits, and a group written as a phone number starts (0, +, 44).
    if (countDigits(run) < 9 || !PHONE_START.test(run)) continue;
    // The school's own number, or a reference number ("Ref 2024-00123"): no need to parse it.
    if (isSchoolNumber(run, ctx.index.school.phones)) continue;
    const lead = folded.slice(Math.max(0, m.index - 24), m.index);
    if (REFERENCE_WORDS.test(lead) && !PHONE_WORDS.test(lead)) continue;
    for (const n of numbersIn(run)) {
      const start = m.index + n.startsAt;
      const end = m.index + n.endsAt;
      const written = folded.slice(start, end);
      if (!looksLikeAPhone(written, n.callingCode, n.national)) continue;
      if (ctx.index.school.phones.has(n.national)) continue;
      const before = folded.slice(Math.max(0, start - 24), start);
      if (/[£$€¥]\s*$/.test(before) || /\d[.,]$/.test(before)) continue;
      const cued = PHONE_WORDS.test(before);
      if (!cued && REFERENCE_WORDS.test(before)) continue;
      if (isOrganisationLandline(folded, start, n.national)) continue;
      drafts.push({
        category: 'phone',
        rule: 'no-personal-data',
        start,
        end,
        confidence: n.valid ? 0.97 : cued ? 0.92 : 0.85,
        reason: 'This looks like a phone number',
      });
    }
  }
  return drafts;
}

/**
 * Where the first stretch of digits, o's and the separators a phone number may have
 * ([\do\s().\-/+]) that holds nine digits or o's starts, or -1: every number the scan below
 * reads lies in one such stretch (o's read as zeroes included), and no candidate crosses from one
 * stretch into another. Looked for around the text's digit runs only; most texts have none.
 */
function stretchHoldingAPhone(text: NormalisedText): number {
  const runs = text.digitRuns;
  const folded = text.folded;
  let k = 0;
  while (k < runs.length) {
    let count = 0;
    // The stretch before the first run, the runs joined by separators and o's, the stretch after.
    let start = runs[k]!;
    for (; start > 0 && isPhoneGap(folded.charCodeAt(start - 1)); start--) if (folded.charCodeAt(start - 1) === 111) count++;
    count += runs[k + 1]! - runs[k]!;
    while (k + 2 < runs.length && isGapBetween(folded, runs[k + 1]!, runs[k + 2]!)) {
      for (let i = runs[k + 1]!; i < runs[k + 2]!; i++) if (folded.charCodeAt(i) === 111) count++;
      count += runs[k + 3]! - runs[k + 2]!;
      k += 2;
    }
    for (let i = runs[k + 1]!; i < folded.length && isPhoneGap(folded.charCodeAt(i)); i++) if (folded.charCodeAt(i) === 111) count++;
    if (count >= 9) return start;
    k += 2;
  }
  return -1;
}

function isGapBetween(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPhoneGap(folded.charCodeAt(i))) return false;
  return true;
}

/** o, ( ) . - / +, or possibly a space: every character \s matches is ASCII up to 32 or beyond 127. */
function isPhoneGap(c: number): boolean {
  return c <= 32 || c >= 128 || c === 111 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47 || c === 43;
}

interface FoundNumber {
  startsAt: number;
  endsAt: number;
  callingCode: string;
  national: string;
  valid: boolean;
}

// UK ranges in use (mobile, geographic, non-geographic, freephone, premium): a number outside them
// is still reported when it has a possible length (Ofcom's drama numbers are "possible", not valid).
// Ofcom's drama numbers (07700 900xxx, 01632 960xxx) are not in use: possible, so still reported, not valid.
const UK_VALID = /^(?!7700900|1632960)(?:7(?:[1-57-9]\d{8}|624\d{6})|1[1-9]\d{7,8}|2[03489]\d{8}|3[0347]\d{8}|5[56]\d{8}|8(?:00\d{6,7}|4[2-5]\d{7}|7[0-3]\d{7})|9[018]\d{8})$/;

/**
 * The numbers in a run of digits and separators. A single UK number written the usual ways (0…, +44…,
 * 0044…) is read directly: libphonenumber-js takes about 60 µs a call, and this is most of them. Runs
 * with several numbers, or foreign ones, go to findNumbers (leniency POSSIBLE).
 */
function numbersIn(run: string): FoundNumber[] {
  const digits = run.replace(/\D/g, '');
  const uk = /^(?:\+\s*44|0044|44)\s*(?:\(0\)\s*)?|^\(?0/.exec(run);
  if (uk) {
    let national = digits.slice(uk[0].replace(/\D/g, '').length);
    if (uk[0].startsWith('(') || uk[0] === '0') national = digits.slice(1);
    if ((national.length === 9 || national.length === 10) && /^(?:1[1-9]|2|3|5|7|8|9)/.test(national)) {
      return [{ startsAt: 0, endsAt: run.length, callingCode: '44', national, valid: UK_VALID.test(national) }];
    }
    if (digits.length <= 13) return [];
  } else if (!run.startsWith('+') && digits.length <= 13) return [];
  // Several numbers in one run: each is read on its own. A long run never goes to libphonenumber-js
  // whole (its time grows with the length: a megabyte of "0 0 0" took a minute).
  if (digits.length > 13) return splitNumbers(run);
  if (run.length > 64) return [];
  return findNumbers(run, FIND_OPTIONS).map((n) => ({
    startsAt: n.startsAt,
    endsAt: n.endsAt,
    callingCode: n.number.countryCallingCode,
    national: n.number.nationalNumber,
    valid: n.number.isValid(),
  }));
}

/** "07700 900123 07911 123456": one number after another, each starting a group with 0, + or (. */
function splitNumbers(run: string): FoundNumber[] {
  const groups = [...run.matchAll(/\S+/g)].map((g) => ({ start: g.index, end: g.index + g[0].length, opens: /^[0+(]/.test(g[0]) }));
  const out: FoundNumber[] = [];
  let i = 0;
  while (i < groups.length) {
    let matched = false;
    if (groups[i]!.opens) {
      let digits = 0;
      for (let j = i; j < Math.min(groups.length, i + 6); j++) {
        digits += countDigits(run.slice(groups[j]!.start, groups[j]!.end));
        if (digits > 13) break;
        // Read a candidate only where the next group starts a new number and there are enough digits.
        if (digits < 9 || (j + 1 < groups.length && !groups[j + 1]!.opens)) continue;
        const sub = run.slice(groups[i]!.start, groups[j]!.end);
        const [n] = numbersIn(sub);
        if (n) {
          out.push({ ...n, startsAt: groups[i]!.start, endsAt: groups[j]!.end });
          i = j + 1;
          matched = true;
          break;
        }
      }
    }
    if (!matched) i += 1;
  }
  return out;
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

/** A geographic or non-geographic landline straight after an organisation's name, not "my"/"me". */
function isOrganisationLandline(folded: string, start: number, national: string): boolean {
  if (national.startsWith('7')) return false;
  const before = folded.slice(Math.max(0, start - 48), start);
  return ORGANISATION_BEFORE.test(before) && !MY_NUMBER_BEFORE.test(before);
}

/**
 * phones.has(run.replace(/\D/g, '').replace(/^(?:0044|44|0)/, '')), read digit by digit rather than
 * building the string: a school's own number is in many of its posts.
 */
export function isSchoolNumber(run: string, phones: ReadonlySet<string>): boolean {
  if (phones.size === 0) return false;
  // The number of digits and the first four of them (character codes), for the prefix.
  let digits = 0;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (digits === 0) d0 = c;
    else if (digits === 1) d1 = c;
    else if (digits === 2) d2 = c;
    else if (digits === 3) d3 = c;
    digits++;
  }
  const skip = digits >= 4 && d0 === 48 && d1 === 48 && d2 === 52 && d3 === 52 ? 4 : digits >= 2 && d0 === 52 && d1 === 52 ? 2 : digits >= 1 && d0 === 48 ? 1 : 0;
  for (const phone of phones) {
    if (phone.length === digits - skip && sameDigits(run, skip, phone)) return true;
  }
  return false;
}

/** Whether the digits of `run` after the first `skip` are `phone`. */
function sameDigits(run: string, skip: number, phone: string): boolean {
  let k = -skip;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (k >= 0 && phone.charCodeAt(k) !== c) return false;
    k++;
  }
  return true;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
