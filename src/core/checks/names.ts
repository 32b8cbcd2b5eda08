// Names from the school's roster in a text: one trie walk per word, longest name first.
// A pupil is reported before anyone else who shares the name (the most protective reading);
// governors' names are published and are not findings on their own.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import { ambiguousNameHasContext, hasParentWordNear, listedBeside } from './name-context.ts';
import type { IndexedPerson, NameEntry, NameForm, TrieNode } from './name-index.ts';
import {
  ADDRESS_CUES_BEFORE_ONE,
  ADDRESS_CUES_BEFORE_TWO,
  AMBIGUOUS_FIRST_NAMES,
  CALENDAR_WORDS,
  ORDINARY_SURNAMES,
  SET_PHRASES,
  SURNAME_CUES_AFTER,
  TITLES,
  VIRTUES,
} from './name-words.ts';
import type { NormalisedText } from './normalise.ts';
import { preferActive } from './rule-citation.ts';
import type { Token } from './tokens.ts';
import type { CheckInput } from './types.ts';

interface NameMatch {
  first: number;
  last: number;
  entries: NameEntry[];
  form: NameForm;
  /** Needs context that was not found yet ("Will", "Grace"). */
  pending: boolean;
}

export const nameDetector: Detector = {
  name: 'names',
  detect: findNames,
};

const CONFIDENCE: Record<NameForm, number> = { full: 0.97, joined: 0.93, 'title-surname': 0.9, 'first-initial': 0.9, first: 0.8, 'adult-first': 0.6, surname: 0.7 };

export function findNames(text: NormalisedText, input: CheckInput, ctx: CheckContext): FindingDraft[] {
  const tokens = text.tokens;
  const index = ctx.index.names;
  if (index.people.length === 0 || tokens.length === 0) return [];
  const matches: NameMatch[] = [];
  let i = 0;
  const starts = index.starts;
  while (i < tokens.length) {
    if (!starts.has(tokens[i]!.key)) {
      i += 1;
      continue;
    }
    const m = matchAt(text, tokens, i, index.names, index.surnames, index.joined, index.firstNames);
    if (m) {
      matches.push(m);
      i = m.last + 1;
    } else i += 1;
  }
  confirmListedNames(text.folded, tokens, matches);
  const drafts: FindingDraft[] = [];
  for (const m of matches) {
    if (m.pending) continue;
    const d = toDraft(m, text, index.people, input, ctx);
    if (d) drafts.push(d);
  }
  return drafts;
}

function matchAt(
  text: NormalisedText,
  tokens: readonly Token[],
  i: number,
  names: Map<string, TrieNode>,
  surnames: Map<string, TrieNode>,
  joined: Map<string, NameEntry[]>,
  firstNames: ReadonlySet<string>,
): NameMatch | null {
  const t = tokens[i]!;
  if (TITLES.has(t.key) && !t.possessive && (t.key !== 'miss' || t.capitalised) && i + 1 < tokens.length && joinable(text, tokens, i, true)) {
    const found = walk(text, tokens, i + 1, surnames);
    const best = found.at(-1);
    if (best) return { first: i, last: best.last, entries: best.entries, form: 'title-surname', pending: false };
  }
  // Most words are no one's name: one map look-up each, nothing allocated.
  if (names.has(t.key)) {
    for (const c of walk(text, tokens, i, names).reverse()) {
      const m = validate(text, tokens, i, c.last, c.entries, names);
      if (m) return m;
    }
  }
  const entries = joined.get(t.key);
  if (entries && (t.sigil || isCamelCase(text.cased, t))) return { first: i, last: i, entries, form: 'joined', pending: false };
  // An adult by surname alone: "You're a disgrace, Hughes." "Patel is useless." "Hughes's class".
  const adult = surnames.get(t.key)?.entries;
  if (adult && t.capitalised && !t.allCaps && !t.sigil && (isAddressedByName(text, tokens, i) || surnameStandsAlone(tokens, i, firstNames))) {
    return { first: i, last: i, entries: adult, form: 'surname', pending: false };
  }
  return null;
}

/**
 * A surname alone names someone when it is not an ordinary word or anyone's first name, is not
 * part of a longer proper name ("Patel Road", "Dev Patel") and a verb or a possessive follows.
 */
function surnameStandsAlone(tokens: readonly Token[], i: number, firstNames: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (ORDINARY_SURNAMES.has(t.key) || firstNames.has(t.key) || t.key.length < 3) return false;
  const before = tokens[i - 1];
  if (before && !t.sentenceStart && before.capitalised && !TITLES.has(before.key)) return false;
  const next = tokens[i + 1];
  if (!next || next.sentenceStart || next.capitalised) return false;
  if (t.possessive) return true;
  return SURNAME_CUES_AFTER.has(next.key);
}

/** "Thanks Kerry", "Hi Sarah", "Kerry, you…": someone addressed by their first name. */
function isAddressedByFirstName(text: NormalisedText, tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (!t.capitalised && !t.sigil) return false;
  if (t.sigil === '@') return true;
  if (isAddressedByName(text, tokens, first)) return true;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  if (b1 && !t.sentenceStart && ADDRESS_CUES_BEFORE_ONE.has(b1.key)) return true;
  if (b1 && b2 && !t.sentenceStart && !b1.sentenceStart && ADDRESS_CUES_BEFORE_TWO.has(`${b2.key} ${b1.key}`)) return true;
  // "Kerry, you're a star": the name opens the sentence and a comma follows.
  const next = tokens[last + 1];
  return t.sentenceStart && !!next && /^,\s*$/.test(text.folded.slice(tokens[last]!.coreEnd, next.start)) && /^(?:you|your|youre|u|ur|thanks|thank|please|can|could|would|did|are|is|i|we)$/.test(next.key);
}

function isAddressedByName(text: NormalisedText, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = i > 0 ? text.folded.slice(tokens[i - 1]!.end, t.start) : '';
  if (!/,\s*$/.test(before)) return false;
  const after = text.folded.slice(t.end, i + 1 < tokens.length ? tokens[i + 1]!.start : text.folded.length);
  return /^\s*(?:[,.!?]|$)/.test(after);
}

/** Every name in the trie that starts at token i, shortest first. */
function walk(text: NormalisedText, tokens: readonly Token[], i: number, root: Map<string, TrieNode>): Array<{ last: number; entries: NameEntry[] }> {
  const found: Array<{ last: number; entries: NameEntry[] }> = [];
  let level: Map<string, TrieNode> | null = root;
  const inHandle = tokens[i]!.sigil !== null;
  for (let j = i; j < tokens.length && level; j++) {
    const node = level.get(tokens[j]!.key);
    if (!node) break;
    if (node.entries) found.push({ last: j, entries: node.entries });
    if (!node.next || tokens[j]!.possessive || j + 1 >= tokens.length || !joinable(text, tokens, j, false, inHandle)) break;
    level = node.next;
  }
  return found;
}

/** Whether token j and the next one can be parts of one name. */
function joinable(text: NormalisedText, tokens: readonly Token[], j: number, afterTitle: boolean, inHandle = false): boolean {
  const gap = text.folded.slice(tokens[j]!.end, tokens[j + 1]!.start);
  if (gap.length === 0 || gap.length > 3) return false;
  if (/^\s+$/.test(gap) || /^\s?-\s?$/.test(gap) || gap === '_') return true;
  if (afterTitle && /^\.\s?$/.test(gap)) return true;
  return inHandle && gap === '.';
}

function validate(text: NormalisedText, tokens: readonly Token[], first: number, last: number, all: NameEntry[], names: Map<string, TrieNode>): NameMatch | null {
  // The tests depend on the form, not the person: each form is judged once, however many share the name.
  const verdicts = new Map<NameForm, boolean>();
  let form: NameForm | null = null;
  let pending = false;
  let kept: NameEntry[] | null = null;
  for (let k = 0; k < all.length; k++) {
    const e = all[k]!;
    let ok = verdicts.get(e.form);
    if (ok === undefined) {
      ok = formFits(text, tokens, first, last, e.form, names);
      if (ok && e.form === 'first') {
        const t = tokens[first]!;
        if (AMBIGUOUS_FIRST_NAMES.has(t.key) || (t.allCaps && t.key.length <= 3)) pending = !ambiguousNameHasContext(tokens, first, last);
      }
      verdicts.set(e.form, ok);
    }
    if (ok) {
      form ??= e.form;
      if (kept) kept.push(e);
    } else kept ??= all.slice(0, k);
  }
  if (!form) return null;
  return { first, last, entries: kept ?? all, form, pending };
}

function formFits(text: NormalisedText, tokens: readonly Token[], first: number, last: number, form: NameForm, names: Map<string, TrieNode>): boolean {
  const t = tokens[first]!;
  if (form === 'first-initial') {
    const initial = tokens[last]!;
    return initial.word.length === 1 && initial.capitalised && t.capitalised;
  }
  if (form === 'full') {
    // "summer rose garden" is not Summer Rose: a name made only of ordinary words must look like a name.
    let ordinary = true;
    let capitalised = false;
    for (let k = first; k <= last; k++) {
      if (!AMBIGUOUS_FIRST_NAMES.has(tokens[k]!.key)) ordinary = false;
      if (tokens[k]!.capitalised) capitalised = true;
    }
    return !ordinary || capitalised;
  }
  if (form === 'adult-first') {
    if (!isAddressedByFirstName(text, tokens, first, last)) return false;
    const next = tokens[last + 1];
    return !(next && isSomeoneElsesSurname(text, tokens, last, names));
  }
  if (form === 'first') {
    if (t.key.length <= 2 && !t.capitalised) return false;
    // "Jacob's ladder", "teddy bears": a set phrase, not a person.
    const next = tokens[last + 1];
    if (next && SET_PHRASES.get(t.key)?.has(next.key)) return false;
    return !(next && isSomeoneElsesSurname(text, tokens, last, names));
  }
  return true;
}

// Words that may follow a first name without being a surname: "Amelia For Star Of The Week", "Amelia Year 6".
const NOT_SURNAMES = new Set(
  `a an and the of for in on at to with from by is was has had are were will did does be as or but so so's our your their his her
  year yr class reception nursery team group house table set who what when where why how this that these those it its
  well done thank thanks congratulations congrats happy love from xx x`.split(/\s+/),
);

/**
 * "Samuel Pepys", "Florence Nightingale", "Grace Darling": a pupil's first name followed by a
 * capitalised word that is not part of any roster name is someone else's full name.
 */
function isSomeoneElsesSurname(text: NormalisedText, tokens: readonly Token[], last: number, names: Map<string, TrieNode>): boolean {
  const t = tokens[last]!;
  const next = tokens[last + 1]!;
  if (t.possessive || !next.capitalised || next.allCaps || next.sentenceStart || next.sigil || next.key.length < 2) return false;
  if (NOT_SURNAMES.has(next.key) || /^\d/.test(next.key)) return false;
  if (!/^ $/.test(text.folded.slice(t.end, next.start))) return false;
  // "Isla Moore" for Isla Moore-Ahmed: part of a roster name, so not someone else.
  return !names.get(t.key)?.next?.has(next.key);
}

function isCamelCase(cased: string, t: Token): boolean {
  const s = cased.slice(t.start + 1, t.coreEnd);
  return s !== s.toLowerCase() && s !== s.toUpperCase();
}

/**
 * "Amelia, Grace and Will": ambiguous names listed beside a sure one are names too; so are two
 * capitalised ones listed together ("May and Rose"), unless both are calendar words ("May and June").
 */
function confirmListedNames(folded: string, tokens: readonly Token[], matches: NameMatch[]): void {
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1]!;
    if (!a.pending || !b.pending || !tokens[a.first]!.capitalised || !tokens[b.first]!.capitalised) continue;
    // "May and June", "Faith, Hope and Joy": months and virtues come in lists too.
    if (CALENDAR_WORDS.has(tokens[a.first]!.key) && CALENDAR_WORDS.has(tokens[b.first]!.key)) continue;
    if (VIRTUES.has(tokens[a.first]!.key) && VIRTUES.has(tokens[b.first]!.key)) continue;
    if (listedBeside(folded, tokens, a.last, b.first)) {
      a.pending = false;
      b.pending = false;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      if (!m.pending || !tokens[m.first]!.capitalised) continue;
      const before = matches[k - 1];
      const after = matches[k + 1];
      if ((before && !before.pending && listedBeside(folded, tokens, before.last, m.first)) || (after && !after.pending && listedBeside(folded, tokens, m.last, after.first))) {
        m.pending = false;
      }
    }
  }
}

function toDraft(m: NameMatch, text: NormalisedText, people: readonly IndexedPerson[], input: CheckInput, ctx: CheckContext): FindingDraft | null {
  const tokens = text.tokens;
  const persons = [...new Set(m.entries.map((e) => e.person))].map((id) => people[id]!);
  const pupils = persons.filter((p) => p.role === 'pupil');
  const staff = persons.filter((p) => p.role === 'staff');
  const parents = persons.filter((p) => p.role === 'parent');
  const governors = persons.filter((p) => p.role === 'governor');
  const start = tokens[m.first]!.start;
  const end = tokens[m.last]!.coreEnd;
  const lowerCase = !tokens[m.first]!.capitalised && !tokens[m.last]!.capitalised;
  let confidence = CONFIDENCE[m.form] - (lowerCase ? 0.15 : 0);
  if (m.form === 'first' && AMBIGUOUS_FIRST_NAMES.has(tokens[m.first]!.key)) confidence = 0.75;
  const also = (roles: Array<[IndexedPerson[], string]>) => {
    const names = roles.filter(([list]) => list.length > 0).map(([, label]) => label);
    return names.length ? `; the name also matches ${names.join(' and ')}` : '';
  };
  if (pupils.length > 0) {
    const rule = input.withImage ? preferActive(['no-name-with-image', 'pupil-not-identified'], ctx.rules) : 'pupil-not-identified';
    const who = describe(pupils, 'a pupil', 'pupils');
    const reason =
      m.form === 'first'
        ? `"${text.cased.slice(start, end)}" is the first name of ${who}`
        : `This names ${who}`;
    return { category: 'pupil-name', rule, start, end, confidence, reason: reason + also([[staff, 'a member of staff'], [parents, 'a parent']]) };
  }
  const firstOnly = m.form === 'adult-first' ? `"${text.cased.slice(start, end)}" is the first name of ` : 'This names ';
  if (staff.length > 0) {
    return { category: 'staff-name', rule: 'no-personal-data', start, end, confidence, severity: 'warn', reason: `${firstOnly}${describe(staff, 'a member of staff', 'members of staff')}${also([[parents, 'a parent']])}` };
  }
  if (parents.length > 0) {
    // A governor's name is published; the same name as a parent's counts only when the text speaks of a parent.
    if (governors.length > 0 && !hasParentWordNear(tokens, m.first, m.last)) return null;
    return { category: 'parent-name', rule: 'no-personal-data', start, end, confidence, severity: 'warn', reason: `${firstOnly}${describe(parents, 'a parent', 'parents')}` };
  }
  return null;
}

function describe(list: IndexedPerson[], one: string, many: string): string {
  if (list.length === 1) {
    const p = list[0]!;
    return `${p.display}${p.yearGroup ? ` (${p.yearGroup})` : ''}, ${one}`;
  }
  const shown = list.slice(0, 3).map((p) => `${p.display}${p.yearGroup ? ` (${p.yearGroup})` : ''}`);
  return `${list.length} ${many} (${shown.join(', ')}${list.length > 3 ? ', …' : ''})`;
}
