// Dates of birth: a date written next to "born", "DOB", "date of birth" or "birthday", or any full
// date that is a pupil's date of birth on the roster. Other dates (trips, term dates) are not findings.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
// 04/03/2015, 4-3-15, 4.3.2015; 2015-03-04; 4th March 2015, 4 Mar; March 4th, 2015.
const NUMERIC = String.raw`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`;
const ISO = String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`;
const DAY_MONTH = String.raw`\b${DAY}(?:\s+of)?\s+${MONTH}${YEAR}\b`;
const MONTH_DAY = String.raw`\b${MONTH}\s+${DAY}${YEAR}\b`;
// 26/06: day and month only, counted only beside a birth word.
const SHORT = String.raw`\b(\d{1,2})/(\d{1,2})\b(?![/.-]\d)`;
const DATE = new RegExp(`${NUMERIC}|${ISO}|${DAY_MONTH}|${MONTH_DAY}|${SHORT}`, 'g');
// Without a birth word only dates with a year can match a pupil's: the same groups, fewer forms to try.
const FULL_DATE = new RegExp(`${NUMERIC}|${ISO}|${DAY_MONTH.replace(YEAR, String.raw`,?\s+(\d{4})`)}`, 'g');
const CUE = /\b(?:born|dob|d\.o\.b|date of birth|birthday|birth date|birthdate|bday|b'day)\b/;

const FULL_DATE_HINT = /\d{4}|\d[/.-]\d{1,2}[/.-]\d\d/;

export const birthdayDetector: Detector = {
  name: 'birthdays',
  detect: findBirthdays,
};

interface FoundDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
}

export function findBirthdays(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const folded = text.folded;
  const birthdays = ctx.index.pupilBirthdays;
  const cued = CUE.test(folded);
  if (!cued && birthdays.size === 0) return [];
  if (!/\d/.test(folded)) return [];
  // Without a birth word only a full date (with its year) can be a pupil's date of birth.
  if (!cued && !FULL_DATE_HINT.test(folded)) return [];
  const drafts: FindingDraft[] = [];
  for (const d of findDates(folded, cued ? DATE : FULL_DATE)) {
    const iso = d.year ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;
    const pupils = iso ? birthdays.get(iso) : undefined;
    const near = folded.slice(Math.max(0, d.start - 60), Math.min(folded.length, d.end + 40));
    if (pupils) {
      drafts.push({ category: 'date-of-birth', rule: 'no-personal-data', start: d.start, end: d.end, confidence: 0.9, reason: pupils.length === 1 ? `This is the date of birth of ${pupils[0]}, a pupil` : 'This is the date of birth of a pupil' });
    } else if (cued && CUE.test(near)) {
      drafts.push({ category: 'date-of-birth', rule: 'no-personal-data', start: d.start, end: d.end, confidence: d.year ? 0.9 : 0.75, reason: 'This looks like a date of birth' });
    }
  }
  return drafts;
}

function findDates(folded: string, pattern: RegExp): FoundDate[] {
  const out: FoundDate[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(folded)) !== null) {
    let day: number;
    let month: number;
    let year: number | null;
    if (m[1]) [day, month, year] = [+m[1], +m[2]!, fullYear(m[3]!)];
    else if (m[4]) [year, month, day] = [+m[4], +m[5]!, +m[6]!];
    else if (m[7]) [day, month, year] = [+m[7], monthNumber(m[8]!), m[9] ? +m[9] : null];
    else if (m[10]) [month, day, year] = [monthNumber(m[10]!), +m[11]!, m[12] ? +m[12] : null];
    else [day, month, year] = [+m[13]!, +m[14]!, null];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    out.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  return out;
}

function fullYear(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n > 50 ? 1900 + n : 2000 + n;
}

function monthNumber(word: string): number {
  const w = word.replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
