// The clauses of a policy as the importer reads them: each clause's sentences, and the words
// that govern a list item from outside it (its heading, and a lead-in such as "The following are
// not acceptable:"), so that "The use of the school's logo…" under that lead-in reads as a ban.
import type { Clause } from '../policy/split-clauses.ts';

export interface Sentence {
  /** The sentence's text, with typographic quotes and emphasis marks made plain (same length as the original). */
  text: string;
  start: number;
}

export interface ClauseView {
  index: number;
  number: string;
  /** The clause as the policy words it. */
  text: string;
  /** `text` made plain for matching: curly quotes straight, `**` emphasis blanked; same length and offsets. */
  plain: string;
  sentences: Sentence[];
  heading: string | null;
  isHeading: boolean;
  /** The lead-in this clause is an item of ("…must ensure that they:"), or null. */
  leadIn: string | null;
}

/** Makes text plain for matching without moving any character, so matches can be quoted from the original. */
export function plainText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\*\*/g, '  ')
    .replace(/\u00a0/g, ' ');
}

// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|st|mr|mrs|ms|dr|no|vs|cf|approx|incl)\.$/i;

/** Splits a clause into sentences (at . ! ? ; followed by a space), keeping each one's offset. */
export function sentencesOf(plain: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?;]+["')\]]*\s+/g;
  for (let m = boundary.exec(plain); m; m = boundary.exec(plain)) {
    const end = m.index + m[0].length;
    const piece = plain.slice(start, m.index + 1);
    if (ABBREVIATION.test(piece)) continue;
    // A lower-case word after the stop is usually the same sentence ("etc. must be approved").
    if (/^[a-z]/.test(plain.slice(end)) && !/;$/.test(m[0].trim())) continue;
    pushSentence(out, plain, start, end);
    start = end;
  }
  pushSentence(out, plain, start, plain.length);
  return out;
}

function pushSentence(out: Sentence[], plain: string, start: number, end: number): void {
  const raw = plain.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (/[A-Za-z]/.test(text)) out.push({ text, start: start + lead }); // a run of dots or numbers says nothing
}

const LEAD_IN = /:\s*$/;

/** The importer's view of a policy's clauses, in reading order. */
export function viewClauses(clauses: readonly Clause[]): ClauseView[] {
  const views: ClauseView[] = [];
  let leadIn: string | null = null;
  let leadHeading: string | null = null;
  for (const [index, c] of clauses.entries()) {
    const plain = plainText(c.text);
    if (c.isHeading || c.heading !== leadHeading) leadIn = null;
    const view: ClauseView = {
      index,
      number: c.number,
      text: c.text,
      plain,
      sentences: sentencesOf(plain),
      heading: c.heading,
      isHeading: c.isHeading,
      leadIn: c.isHeading ? null : leadIn,
    };
    views.push(view);
    if (!c.isHeading && LEAD_IN.test(plain)) {
      leadIn = plain;
      leadHeading = c.heading;
    }
  }
  return views;
}

/** The heading and lead-in that govern a clause, as one string to test for polarity ("DO NOT", "not acceptable:"). */
export function governingText(view: ClauseView): string {
  return [view.heading && view.heading !== view.text ? plainText(view.heading) : '', view.leadIn ?? ''].join(' \n ');
}
