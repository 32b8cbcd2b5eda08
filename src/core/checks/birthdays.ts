// Dates of birth: a date written next to "born", "DOB", "date of birth" or "birthday", or any full
// date that is a pupil's date of birth on the roster. Other dates (trips, term dates) are not findings.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';
import { isSpaceCode } from './char-codes.ts';

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
export const DATE_SOURCE = `${NUMERIC}|${ISO}|${DAY_MONTH}|${MONTH_DAY}|${SHORT}`;
// Tried only where a date can start (see dateMatches).
const DATE_AT = new RegExp(DATE_SOURCE, 'y');
// Without a birth word only dates with a year can match a pupil's: the same groups, fewer forms to try.
const FULL_DATE = new RegExp(`${NUMERIC}|${ISO}|${DAY_MONTH.replace(YEAR, String.raw`,?\s+(\d{4})`)}`, 'g');
// "turns 8 on 11th October 2018": a child's age beside a date says whose birthday it is.
const CUE = /\b(?:born|dob|d\.o\.b|date of birth|birthday|birth date|birthdate|birth cert(?:ificate)?|bday|b'day|turn(?:s|ed|ing)? \d{1,2})\b/;

// "born on the first of December 2021", "twenty-third of May": a day in words, read only beside a birth word.
const ORDINALS = `first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
  sixteenth seventeenth eighteenth nineteenth twentieth`.split(/\s+/);
const ORDINAL_DATE = new RegExp(String.raw`\b(?:(twenty|thirty)[\s-]?)?(${ORDINALS.join('|')}|thirtieth)\s+(?:of\s+)?${MONTH}${YEAR}\b`, 'g');

// The same, tried only where a run of digits starts (the only place a date can: \b then a digit).
const FULL_DATE_AT = new RegExp(FULL_DATE.source, 'y');
// A full date's day and month written as numbers, tried at the last digit of a run.
const NUMERIC_HINT = /\d[/.-]\d{1,2}[/.-]\d\d/y;

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
  const cued = mayHaveCue(folded) && CUE.test(folded);
  if (!cued && birthdays.size === 0) return [];
  const runs = text.digitRuns;
  if (runs.length === 0 && !cued) return [];
  // Without a birth word only a full date (with its year) can be a pupil's date of birth.
  if (!cued && !mayHoldAFullDate(folded, runs)) return [];
  const drafts: FindingDraft[] = [];
  for (const d of cued ? [...findDates(folded, runs), ...ordinalDates(folded)] : findFullDates(folded, runs)) {
    const iso = d.year ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;
    const pupils = iso ? birthdays.get(iso) : undefined;
    if (pupils) {
      drafts.push({ category: 'date-of-birth', rule: 'no-personal-data', start: d.start, end: d.end, confidence: 0.9, reason: pupils.length === 1 ? `This is the date of birth of ${pupils[0]}, a pupil` : 'This is the date of birth of a pupil' });
    } else if (cued && CUE.test(folded.slice(Math.max(0, d.start - 60), Math.min(folded.length, d.end + 40)))) {
      drafts.push({ category: 'date-of-birth', rule: 'no-personal-data', start: d.start, end: d.end, confidence: d.year ? 0.9 : 0.75, reason: 'This looks like a date of birth' });
    }
  }
  return drafts;
}

/**
 * Whether CUE can match: each of its words but "turn" has a "b" (born, dob, d.o.b, birth, bday,
 * b'day), so only "turn" and the few b's of a text are looked at, rather than the expression tried
 * at every character.
 */
function mayHaveCue(folded: string): boolean {
  if (folded.includes('turn')) return true;
  for (let b = folded.indexOf('b'); b !== -1; b = folded.indexOf('b', b + 1)) {
    if (folded.startsWith('orn', b + 1) || folded.startsWith('irth', b + 1) || folded.startsWith('day', b + 1) || folded.startsWith("'day", b + 1)) return true;
    if ((b >= 2 && folded.startsWith('do', b - 2)) || (b >= 4 && folded.startsWith('d.o.', b - 4))) return true;
  }
  return false;
}

/** Whether FULL_DATE can match: a year needs four digits, a numeric date 4/3/15 its separators. */
function mayHoldAFullDate(folded: string, runs: readonly number[]): boolean {
  for (let k = 0; k < runs.length; k += 2) {
    if (runs[k + 1]! - runs[k]! >= 4) return true;
    NUMERIC_HINT.lastIndex = runs[k + 1]! - 1;
    if (NUMERIC_HINT.test(folded)) return true;
  }
  return false;
}

/**
 * findDates(folded, FULL_DATE), tried only at the start of each run of digits that can start one:
 * a day or month (one or two digits) before [/.-], st/nd/rd/th or a space, or a year before "-".
 */
function findFullDates(folded: string, runs: readonly number[]): FoundDate[] {
  const out: FoundDate[] = [];
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    if (runs[k]! < from || !mayStartADate(runs[k + 1]! - runs[k]!, folded.charCodeAt(runs[k + 1]!))) continue;
    FULL_DATE_AT.lastIndex = runs[k]!;
    const m = FULL_DATE_AT.exec(folded);
    if (m === null) continue;
    from = FULL_DATE_AT.lastIndex;
    const date = readDate(m);
    if (date) out.push(date);
  }
  return out;
}

function mayStartADate(digits: number, next: number): boolean {
  if (digits === 4) return next === 45;
  if (digits > 2) return false;
  // / . - s n r t, or possibly a space: every character \s matches is ASCII up to 32 or beyond 127.
  return next === 47 || next === 46 || next === 45 || next === 115 || next === 110 || next === 114 || next === 116 || next <= 32 || next >= 128;
}

function findDates(folded: string, runs: readonly number[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of dateMatches(folded, runs)) {
    const date = readDate(m);
    if (date) out.push(date);
  }
  return out;
}

/**
 * The matches of DATE (with the g flag, from 0), tried only where one can start rather than at
 * every character: every form holds a run of digits and starts with it, or with the month word
 * just before it ("March 4th": the word, an optional dot, spaces, the run).
 */
export function dateMatches(folded: string, runs: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const run = runs[k]!;
    if (run < from) continue;
    const word = wordBefore(folded, run);
    for (const at of word < 0 || word < from ? [run] : [word, run]) {
      DATE_AT.lastIndex = at;
      const m = DATE_AT.exec(folded);
      if (m === null) continue;
      out.push(m);
      from = DATE_AT.lastIndex;
      break;
    }
  }
  return out;
}

/** Where the letters a to z before `run`, its spaces and an optional dot start, or -1. */
function wordBefore(folded: string, run: number): number {
  let i = run;
  while (i > 0 && isSpaceCode(folded.charCodeAt(i - 1))) i--;
  if (i === run) return -1;
  if (i > 0 && folded.charCodeAt(i - 1) === 46) i--;
  const end = i;
  while (i > 0 && isLowerLetter(folded.charCodeAt(i - 1))) i--;
  return i < end ? i : -1;
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Dates whose day is written in words ("the first of December 2021"). */
function ordinalDates(folded: string): FoundDate[] {
  const out: FoundDate[] = [];
  ORDINAL_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_DATE.exec(folded)) !== null) {
    const units = m[2] === 'thirtieth' ? 30 : ORDINALS.indexOf(m[2]!) + 1;
    const day = (m[1] === 'twenty' ? 20 : m[1] === 'thirty' ? 30 : 0) + units;
    const month = monthNumber(m[3]!);
    if (day <= 31 && (!m[1] || units < 10) && month > 0) out.push({ start: m.index, end: m.index + m[0].length, day, month, year: m[4] ? +m[4] : null });
  }
  return out;
}

/** The day, month and year a match of DATE or FULL_DATE (the same groups) names, if a real one. */
function readDate(m: RegExpExecArray): FoundDate | null {
  let day: number;
  let month: number;
  let year: number | null;
  if (m[1]) [day, month, year] = [+m[1], +m[2]!, fullYear(m[3]!)];
  else if (m[4]) [year, month, day] = [+m[4], +m[5]!, +m[6]!];
  else if (m[7]) [day, month, year] = [+m[7], monthNumber(m[8]!), m[9] ? +m[9] : null];
  else if (m[10]) [month, day, year] = [monthNumber(m[10]!), +m[11]!, m[12] ? +m[12] : null];
  else [day, month, year] = [+m[13]!, +m[14]!, null];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { start: m.index, end: m.index + m[0].length, day, month, year };
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
