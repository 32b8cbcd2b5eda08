// Dates and periods as policies write them: "23rd March 2023", "1/1/2012", "September 2022",
// "Spring 2025", "every two years", "annually". A month or term is read as its first day.
import { isIsoDate } from '../../dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
/** Terms start as schools count them: Autumn in September, Spring in January, Summer in April. */
const TERM_MONTH: Record<string, number> = { autumn: 9, spring: 1, summer: 4 };

export interface FoundDate {
  iso: string;
  /** Whether the day was stated, or the date is a month or term read as its first day. */
  precision: 'day' | 'month';
  index: number;
  text: string;
}

const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null; precision: 'day' | 'month' }> = [
  { re: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'gi'), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])], precision: 'day' },
  {
    re: new RegExp(`\\b${ORDINAL}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])],
    precision: 'day',
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${ORDINAL},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])],
    precision: 'day',
  },
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)\b/g,
    read: (m) => {
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return [y, Number(m[2]), Number(m[1])]; // British order: day, month, year
    },
    precision: 'day',
  },
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'gi'), read: (m) => [Number(m[2]), monthOf(m[1]!), 1], precision: 'month' },
  {
    re: new RegExp(`\\b(autumn|spring|summer)(?:\\s+term)?,?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => [Number(m[2]), TERM_MONTH[m[1]!.toLowerCase()]!, 1],
    precision: 'month',
  },
];

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Every date in the text, in order; where forms overlap the more precise wins. */
export function datesIn(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Spans already read, valid or not: "30 February 2023" is no date, not "February 2023".
  const taken: Array<[number, number]> = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const parts = form.read(m);
      if (!parts) continue;
      const value = iso(...parts);
      if (!isIsoDate(value)) continue;
      out.push({ iso: value, precision: form.precision, index: start, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const COUNT = '(\\d{1,3}|one|two|three|four|five|six|twelve|eighteen|twenty-four)';
const toNumber = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

export interface FoundPeriod {
  months: number;
  index: number;
  text: string;
}

const PERIODS: Array<{ re: RegExp; months: (m: RegExpExecArray) => number }> = [
  { re: new RegExp(`\\b(?:every|each|per|once every)?\\s*${COUNT}[ -](?:calendar |academic |school )?(?:years?|yrs?)\\b`, 'i'), months: (m) => toNumber(m[1]!) * 12 },
  { re: new RegExp(`\\b(?:every|each)?\\s*${COUNT}[ -]months?\\b`, 'i'), months: (m) => toNumber(m[1]!) },
  { re: new RegExp(`\\b${COUNT}[ -]year(?:ly| cycle| period| basis)\\b`, 'i'), months: (m) => toNumber(m[1]!) * 12 },
  { re: /\b(?:annually|annual|yearly|every (?:academic |school )?year|each (?:academic |school )?year|once a year|12-monthly)\b/i, months: () => 12 },
  { re: /\b(?:biennially|biennial|every other year|every second year)\b/i, months: () => 24 },
  { re: /\b(?:triennially|triennial|every third year)\b/i, months: () => 36 },
  { re: /\b(?:termly|every term|each term)\b/i, months: () => 4 },
];

/** The first review interval stated in the text ("every two years" → 24), or null. */
export function periodIn(text: string): FoundPeriod | null {
  let best: FoundPeriod | null = null;
  for (const p of PERIODS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const months = p.months(m);
    if (!Number.isFinite(months) || months < 1 || months > 120) continue;
    const lead = m[0].length - m[0].trimStart().length;
    if (!best || m.index + lead < best.index) best = { months, index: m.index + lead, text: m[0].trim() };
  }
  return best;
}

/** Whole months from one date to a later one (by calendar month), or null if not later. */
export function monthsBetween(from: string, to: string): number | null {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return months > 0 ? months : null;
}
