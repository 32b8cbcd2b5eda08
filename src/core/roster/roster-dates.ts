import { isIsoDate } from '../dates.ts';

export type DateResult = { ok: true; date: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date from a roster cell: DD/MM/YYYY or D/M/YYYY in the UK order (also with - or . between),
 * or YYYY-MM-DD. Excel and some MIS exports add a midnight time ("04/05/2016 00:00"), which is
 * allowed. Two-digit years and impossible dates (31/02/2015) are refused rather than guessed.
 */
export function parseRosterDate(raw: string, what: string): DateResult {
  const value = raw.trim().replace(/[ T]00:00(:00(\.0+)?)?Z?$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value);
  let year: number, month: number, day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    if (uk[3]!.length !== 4) {
      return { ok: false, message: `The ${what} "${raw}" has a two-digit year. Write the year in full, for example 04/05/2016.` };
    }
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  } else {
    return {
      ok: false,
      message: `The ${what} "${raw}" is not a date Parapet can read. Use day/month/year, for example 04/05/2016, or 2016-05-04.`,
    };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (month < 1 || month > 12 || !isIsoDate(date)) {
    return { ok: false, message: `The ${what} "${raw}" is not a real date (day/month/year).` };
  }
  if (year < 1900) return { ok: false, message: `The ${what} "${raw}" is too long ago to be right.` };
  return { ok: true, date };
}

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
