// UK phone numbers spelt out in words, as people type them to get past a filter or just as they
// say them: "oh seven seven double oh nine double oh five five oh", "zero seven seven zero zero…",
// digits and words mixed ("07700 nine double oh one two three"), "triple nine". One map look-up a
// word; only a run of number words long enough to be a phone number is read further. Counting
// ("one, two, three…"), scores and "nine nine nine" are too short, do not start with a zero, or
// run in order, so they pass.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';
import type { Token } from './tokens.ts';

const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['oh', '0'], ['o', '0'], ['nought', '0'], ['nil', '0'],
  ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'],
  ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'],
]);
// Words that repeat the next digit, and words that multiply the one before ("nine hundred").
const REPEATS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['treble', 3]]);
const ZEROS_AFTER: ReadonlyMap<string, string> = new Map([['hundred', '00'], ['thousand', '000']]);
// Words a spelt-out number can start with.
const STARTS: ReadonlySet<string> = new Set([...DIGIT_WORDS.keys(), ...REPEATS.keys(), 'plus']);

// A UK number once read: a mobile, a geographic or non-geographic number, national form.
const UK_NUMBER = /^0(?:7\d{9}|[1-3]\d{8,9}|8\d{8,9})$/;

export const phoneWordsDetector: Detector = {
  name: 'phone-words',
  detect: findPhoneWords,
};

interface Part {
  /** The token this part ends at. */
  last: number;
  digits: string;
}

export function findPhoneWords(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const tokens = text.tokens;
  let drafts: FindingDraft[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Most words are not numbers: one look-up, nothing allocated.
    if (!STARTS.has(t.key)) {
      i += 1;
      continue;
    }
    const at = i;
    // Digit groups just before the words are part of the number: "07700 nine double oh …".
    while (i > 0 && tokens[i - 1]!.key.length <= 5 && isDigits(tokens[i - 1]!.key) && joined(text.folded, tokens[i - 1]!, tokens[i]!)) i -= 1;
    const parts = readRun(text, tokens, i);
    const last = parts.length ? parts[parts.length - 1]!.last : i;
    if (parts.length >= 4) {
      const found = numbersIn(text, tokens, i, parts, ctx);
      if (found.length) (drafts ??= []).push(...found);
    }
    i = Math.max(last, at) + 1;
  }
  return drafts ?? [];
}

/** The run of number words and digit groups starting at token i, each part with the digits it adds. */
function readRun(text: NormalisedText, tokens: readonly Token[], i: number): Part[] {
  const parts: Part[] = [];
  let words = 0;
  let k = i;
  while (k < tokens.length) {
    if (k > i && !joined(text.folded, tokens[k - 1]!, tokens[k]!)) break;
    const t = tokens[k]!;
    const key = t.key;
    const digit = DIGIT_WORDS.get(key);
    if (digit !== undefined) {
      // "o" and "oh" alone are a letter and a sigh: they count only next to other numbers.
      parts.push({ last: k, digits: digit });
      if (key !== 'o' && key !== 'oh') words += 1;
      k += 1;
      continue;
    }
    const times = REPEATS.get(key);
    if (times !== undefined) {
      const next = tokens[k + 1];
      const d = next && joined(text.folded, t, next) ? (DIGIT_WORDS.get(next.key) ?? (/^\d$/.test(next.key) ? next.key : undefined)) : undefined;
      if (d === undefined) break;
      parts.push({ last: k + 1, digits: d.repeat(times) });
      words += 1;
      k += 2;
      continue;
    }
    const zeros = ZEROS_AFTER.get(key);
    if (zeros !== undefined && parts.length > 0 && parts[parts.length - 1]!.digits.length === 1) {
      parts.push({ last: k, digits: zeros });
      k += 1;
      continue;
    }
    if (key === 'plus' && parts.length === 0) {
      parts.push({ last: k, digits: '+' });
      k += 1;
      continue;
    }
    if (key.length <= 5 && isDigits(key)) {
      parts.push({ last: k, digits: key });
      k += 1;
      continue;
    }
    break;
  }
  // Digits alone are the other phone detector's; a number needs some of it spelt out.
  return words >= 2 ? parts : [];
}

/** Only spaces, commas and dashes between two parts of a number. */
function joined(folded: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap === 1) {
    const c = folded.charCodeAt(a.end);
    return c === 32 || c === 45 || c === 44;
  }
  if (gap < 1 || gap > 3) return false;
  for (let p = a.end; p < b.start; p++) {
    const c = folded.charCodeAt(p);
    if (c !== 32 && c !== 45 && c !== 44 && c !== 0x2013) return false;
  }
  return true;
}

/** Numbers inside a run: from each part whose digits start a number, the longest that is one. */
function numbersIn(text: NormalisedText, tokens: readonly Token[], first: number, parts: readonly Part[], ctx: CheckContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  let from = 0;
  while (from < parts.length) {
    let best = -1;
    let bestDigits = '';
    let digits = '';
    for (let k = from; k < parts.length && digits.length < 14; k++) {
      digits += parts[k]!.digits;
      const national = nationalForm(digits);
      if (national && UK_NUMBER.test(national)) {
        best = k;
        bestDigits = national;
      }
    }
    if (best < 0 || countingOrRepeated(bestDigits) || ctx.index.school.phones.has(bestDigits.slice(1))) {
      from += 1;
      continue;
    }
    const start = tokens[from === 0 ? first : parts[from - 1]!.last + 1]!.start;
    const end = tokens[parts[best]!.last]!.end;
    out.push({
      category: 'phone',
      rule: 'no-personal-data',
      start,
      end,
      confidence: 0.85,
      reason: 'This looks like a phone number written out in words',
    });
    from = best + 1;
  }
  return out;
}

/** "0…" as it is, "+44…" or "44…" read as "0…". */
function nationalForm(digits: string): string | null {
  if (digits.startsWith('0')) return digits;
  if (digits.startsWith('+44')) return '0' + digits.slice(3);
  if (digits.startsWith('44')) return '0' + digits.slice(2);
  return null;
}

/** "0123456789", "0000000000": counting or a placeholder, not a number anyone would give. */
function countingOrRepeated(digits: string): boolean {
  let up = true;
  let same = true;
  for (let k = 1; k < digits.length; k++) {
    const d = digits.charCodeAt(k) - digits.charCodeAt(k - 1);
    if (d !== 1 && d !== -9) up = false;
    if (d !== 0) same = false;
  }
  return up || same;
}

function isDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}
