// The school's own published details, in the forms the detectors compare against.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalise } from './normalise.ts';
import type { SchoolIdentity } from './types.ts';

export interface PreparedSchool {
  identity: SchoolIdentity;
  /** National numbers (digits only) of the school's phone. */
  phones: Set<string>;
  email: string | null;
  /** Lower case, without a scheme or "www.". */
  domain: string | null;
  /** Upper case without spaces: "SW1A1AA". */
  postcode: string | null;
  /** Folded words of the street address. */
  address: string | null;
  /** Ways of naming the school, as folded word lists: the full name and its common short forms. */
  nameForms: string[][];
  /** Initials the school goes by, folded: "hpps" for Hollins Park Primary School (matched only in capitals). */
  acronyms: string[];
  /** The name forms run together, for hashtags and mentions: "oakfieldprimary". */
  joinedNameForms: Set<string>;
  /** The first word of each name form: most words of a text are none. */
  nameFormStarts: Set<string>;
  /** Words in the shortest name form (Infinity when there are none). */
  shortestNameForm: number;
}

// Words that describe a school's kind rather than name it: "Oakfield Primary School" is also "Oakfield Primary".
const SCHOOL_WORDS = new Set([
  'school', 'primary', 'secondary', 'academy', 'college', 'infant', 'infants', 'junior', 'juniors', 'nursery',
  'high', 'grammar', 'community', 'church', 'of', 'england', 'ce', 'c', 'e', 'cofe', 'rc', 'roman', 'catholic',
  'voluntary', 'aided', 'controlled', 'va', 'vc', 'the', 'and', 'trust', 'free', 'federation', 'first', 'middle',
  'upper', 'lower', 'pre', 'prep', 'preparatory', 'foundation', 'methodist', 'st', 'saint', 'all', 'through',
]);

export function prepareSchool(identity: SchoolIdentity): PreparedSchool {
  const forms = nameForms(identity.name);
  return {
    identity,
    phones: schoolPhones(identity.phone),
    email: identity.email?.trim().toLowerCase() || null,
    domain: cleanDomain(identity.domain) ?? cleanDomain(identity.email?.split('@')[1]),
    postcode: identity.postcode ? identity.postcode.replace(/\s+/g, '').toUpperCase() : null,
    address: identity.address ? normalise(identity.address).tokens.map((t) => t.key).join(' ') : null,
    nameForms: forms,
    acronyms: acronyms(identity.name),
    joinedNameForms: new Set(forms.map((f) => f.join(''))),
    nameFormStarts: new Set(forms.map((f) => f[0]!)),
    shortestNameForm: Math.min(...forms.map((f) => f.length)),
  };
}

export function cleanDomain(domain: string | null | undefined): string | null {
  const d = domain?.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/:].*$/, '').replace(/\.$/, '');
  return d && d.includes('.') ? d : null;
}

function schoolPhones(phone: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!phone) return out;
  for (const part of phone.split(/[,;]/)) {
    const parsed = parsePhoneNumberFromString(part, 'GB');
    if (parsed) out.add(parsed.nationalNumber);
    const digits = part.replace(/\D/g, '').replace(/^44/, '').replace(/^0/, '');
    if (digits.length >= 6) out.add(digits);
  }
  return out;
}

function nameForms(name: string | null | undefined): string[][] {
  if (!name?.trim()) return [];
  const tokens = normalise(name).tokens;
  const keys = tokens.map((t) => t.key);
  const forms = [keys];
  // "Oakfield Primary School" → "Oakfield Primary", "Oakfield School", and "Oakfield" when that word is distinctive.
  const coreTokens = tokens.filter((t) => !SCHOOL_WORDS.has(t.key));
  const core = coreTokens.map((t) => t.key);
  if (core.length > 0 && core.length < keys.length) {
    forms.push(trimTrailing(keys));
    // "St Aldhelm's" is written "St Aldhelms" and "#StAldhelmsPrimary" too: with and without the
    // saint, with and without the possessive's s, alone or with the kind of school after it.
    const cores = [core];
    if (coreTokens.at(-1)!.possessive) cores.push([...core.slice(0, -1), `${core.at(-1)}s`]);
    const leads = keys[0] === 'st' || keys[0] === 'saint' ? [[], ['st'], ['saint']] : [[]];
    const kinds = [['school'], ['primary'], ['academy'], ['primary', 'school'], ['cofe', 'primary'], ['ce', 'primary']];
    for (const lead of leads) {
      for (const c of cores) {
        for (const kind of kinds) if (lead.length > 0 || keys.length > 2 || kind.length === 1) forms.push([...lead, ...c, ...kind]);
        if (lead.length > 0 || c.join('').length >= 5) forms.push([...lead, ...c]);
      }
    }
  }
  const seen = new Set<string>();
  return forms.filter((f) => f.length > 0 && !seen.has(f.join(' ')) && (seen.add(f.join(' ')), true));
}

function acronyms(name: string | null | undefined): string[] {
  const keys = name?.trim() ? normalise(name).tokens.map((t) => t.key) : [];
  if (keys.length < 3) return [];
  const all = keys.map((k) => k[0]).join('');
  const withoutSchool = keys.filter((k) => k !== 'school').map((k) => k[0]).join('');
  return [...new Set([all, withoutSchool])].filter((a) => a.length >= 3);
}

function trimTrailing(keys: string[]): string[] {
  const out = [...keys];
  while (out.length > 1 && (out.at(-1) === 'school' || out.at(-1) === 'academy')) out.pop();
  return out;
}
