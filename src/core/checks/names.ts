// Names from the school's roster in a text: one trie walk per word, longest name first.
// A pupil is reported before anyone else who shares the name (the most protective reading);
// governors' names are published and are not findings on their own.
import type { CheckContext, Detector, FindingDraft } from './engine.ts';
import { ambiguousNameHasContext, hasParentWordNear } from './name-context.ts';
import { confirmListedNames } from './name-lists.ts';
import type { FormGroup, IndexedPerson, NameEntry, NameForm, TrieNode } from './name-index.ts';
import { adultNamedByFirstName, adultsByInitial, isAddressedByName, surnameStandsAlone, worksInTheOffice } from './name-adults.ts';
import { playsAPart } from './name-parts.ts';
import { namesInHandle, pupilInitialAndSurnameAt, pupilInitialsAt } from './name-handles.ts';
import { AMBIGUOUS_FIRST_NAMES, PARENT_WORDS, STAFF_ROLE_WORDS, TITLES } from './name-words.ts';
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
  /** Part of a word, for a name inside a hashtag ("#WellDoneTobi"); otherwise the tokens' span. */
  span?: { start: number; end: number };
  /** An adult's first name with no cue: a name only when listed beside a sure one ("Ravi and Chloe W"). */
  weak?: boolean;
}

export const nameDetector: Detector = {
  name: 'names',
  detect: findNames,
};

const CONFIDENCE: Record<NameForm, number> = {
  full: 0.97,
  joined: 0.93,
  'title-surname': 0.9,
  'title-first': 0.85,
  'first-initial': 0.9,
  first: 0.8,
  'adult-first': 0.6,
  surname: 0.7,
  initials: 0.6,
  'initial-surname': 0.85,
};

export function findNames(text: NormalisedText, input: CheckInput, ctx: CheckContext): FindingDraft[] {
  const tokens = text.tokens;
  const index = ctx.index.names;
  if (index.people.length === 0 || tokens.length === 0) return [];
  const matches: NameMatch[] = [];
  let i = 0;
  const starts = index.starts;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!starts.has(t.key)) {
      // Rare shapes first checked cheaply: a run-together hashtag, or initials.
      if (t.sigil && isCamelCase(text.cased, t)) {
        for (const h of namesInHandle(text, t, index)) matches.push({ first: i, last: i, entries: h.entries, form: h.form, pending: false, span: h });
      } else if (t.key.length <= 2) {
        const m = pupilInitialsAt(text, tokens, i, index);
        if (m) {
          matches.push({ first: i, last: m.last, entries: m.entries, form: 'initials', pending: false, span: { start: t.start, end: m.end } });
          i = m.last + 1;
          continue;
        }
        const s = t.key.length === 1 && t.capitalised ? pupilInitialAndSurnameAt(text, tokens, i, index) : null;
        if (s) {
          matches.push({ first: i, last: s.last, entries: s.entries, form: 'initial-surname', pending: false });
          i = s.last + 1;
          continue;
        }
      }
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
    // "Mrs A. Lewis": an initial between the title and the surname.
    const initial = tokens[i + 1]!;
    const isInitial = initial.key.length === 1 && initial.capitalised;
    const skip = isInitial && i + 2 < tokens.length && /^\.?\s$/.test(text.folded.slice(initial.end, tokens[i + 2]!.start)) ? 1 : 0;
    const found = walk(text, tokens, i + 1 + skip, surnames);
    const best = found.at(-1);
    if (best) return { first: i, last: best.last, entries: best.entries, form: 'title-surname', pending: false };
    // "Miss Holly", "Mr Dan": staff known by title and first name. Never a pupil ("Goodnight Mister Tom").
    const firstName = tokens[i + 1]!;
    const node = firstName.capitalised ? names.get(firstName.key) : undefined;
    if (node?.groups && !(node.next && i + 2 < tokens.length && node.next.has(tokens[i + 2]!.key))) {
      const adults = node.groups.find((g) => g.form === 'adult-first')?.entries ?? [];
      return { first: i, last: i + 1, entries: adults, form: 'title-first', pending: false };
    }
    // "Mr K (as the children call him)", "Mr G is…": a title and a surname's initial, when an adult's surname has it.
    const after = tokens[i + 2];
    const anotherSurname = !!after && after.capitalised && !after.sentenceStart && /^\.\s$/.test(text.folded.slice(initial.end, after.start));
    if (isInitial && !anotherSurname && t.capitalised && /^\s$/.test(text.folded.slice(t.end, initial.start))) {
      const adults = adultsByInitial(surnames, initial.key);
      if (adults.length) return { first: i, last: i + 1, entries: adults, form: 'title-surname', pending: false };
    }
  }
  // Most words are no one's name: one map look-up each, nothing allocated.
  if (names.has(t.key)) {
    for (const c of walk(text, tokens, i, names).reverse()) {
      const m = validate(text, tokens, i, c.last, c.groups, names);
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
  const next = tokens[i + 1];
  if (t.capitalised && !t.allCaps && !t.sentenceStart && !AMBIGUOUS_FIRST_NAMES.has(t.key) && !(next && next.capitalised && !next.sentenceStart)) {
    const adults = names.get(t.key)?.groups?.find((g) => g.form === 'adult-first');
    if (adults) return { first: i, last: i, entries: adults.entries, form: 'adult-first', pending: true, weak: true };
  }
  return null;
}

/** Every name in the trie that starts at token i, shortest first. */
function walk(text: NormalisedText, tokens: readonly Token[], i: number, root: Map<string, TrieNode>): Array<{ last: number; entries: NameEntry[]; groups: FormGroup[] }> {
  const found: Array<{ last: number; entries: NameEntry[]; groups: FormGroup[] }> = [];
  let level: Map<string, TrieNode> | null = root;
  const inHandle = tokens[i]!.sigil !== null;
  for (let j = i; j < tokens.length && level; j++) {
    const node = level.get(tokens[j]!.key);
    if (!node) break;
    if (node.entries) found.push({ last: j, entries: node.entries, groups: node.groups ?? [] });
    if (!node.next || tokens[j]!.possessive || j + 1 >= tokens.length || !joinable(text, tokens, j, false, inHandle)) break;
    level = node.next;
  }
  return found;
}

/** Whether token j and the next one can be parts of one name. */
function joinable(text: NormalisedText, tokens: readonly Token[], j: number, afterTitle: boolean, inHandle = false): boolean {
  const from = tokens[j]!.end;
  const length = tokens[j + 1]!.start - from;
  if (length === 0 || length > 3) return false;
  // The usual gap, one space, without slicing the text.
  if (length === 1 && text.folded.charCodeAt(from) === 32) return true;
  const gap = text.folded.slice(from, from + length);
  if (/^\s+$/.test(gap) || /^\s?-\s?$/.test(gap) || gap === '_') return true;
  if (afterTitle && /^\.\s?$/.test(gap)) return true;
  return inHandle && gap === '.';
}

function validate(text: NormalisedText, tokens: readonly Token[], first: number, last: number, groups: readonly FormGroup[], names: Map<string, TrieNode>): NameMatch | null {
  // The tests depend on the form, not the person: each form is judged once, however many share the name.
  let form: NameForm | null = null;
  let pending = false;
  let entries: NameEntry[] | null = null;
  let merged = false;
  for (const g of groups) {
    if (!formFits(text, tokens, first, last, g.form, names)) continue;
    // "Ivy-Rose", "Grace-Ellen": a first name of two words is a name, whatever its parts are.
    if (g.form === 'first' && last === first) {
      const t = tokens[first]!;
      if (AMBIGUOUS_FIRST_NAMES.has(t.key) || (t.allCaps && t.key.length <= 3)) pending = !ambiguousNameHasContext(text.folded, tokens, first, last);
    }
    if (!entries) {
      form = g.form;
      entries = g.entries;
    } else {
      if (!merged) entries = entries.slice();
      merged = true;
      for (const e of g.entries) entries.push(e);
    }
  }
  if (!form || !entries) return null;
  return { first, last, entries, form, pending };
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
    // The nativity's Mary, a pet, a part in a play: not the parent of that name either.
    if (!adultNamedByFirstName(text, tokens, first, last) || playsAPart(text, tokens, first, last, names, true)) return false;
    const next = tokens[last + 1];
    return !(next && isSomeoneElsesSurname(text, tokens, last, names));
  }
  if (form === 'first') {
    if (t.key.length <= 2 && !t.capitalised) return false;
    // "Jacob's ladder", "Mary and Joseph", "came as Matilda", "St Joseph's": a phrase, a part or a saint, not a pupil.
    if (playsAPart(text, tokens, first, last, names)) return false;
    const next = tokens[last + 1];
    if (worksInTheOffice(tokens, last)) return false;
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
  if (names.get(t.key)?.next?.has(next.key)) return false;
  // "Congrats Penny Max Oscar and Riley": a list of pupils' first names without commas.
  return !names.get(next.key)?.groups?.some((g) => g.form === 'first');
}

function isCamelCase(cased: string, t: Token): boolean {
  const s = cased.slice(t.start + 1, t.coreEnd);
  return s !== s.toLowerCase() && s !== s.toUpperCase();
}

function toDraft(m: NameMatch, text: NormalisedText, people: readonly IndexedPerson[], input: CheckInput, ctx: CheckContext): FindingDraft | null {
  const tokens = text.tokens;
  const { pupils, staff, parents, governors } = byRole(m.entries, people);
  const start = m.span?.start ?? tokens[m.first]!.start;
  const end = m.span?.end ?? tokens[m.last]!.coreEnd;
  const lowerCase = !tokens[m.first]!.capitalised && !tokens[m.last]!.capitalised;
  let confidence = CONFIDENCE[m.form] - (lowerCase ? 0.15 : 0);
  if (m.form === 'first' && AMBIGUOUS_FIRST_NAMES.has(tokens[m.first]!.key)) confidence = 0.75;
  // "TA Callum", "her mum Kerry": a role just before a first name says which of those who share it is meant.
  const before = m.form === 'first' || m.form === 'adult-first' ? tokens[m.first - 1] : undefined;
  const adultMeant = before !== undefined && ((STAFF_ROLE_WORDS.has(before.key) && staff.length > 0) || (PARENT_WORDS.has(before.key) && parents.length > 0));
  if (pupils.length > 0 && !adultMeant) {
    const rule = input.withImage ? preferActive(['no-name-with-image', 'pupil-not-identified'], ctx.rules) : 'pupil-not-identified';
    const who = describe(pupils, 'a pupil', 'pupils');
    const reason =
      m.form === 'first'
        ? `"${text.cased.slice(start, end)}" is the first name of ${who}`
        : `This names ${who}`;
    return { category: 'pupil-name', rule, start, end, confidence, reason: reason + also([[staff, 'a member of staff'], [parents, 'a parent']]) };
  }
  const firstOnly = m.form === 'adult-first' || m.form === 'first' ? `"${text.cased.slice(start, end)}" is the first name of ` : 'This names ';
  if (staff.length > 0 && !(before && PARENT_WORDS.has(before.key) && parents.length > 0)) {
    return { category: 'staff-name', rule: 'no-personal-data', start, end, confidence, severity: 'warn', reason: `${firstOnly}${describe(staff, 'a member of staff', 'members of staff')}${also([[parents, 'a parent']])}` };
  }
  if (parents.length > 0) {
    // A governor's name is published; the same name as a parent's counts only when the text speaks of a parent.
    if (governors.length > 0 && !hasParentWordNear(tokens, m.first, m.last)) return null;
    return { category: 'parent-name', rule: 'no-personal-data', start, end, confidence, severity: 'warn', reason: `${firstOnly}${describe(parents, 'a parent', 'parents')}` };
  }
  return null;
}

/** The people a match names, each once, in roster order, by role. */
function byRole(entries: readonly NameEntry[], people: readonly IndexedPerson[]) {
  const ids = entries.length === 1 ? [entries[0]!.person] : [...new Set(entries.map((e) => e.person))].sort((a, b) => a - b);
  const out = { pupils: [] as IndexedPerson[], staff: [] as IndexedPerson[], parents: [] as IndexedPerson[], governors: [] as IndexedPerson[] };
  for (const id of ids) {
    const p = people[id]!;
    if (p.role === 'pupil') out.pupils.push(p);
    else if (p.role === 'staff') out.staff.push(p);
    else if (p.role === 'parent') out.parents.push(p);
    else out.governors.push(p);
  }
  return out;
}

function also(roles: Array<[IndexedPerson[], string]>): string {
  const names = roles.filter(([list]) => list.length > 0).map(([, label]) => label);
  return names.length ? `; the name also matches ${names.join(' and ')}` : '';
}

function describe(list: IndexedPerson[], one: string, many: string): string {
  if (list.length === 1) {
    const p = list[0]!;
    return `${p.display}${p.yearGroup ? ` (${p.yearGroup})` : ''}, ${one}`;
  }
  const shown = list.slice(0, 3).map((p) => `${p.display}${p.yearGroup ? ` (${p.yearGroup})` : ''}`);
  return `${list.length} ${many} (${shown.join(', ')}${list.length > 3 ? ', …' : ''})`;
}
