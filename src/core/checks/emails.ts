// E-mail addresses, written plainly or spelt out to dodge filters ("jo.bloggs at gmail dot com",
// "jo [at] gmail [dot] co [dot] uk"). The school's own published address is never a finding, nor
// a role address at its domain (office@, admin@...), which the school publishes too.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

// A plain address is /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g, found from each
// "@" rather than tried at every character (see plainAddress).
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/y;
// "name at domain dot com": "at" and "dot" in words, brackets or braces.
const AT = String.raw`\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+`;
const DOT = String.raw`\s*[[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.`;
const AT_ONCE = new RegExp(AT);
const EVERY_DOT = new RegExp(DOT, 'g');
const SPELT = new RegExp(String.raw`[a-z0-9][a-z0-9._%+-]*(?:${AT})[a-z0-9-]+(?:(?:${DOT})[a-z0-9-]+)+`, 'g');
// Cheap test before the costly one: "at" then a word and a dot, or a bracketed "at" (see mayBeSpelt).
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
    SPELT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPELT.exec(folded)) !== null) {
      // "me at kirsty.ashby at gmail dot com": when a match is not an address, look again from its
      // domain, which may be the start of the real one.
      const at = AT_ONCE.exec(m[0])!;
      SPELT.lastIndex = m.index + at.index + at[0].length;
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
      SPELT.lastIndex = m.index + m[0].length;
    }
  }
  return drafts;
}

/**
 * The expression /\bat\s+[a-z0-9-]+(?:\.[a-z]|\s*[[({]?\s*dot\b)|[[({]\s*at\s*[\])}]/ matches: the
 * first half tried only where a word "at" starts (found by indexOf, far quicker than a regular
 * expression tried at every character), the second only when the text has a bracket.
 */
export function mayBeSpelt(folded: string): boolean {
  for (let at = folded.indexOf('at'); at !== -1; at = folded.indexOf('at', at + 1)) {
    if (at > 0 && isWordChar(folded.charCodeAt(at - 1))) continue;
    AT_WORD_THEN_DOT.lastIndex = at;
    if (AT_WORD_THEN_DOT.test(folded)) return true;
  }
  return (folded.includes('(') || folded.includes('[') || folded.includes('{')) && BRACKETED_AT.test(folded);
}

/** \w of a regular expression without the u flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return isLetterOrDigit(c) || (c >= 65 && c <= 90) || c === 95;
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
  const a = address.toLowerCase().replace(/\.$/, '');
  if (school.email && a === school.email) return true;
  const [local, domain] = a.split('@');
  return !!school.domain && domain === school.domain && ROLE_ADDRESSES.test(local ?? '');
}
