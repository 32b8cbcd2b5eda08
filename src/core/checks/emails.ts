// E-mail addresses, written plainly or spelt out to dodge filters ("jo.bloggs at gmail dot com",
// "jo [at] gmail [dot] co [dot] uk"). The school's own published address is never a finding, nor
// a role address at its domain (office@, admin@...), which the school publishes too.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';
import { isSpaceCode } from './char-codes.ts';

// A plain address is /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g, found from each
// "@" rather than tried at every character (see plainAddress).
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/y;
// "name at domain dot com": "at" and "dot" in words, brackets or braces.
const AT = String.raw`\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+`;
const DOT = String.raw`\s*[[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.`;
const AT_ONCE = new RegExp(AT);
const EVERY_DOT = new RegExp(DOT, 'g');
// Tried only where a match can start (see nextSpelt), rather than at every character.
export const SPELT_SOURCE = String.raw`[a-z0-9][a-z0-9._%+-]*(?:${AT})[a-z0-9-]+(?:(?:${DOT})[a-z0-9-]+)+`;
const SPELT_AT = new RegExp(SPELT_SOURCE, 'y');
// Cheap test before the costly one: "at" then a word and a dot, or a bracketed "at" (see mayBeSpelt).
const AT_WORD = /\bat\s/g;
const AT_WORD_THEN_DOT = /at\s+[a-z0-9-]+(?:\.[a-z]|\s*[[({]?\s*dot\b)/y;
const BRACKETED_AT = /[[({]\s*at\s*[\])}]/;
const TLDS = new Set(['com', 'uk', 'org', 'net', 'co', 'io', 'me', 'info', 'edu', 'gov', 'biz', 'eu', 'ie', 'de', 'fr', 'us', 'ac', 'sch', 'nhs', 'email', 'online']);
const MAIL_PROVIDERS = /^(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|btinternet|aol|sky|virginmedia|talktalk|protonmail|proton|mail|gmx|ntlworld|blueyonder|tiscali)\./;
const ROLE_ADDRESSES = /^(?:office|admin|admissions|enquiries|enquiry|info|head|headteacher|reception|finance|bursar|senco|send|dsl|safeguarding|attendance|clerk|governors|pta|hr|contact|hello)$/;

export const emailDetector: Detector = {
  name: 'emails',
  detect: findEmails,
};

export function findEmails(text: NormalisedText, _input: unknown, ctx: CheckContext): FindingDraft[] {
  const folded = text.folded;
  const drafts: FindingDraft[] = [];
  for (let found = plainAddress(folded, 0); found !== null; found = plainAddress(folded, found[1])) {
    const [start, end] = found;
    if (start > 0 && isLocalChar(folded.charCodeAt(start - 1))) continue;
    if (isSchools(folded.slice(start, end), ctx)) continue;
    drafts.push({ category: 'email', rule: 'no-personal-data', start, end, confidence: 0.98, reason: 'This is an e-mail address' });
  }
  if (mayBeSpelt(folded)) {
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = nextSpelt(folded, from)) !== null) {
      // "me at kirsty.ashby at gmail dot com": when a match is not an address, look again from its
      // domain, which may be the start of the real one.
      const at = AT_ONCE.exec(m[0])!;
      from = m.index + at.index + at[0].length;
      const address = m[0].replace(AT_ONCE, '@').replace(EVERY_DOT, '.');
      const parts = address.split('@')[1]!.split('.');
      // Needs a real ending and at least one spelt "dot" or a dotted domain: "see you at school" is not an address.
      if (parts.length < 2 || !TLDS.has(parts.at(-1)!)) continue;
      if (/^(?:meet|see|you|me|us|him|her|them|look|arrive|home|school|lunch|it|that|this|is|are|was|be)$/.test(address.split('@')[0]!)) continue;
      // "Pay at oakfield.sch.uk" is a web address: with a plain " at " and real dots, the local part or
      // the mail provider must look like an address's.
      const spelt = /\bdot\b|[[({]\s*at/.test(m[0]);
      const [local, domain] = address.split('@') as [string, string];
      if (!spelt && !/[._\d]/.test(local) && !MAIL_PROVIDERS.test(domain)) continue;
      if (isSchools(address, ctx)) continue;
      drafts.push({ category: 'email', rule: 'no-personal-data', start: m.index, end: m.index + m[0].length, confidence: 0.9, reason: 'This is an e-mail address, spelt out' });
      from = m.index + m[0].length;
    }
  }
  return drafts;
}

/**
 * The expression /\bat\s+[a-z0-9-]+(?:\.[a-z]|\s*[[({]?\s*dot\b)|[[({]\s*at\s*[\])}]/ matches: the
 * first half tried only where a word "at" and a space are (a literal search, far quicker than the
 * whole expression tried at every character), the second only when the text has a bracket.
 */
export function mayBeSpelt(folded: string): boolean {
  // Its first half needs a dot before a letter or the word "dot": most texts have neither.
  if (hasDotWord(folded)) {
    AT_WORD.lastIndex = 0;
    while (AT_WORD.test(folded)) {
      AT_WORD_THEN_DOT.lastIndex = AT_WORD.lastIndex - 3;
      if (AT_WORD_THEN_DOT.test(folded)) return true;
    }
  }
  return (folded.includes('(') || folded.includes('[') || folded.includes('{')) && BRACKETED_AT.test(folded);
}

/** Whether the text has "dot" or a dot before a letter a to z. */
function hasDotWord(folded: string): boolean {
  for (let p = folded.indexOf('.'); p !== -1; p = folded.indexOf('.', p + 1)) {
    const c = folded.charCodeAt(p + 1);
    if (c >= 97 && c <= 122) return true;
  }
  // The word's "d"s, each a native one-character search: includes("dot") is a call into the runtime.
  for (let d = folded.indexOf('d'); d !== -1; d = folded.indexOf('d', d + 1)) {
    if (folded.charCodeAt(d + 1) === 111 && folded.charCodeAt(d + 2) === 116) return true;
  }
  return false;
}

/**
 * The next match of SPELT_SOURCE from `from`: exactly what the expression with the g flag and
 * lastIndex `from` finds, but tried only at the start of the address characters before each
 * "at" that can be a spelt @. A match's local part runs up to its "at" (an address character is
 * never a space or a bracket), so it starts at the first letter or digit of that run, or nowhere
 * in the run; and runs come in the order of their "at"s.
 */
export function nextSpelt(folded: string, from: number): RegExpExecArray | null {
  for (let q = folded.indexOf('at', from); q !== -1; q = folded.indexOf('at', q + 1)) {
    // After a space or an opening bracket; before a space or a closing bracket.
    const before = folded.charCodeAt(q - 1);
    const after = folded.charCodeAt(q + 2);
    if (!(isSpaceCode(before) || before === 40 || before === 91 || before === 123)) continue;
    if (!(isSpaceCode(after) || after === 41 || after === 93 || after === 125)) continue;
    // Back over the spaces, a bracket and the spaces before it, to where the local part ends.
    let end = q;
    while (end > from && isSpaceCode(folded.charCodeAt(end - 1))) end--;
    const bracket = folded.charCodeAt(end - 1);
    if (end > from && (bracket === 40 || bracket === 91 || bracket === 123)) {
      end--;
      while (end > from && isSpaceCode(folded.charCodeAt(end - 1))) end--;
    }
    let start = end;
    while (start > from && isLocalChar(folded.charCodeAt(start - 1))) start--;
    while (start < end && !isLetterOrDigit(folded.charCodeAt(start))) start++;
    if (start === end) continue;
    SPELT_AT.lastIndex = start;
    const m = SPELT_AT.exec(folded);
    if (m) return m;
  }
  return null;
}

/**
 * The next plain address from `from`, as [start, end]: exactly the next match of the expression
 * above with lastIndex `from`. Its local part is the run of address characters before an "@",
 * from its first letter or digit; the domain is matched after the "@".
 */
function plainAddress(folded: string, from: number): [number, number] | null {
  for (let at = folded.indexOf('@', from); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && isLocalChar(folded.charCodeAt(start - 1))) start--;
    while (start < at && !isLetterOrDigit(folded.charCodeAt(start))) start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (DOMAIN.test(folded)) return [start, DOMAIN.lastIndex];
  }
  return null;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** [a-z0-9._%+-] */
function isLocalChar(c: number): boolean {
  return isLetterOrDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isSchools(address: string, ctx: CheckContext): boolean {
  const school = ctx.index.school;
  // The school's own address, as most texts that have one write it: nothing to allocate.
  if (school.email && address === school.email) return true;
  const a = address.toLowerCase().replace(/\.$/, '');
  if (school.email && a === school.email) return true;
  const [local, domain] = a.split('@');
  return !!school.domain && domain === school.domain && ROLE_ADDRESSES.test(local ?? '');
}
