// Statements in one policy that disagree with each other: how often it is reviewed, and the age
// until which former pupils are off limits. Each reading keeps the clause it came from.

export interface ClauseText {
  number: string;
  text: string;
}

export interface Reading<T> {
  value: T;
  clause: ClauseText;
  /** The words that stated it. */
  quote: string;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const num = (w: string) => NUMBER_WORDS[w.toLowerCase()] ?? Number(w);
const COUNT = '(\\d{1,2}|one|two|three|four|five|six)';

/** Ways a policy says how often it is reviewed, each giving months. */
const REVIEW_PATTERNS: Array<{ re: RegExp; months: (m: RegExpExecArray) => number }> = [
  { re: /\breview(?:ed)?\s+(?:on\s+an\s+)?(?:annually|yearly|every\s+year|each\s+year|once\s+a\s+year|annual\s+basis)\b/i, months: () => 12 },
  { re: /\b(?:annual|yearly)\s+review\b/i, months: () => 12 },
  { re: new RegExp(`\\breview(?:ed)?\\s+(?:every|each)\\s+${COUNT}\\s+years?\\b`, 'i'), months: (m) => num(m[1]!) * 12 },
  { re: new RegExp(`\\breview(?:ed)?\\s+(?:every|each)\\s+${COUNT}\\s+months?\\b`, 'i'), months: (m) => num(m[1]!) },
  { re: new RegExp(`\\breview\\s+(?:period|cycle|frequency)\\s*(?::|is|of)?\\s*${COUNT}\\s+(years?|months?)\\b`, 'i'), months: (m) => num(m[1]!) * (/^y/i.test(m[2]!) ? 12 : 1) },
  { re: /\breview\s+(?:period|cycle|frequency)\s*(?::|is)?\s*(annual|annually|yearly)\b/i, months: () => 12 },
];

/** Is the clause about reviewing this policy (not, say, a termly review of a posting rota)? */
const ABOUT_THE_POLICY = /\bpolic(?:y|ies)\b|\breview\s+(?:period|cycle|frequency)\b/i;

export function reviewPeriodReadings(clauses: readonly ClauseText[]): Array<Reading<number>> {
  const out: Array<Reading<number>> = [];
  for (const clause of clauses) {
    if (!ABOUT_THE_POLICY.test(clause.text)) continue;
    for (const p of REVIEW_PATTERNS) {
      const m = p.re.exec(clause.text);
      if (m) {
        const months = p.months(m);
        if (months > 0 && months <= 120) out.push({ value: months, clause, quote: m[0] });
        break;
      }
    }
  }
  return out;
}

const FORMER = '(?:ex-?\\s?(?:pupils?|students?)|former\\s+(?:pupils?|students?))';
const AGE_PHRASE = '(?:under|below|until\\s+(?:they|he\\s+or\\s+she)\\s+(?:reach|are|turn)|younger\\s+than)(?:\\s+the\\s+age\\s+of)?\\s+(\\d{1,2})';
const EX_PUPIL_AGE = [new RegExp(`${FORMER}[^.;]{0,80}?${AGE_PHRASE}`, 'i'), new RegExp(`${AGE_PHRASE.replace('(\\d{1,2})', '\\d{1,2}')}[^.;]{0,10}?${FORMER}`, 'i')];

/** Ages the policy gives for former pupils staff may not be in contact with. */
export function exPupilAgeReadings(clauses: readonly ClauseText[]): Array<Reading<number>> {
  const out: Array<Reading<number>> = [];
  for (const clause of clauses) {
    const m = EX_PUPIL_AGE[0]!.exec(clause.text);
    if (m) {
      out.push({ value: Number(m[1]), clause, quote: m[0] });
      continue;
    }
    const r = EX_PUPIL_AGE[1]!.exec(clause.text);
    const age = r && /(\d{1,2})/.exec(r[0]);
    if (r && age) out.push({ value: Number(age[1]), clause, quote: r[0] });
  }
  return out.filter((r) => r.value >= 11 && r.value <= 25);
}

/** Readings that disagree: the first reading of each distinct value, or [] when all agree. */
export function disagreeing<T>(readings: ReadonlyArray<Reading<T>>): Array<Reading<T>> {
  const firstOf = new Map<T, Reading<T>>();
  for (const r of readings) if (!firstOf.has(r.value)) firstOf.set(r.value, r);
  return firstOf.size > 1 ? [...firstOf.values()] : [];
}
