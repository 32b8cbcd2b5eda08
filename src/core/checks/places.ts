// Postcodes and street addresses. A postcode must start with a real UK postcode area, so "Y6 2AB"
// or "PE1" alone are not findings; a street address is a house number, a name and a street word
// ("14 Acacia Avenue", "Flat 2, 9 Mill Lane"). The school's own address is never a finding.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';
import { isSpaceCode } from './char-codes.ts';

const POSTCODE = /\b([a-z]{1,2})(\d[a-z\d]?)\s*(\d[abd-hjlnp-uw-z]{2})\b/g;
const AREAS = new Set(
  `ab al b ba bb bd bf bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy
  g gl gu gy hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol
  ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn
  wr ws wv yo ze`.split(/\s+/),
);

const STREET_WORDS =
  'road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|cres|gardens|gdns|place|pl|court|ct|grove|terrace|hill|rise|mews|walk|square|sq|row|parade|green|view|vale|wharf|meadows|park';
// A house number (optionally with a letter or a flat before it), one to three capitalised words, a street word.
const STREET = new RegExp(
  String.raw`\b(?:(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit)\s+\d+[a-z]?,?\s+)?(\d{1,4}[a-z]?),?\s+((?:[A-Z][a-z'’-]+\s+){1,3})(${STREET_WORDS.replace(/\w+/g, (w) => w[0]!.toUpperCase() + w.slice(1))})\b`,
  'g',
);
// Cheap tests before the costly ones, tried only at the last digit of each run of digits (the
// only place either can start): the inward code of a postcode, /\d[abd-hjlnp-uw-z]{2}\b/y
// (hasInwardCode); a number, then a capitalised word, /\d[a-z]?,?\s+[A-Z]/y (hasStreetHint).
// After these a number is not a house number: "Year 6 Park Run", "Class 3 Green Team".
const NOT_HOUSE_NUMBER_BEFORE = /\b(?:year|yr|y|class|group|set|room|table|team|page|chapter|step|level|stage|key stage|ks|block|gate|bus|route|platform|no|number|top|under|u)\s*$/;

export const placeDetector: Detector = {
  name: 'places',
  detect: findPlaces,
};

export function findPlaces(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  findPostcodes(text, ctx, drafts);
  findStreets(text, ctx, drafts);
  findNamedStreets(text, ctx, drafts);
  return drafts;
}

function findPostcodes(text: NormalisedText, ctx: CheckContext, drafts: FindingDraft[]): void {
  const folded = text.folded;
  // The inward code ("2DE") must be there: a digit and two of the letters it may use.
  if (!hasInwardCode(folded, text.digitRuns)) return;
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE.exec(folded)) !== null) {
    if (!AREAS.has(m[1]!)) continue;
    const code = (m[1]! + m[2]! + m[3]!).toUpperCase();
    if (code === ctx.index.school.postcode) continue;
    const written = text.cased.slice(m.index, m.index + m[0].length);
    const upper = written === written.toUpperCase();
    drafts.push({
      category: 'postcode',
      rule: 'no-personal-data',
      start: m.index,
      end: m.index + m[0].length,
      confidence: upper ? 0.95 : 0.8,
      reason: 'This is a postcode',
    });
  }
}

const INSTITUTION_AFTER = /^\s+(?:Primary|School|Academy|Infants?|Juniors?|Nursery|College|High|Surgery|Medical|Library|Church|Stadium|Station|Leisure|Community)\b/;

function findStreets(text: NormalisedText, ctx: CheckContext, drafts: FindingDraft[]): void {
  const cased = text.cased;
  const runs = text.digitRuns;
  const k = firstStreetHint(cased, runs);
  if (k < 0) return;
  // A house number is a whole run of digits with the hint at its end, so no match starts before
  // the first such run, or before a flat's number ("Flat 2, 9 Mill Lane") and its word.
  STREET.lastIndex = k === 0 ? runs[0]! : Math.max(0, backOverSpaces(cased, runs[k - 2]!) - 'apartment'.length);
  let m: RegExpExecArray | null;
  while ((m = STREET.exec(cased)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const numberAt = start + m[0].indexOf(m[1]!);
    const before = text.folded.slice(Math.max(0, numberAt - 12), numberAt);
    // "Scowcroft Fold 3 - 1 Werneth Park": the other side's score, not a house ("2-4 Mill Lane", with no spaces, is houses).
    if (NOT_HOUSE_NUMBER_BEFORE.test(before) || /\d(?:\s+[-\u2013]\s*|\s*[-\u2013]\s+)$/.test(before)) continue;
    if (isSchoolsAddress(text.folded.slice(start, end), ctx)) continue;
    // "Wrensby Sands 4 - 1 Saltmarsh Hill Academy": a score and a school, not a house on a hill.
    if (INSTITUTION_AFTER.test(cased.slice(end, end + 12))) continue;
    drafts.push({ category: 'street-address', rule: 'no-personal-data', start, end, confidence: 0.9, reason: 'This is a street address' });
  }
}

// A street named without a number counts where the text places someone on it: "lives on Oakwood
// Drive", "anyone from Cross Lane", "the end of Mill Road". Stadiums and schools named after roads
// ("Elland Road", "Park Road Primary") are left alone by needing such a cue.
const NAMED_STREET = /((?:[A-Z][a-z'-]+\s+){1,2})(Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Way)\b(?!\s+(?:Primary|School|Academy|Surgery|Medical|Health|Library|Church|Park|Stadium|Station|Shops|Centre|Leisure|Community))/g;
const PLACED = /\b(?:from|end of|corner of|top of|bottom of|along|near|opposite|lives?\s+(?:on|in|at|down)|living\s+(?:on|in|at)|lived\s+(?:on|in|at)|moved\s+to|anyone\s+(?:on|in|from|near)|walk(?:s|ing)?\s+(?:down|up|along|from))\s+(?:the\s+)?$/;

// The street words themselves, led by their capitals: far quicker to look for than a space (and
// than looking for each word with indexOf).
const STREET_WORD = /[RSLACDGTMW](?:oad|treet|ane|venue|lose|rive|rescent|rove|errace|ardens|ews|ay)\b/;

function findNamedStreets(text: NormalisedText, ctx: CheckContext, drafts: FindingDraft[]): void {
  const cased = text.cased;
  if (!STREET_WORD.test(cased) || !/ (?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Way)\b/.test(cased)) return;
  NAMED_STREET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMED_STREET.exec(cased)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!PLACED.test(text.folded.slice(Math.max(0, start - 24), start))) continue;
    if (drafts.some((d) => d.category === 'street-address' && d.start < end && start < d.end)) continue;
    if (isSchoolsAddress(text.folded.slice(start, end), ctx)) continue;
    // "Wrensby Sands 4 - 1 Saltmarsh Hill Academy": a score and a school, not a house on a hill.
    if (INSTITUTION_AFTER.test(cased.slice(end, end + 12))) continue;
    drafts.push({ category: 'street-address', rule: 'no-personal-data', start, end, confidence: 0.7, reason: 'This names the street someone lives on' });
  }
}

/** Whether the inward code's expression matches at the last digit of a run: read by hand, as it is tried on every run. */
export function hasInwardCode(folded: string, runs: readonly number[]): boolean {
  for (let k = 1; k < runs.length; k += 2) {
    const end = runs[k]!;
    if (INWARD_LETTER[folded.charCodeAt(end)] === 1 && INWARD_LETTER[folded.charCodeAt(end + 1)] === 1 && !isWordCode(folded.charCodeAt(end + 2))) return true;
  }
  return false;
}

/** Whether the street hint's expression matches at the last digit of a run. */
export function hasStreetHint(cased: string, runs: readonly number[]): boolean {
  return firstStreetHint(cased, runs) >= 0;
}

/** Where in `runs` the first run at whose last digit the street hint matches starts, or -1. */
function firstStreetHint(cased: string, runs: readonly number[]): number {
  for (let k = 1; k < runs.length; k += 2) {
    let i = runs[k]!;
    let c = cased.charCodeAt(i);
    if (c >= 97 && c <= 122) c = cased.charCodeAt(++i);
    if (c === 44) c = cased.charCodeAt(++i);
    if (!isSpaceCode(c)) continue;
    while (isSpaceCode(c)) c = cased.charCodeAt(++i);
    if (c >= 65 && c <= 90) return k - 1;
  }
  return -1;
}

function backOverSpaces(cased: string, i: number): number {
  while (i > 0 && isSpaceCode(cased.charCodeAt(i - 1))) i--;
  return i;
}

// [abd-hjlnp-uw-z], the letters an inward code may end with.
const INWARD_LETTER = new Uint8Array(128);
for (const c of 'abdefghjlnpqrstuwxyz') INWARD_LETTER[c.charCodeAt(0)] = 1;

/** \w of a regular expression (NaN, past the end, is not). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

function isSchoolsAddress(found: string, ctx: CheckContext): boolean {
  const own = ctx.index.school.address;
  if (!own) return false;
  const words = found.replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean).join(' ');
  return own.includes(words);
}
