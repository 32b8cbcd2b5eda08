// The policy's title and the school it names, read from the top of the document.
import type { ClauseView } from '../policy-text.ts';

export interface Found {
  value: string;
  view: ClauseView;
}

const TITLE_WORD = /\b(?:polic(?:y|ies)|guidance|guide|code(?: of (?:conduct|practice))?|procedures?|protocol|statement|standards)\b/i;
const SCHOOL_NOUN = /\b(?:School|Academy|College|Pre-School|Preschool|Nursery)\b/g;
const JOINERS = new Set(['of', 'and', '&', 'de', 'upon', 'on', 'the', 'in']);
const SCHOOL_TYPES = new Set(
  'Primary Junior Infant Infants Nursery Secondary High Grammar Middle First Preparatory Prep Special Free Independent Community Church England C E CE RC Catholic Methodist Federated Village Infants\''.split(' '),
);
/** Capitalised words that start a sentence or name a body, not a school. */
const NOT_NAME = new Set(
  'The A An All Any Each Every Our Your Their This That Whole Local Full Governing Body Board Policy Policies Social Media Networking Staff Welcome At In To For From By With Of And Within Whilst While Dear Head Headteacher Principal Council City Authority Members Member Parents Pupils Children Student Students Teachers Safeguarding'.split(' '),
);

/** A school's name, e.g. "Willowbrook Church of England Primary School", ending at `end`. */
function nameEndingAt(text: string, nounStart: number, nounEnd: number): string | null {
  const before = text.slice(Math.max(0, nounStart - 120), nounStart);
  const tokens = before.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && name.length < 8; i--) {
    const t = tokens[i]!;
    if (/^[A-Z][A-Za-z'’.-]*$/.test(t) || (JOINERS.has(t) && name.length > 0)) name.unshift(t);
    else break;
    const prev = tokens[i - 1] ?? '';
    if (/[.:;]$/.test(prev) && !/^(?:St|Ss|Mt|Dr)\.$/.test(prev)) break; // a sentence ends before this word
  }
  while (name.length && (NOT_NAME.has(name[0]!) || JOINERS.has(name[0]!) || /polic/i.test(name[0]!))) name.shift();
  if (!name.some((w) => !SCHOOL_TYPES.has(w) && !JOINERS.has(w))) return null;
  return `${name.join(' ')} ${text.slice(nounStart, nounEnd)}`.replace(/[’]/g, "'");
}

export function schoolNameIn(views: readonly ClauseView[]): Found | null {
  for (const view of views) {
    const text = untilCaps(view.text.trim()).replace(/\bOf\b/g, 'of');
    SCHOOL_NOUN.lastIndex = 0;
    for (let m = SCHOOL_NOUN.exec(text); m; m = SCHOOL_NOUN.exec(text)) {
      const name = nameEndingAt(text, m.index, m.index + m[0].length);
      if (name) return { value: name.replace(/'s$/, ''), view };
    }
  }
  return null;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "POLICY FOR SOCIAL NETWORKING" → "Policy for Social Networking"; mixed case is kept. */
function untilCaps(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The first heading near the top that reads as a title ("Social Media Policy"), without the school's name. */
export function titleOf(views: readonly ClauseView[]): Found | null {
  const top = views.slice(0, 12);
  const school = schoolNameIn(top);
  for (const view of top) {
    if (!view.isHeading && view.text.length > 90) continue;
    let text = view.text.trim();
    if (!TITLE_WORD.test(text) || text.length > 120 || /[.;]$/.test(text) && !view.isHeading) continue;
    // "Lache Primary School Social Networking Policy", "Hazelbury Bryan Social media Policy – 2014".
    const stem = school?.value.replace(/(?:\s+(?:Church of England|C of E|CE|Community|Primary|Junior|Infant|Nursery|Secondary|High|School|Academy|College|Pre-School))+$/i, '');
    for (const prefix of [school?.value, stem]) {
      if (prefix && text.toLowerCase().startsWith(`${prefix.toLowerCase()} `)) text = text.slice(prefix.length).replace(/^['’]s\b/, '');
    }
    text = text.replace(/\s*[–—-]\s*(?:19|20)\d\d$/, '');
    text = text.replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
    if (text.length < 4) continue;
    return { value: untilCaps(text), view };
  }
  return null;
}
