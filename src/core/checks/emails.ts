// E-mail addresses, written plainly or spelt out to dodge filters ("jo.bloggs at gmail dot com",
// "jo [at] gmail [dot] co [dot] uk"). The school's own published address is never a finding, nor
// a role address at its domain (office@, admin@...), which the school publishes too.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

const PLAIN = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
// "name at domain dot com": "at" and "dot" in words, brackets or braces.
const AT = String.raw`\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+`;
const DOT = String.raw`\s*[[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.`;
const SPELT = new RegExp(String.raw`[a-z0-9][a-z0-9._%+-]*(?:${AT})[a-z0-9-]+(?:(?:${DOT})[a-z0-9-]+)+`, 'g');
// Cheap test before the costly one: "at" then a word and a dot, or a bracketed "at".
const SPELT_HINT = /\bat\s+[a-z0-9-]+(?:\.[a-z]|\s*[[({]?\s*dot\b)|[[({]\s*at\s*[\])}]/;
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
  if (folded.includes('@')) {
    PLAIN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLAIN.exec(folded)) !== null) {
      if (m.index > 0 && /[a-z0-9._%+-]/.test(folded[m.index - 1]!)) continue;
      if (isSchools(m[0], ctx)) continue;
      drafts.push({ category: 'email', rule: 'no-personal-data', start: m.index, end: m.index + m[0].length, confidence: 0.98, reason: 'This is an e-mail address' });
    }
  }
  if (SPELT_HINT.test(folded)) {
    SPELT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPELT.exec(folded)) !== null) {
      const address = m[0]
        .replace(new RegExp(AT), '@')
        .replace(new RegExp(DOT, 'g'), '.');
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
    }
  }
  return drafts;
}

function isSchools(address: string, ctx: CheckContext): boolean {
  const school = ctx.index.school;
  const a = address.toLowerCase().replace(/\.$/, '');
  if (school.email && a === school.email) return true;
  const [local, domain] = a.split('@');
  return !!school.domain && domain === school.domain && ROLE_ADDRESSES.test(local ?? '');
}
