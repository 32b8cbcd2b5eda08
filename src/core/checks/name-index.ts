// The roster's names as a token trie, so that finding every name in a text costs one walk per
// word: full names (legal and preferred), pupils' first names alone, first name plus initial
// ("Amelia S."), surnames after a title ("Mrs Patel", staff, parents and governors) and names run
// together in hashtags and mentions (#AmeliaSmith). Keys are folded: any case, no accents, no
// apostrophes (Zoë = Zoe, O'Neill = ONeill), hyphenated names as separate words.
import { NICKNAMES } from './name-nicknames.ts';
import { TITLES } from './name-words.ts';
import { normalise } from './normalise.ts';
import type { RosterPerson } from './types.ts';

export type NameForm = 'full' | 'first' | 'adult-first' | 'first-initial' | 'title-surname' | 'title-first' | 'surname' | 'joined' | 'initials' | 'initial-surname';

export interface IndexedPerson {
  role: RosterPerson['role'];
  /** As the school would say it: preferred names where there are some. */
  display: string;
  /** "Year 6", or null. */
  yearGroup: string | null;
}

export interface NameEntry {
  person: number;
  form: NameForm;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: NameEntry[] | null;
  /** `entries` by form, each form in the order it first appears: a form is judged once per match. */
  groups: FormGroup[] | null;
}

export interface FormGroup {
  form: NameForm;
  entries: NameEntry[];
}

export interface NameIndex {
  people: IndexedPerson[];
  /** Full names, first names, first name plus initial. */
  names: Map<string, TrieNode>;
  /** Surnames of adults, looked up after a title (or alone, with context). */
  surnames: Map<string, TrieNode>;
  /** Every first name on the roster: such a word alone is not taken for someone's surname. */
  firstNames: Set<string>;
  /** Pupils by their two initials ("jm"), for "J.M. in Kingfisher Class", and by initial and surname ("m hutchinson"). */
  initials: Map<string, NameEntry[]>;
  /** Whole names with the spaces taken out, for hashtags and mentions. */
  joined: Map<string, NameEntry[]>;
  /** Every word a match can start with (first words of names, joined names, titles): most words are none. */
  starts: Set<string>;
}

export function buildNameIndex(people: readonly RosterPerson[]): NameIndex {
  const index: NameIndex = { people: [], names: new Map(), surnames: new Map(), joined: new Map(), starts: new Set(TITLES), firstNames: new Set(), initials: new Map() };
  const keysCache = new Map<string, string[]>();
  const keysOf = (name: string | null | undefined): string[] => {
    if (!name) return [];
    let keys = keysCache.get(name);
    if (!keys) {
      keys = normalise(name).tokens.map((t) => t.key).filter((k) => k.length > 0);
      keysCache.set(name, keys);
    }
    return keys;
  };

  for (const p of people) {
    const firsts = unique([keysOf(p.firstName), keysOf(p.preferredFirstName)]);
    const lasts = unique([keysOf(p.lastName), keysOf(p.preferredLastName)]);
    if (firsts.length === 0 && lasts.length === 0) continue;
    const id = index.people.length;
    index.people.push({
      role: p.role,
      display: [p.preferredFirstName || p.firstName, p.preferredLastName || p.lastName].filter(Boolean).join(' ').trim(),
      yearGroup: yearLabel(p.yearGroup),
    });
    for (const first of firsts) {
      if (first.length === 1) index.firstNames.add(first[0]!);
      for (const last of lasts) {
        insert(index.names, [...first, ...last], { person: id, form: 'full' });
        addJoined(index.joined, [...first, ...last].join(''), { person: id, form: 'full' });
        const initial = last[0]?.[0];
        if (initial && /\p{L}/u.test(initial)) insert(index.names, [...first, initial], { person: id, form: 'first-initial' });
      }
      const initial = lasts[0]?.[0]?.[0];
      if (p.role === 'pupil' && first.length === 1 && initial && /^[a-z]$/.test(initial) && /^[a-z]/.test(first[0]!)) {
        addJoined(index.initials, first[0]![0] + initial, { person: id, form: 'initials' });
        // "M. Hutchinson" on a coat label: a pupil's initial and surname.
        for (const last of lasts) addJoined(index.initials, `${first[0]![0]} ${last.join(' ')}`, { person: id, form: 'initial-surname' });
      }
      // A pupil's first name alone identifies them to anyone who knows the school. An adult's
      // counts only when someone is addressed by it ("thanks Kerry"); a governor's is published.
      if (p.role === 'pupil') insert(index.names, first, { person: id, form: 'first' });
      else if (p.role !== 'governor') insert(index.names, first, { person: id, form: 'adult-first' });
    }
    // "Ollie Smith" for Oliver Smith: short forms count with the surname only.
    for (const first of firsts) {
      const short = first.length === 1 ? NICKNAMES.get(first[0]!) : undefined;
      if (!short) continue;
      for (const nick of short) {
        if (firsts.some((f) => f.length === 1 && f[0] === nick)) continue;
        for (const last of lasts) {
          insert(index.names, [nick, ...last], { person: id, form: 'full' });
          addJoined(index.joined, [nick, ...last].join(''), { person: id, form: 'full' });
        }
      }
    }
    if (p.role !== 'pupil') for (const last of lasts) insert(index.surnames, last, { person: id, form: 'title-surname' });
  }
  groupByForm(index.names);
  for (const key of index.names.keys()) index.starts.add(key);
  for (const key of index.joined.keys()) index.starts.add(key);
  for (const key of index.surnames.keys()) index.starts.add(key);
  return index;
}

function insert(root: Map<string, TrieNode>, keys: readonly string[], entry: NameEntry): void {
  if (keys.length === 0) return;
  let level = root;
  let node: TrieNode | undefined;
  for (let i = 0; i < keys.length; i++) {
    node = level.get(keys[i]!);
    if (!node) {
      node = { next: null, entries: null, groups: null };
      level.set(keys[i]!, node);
    }
    if (i < keys.length - 1) level = node.next ??= new Map();
  }
  const entries = (node!.entries ??= []);
  if (!hasEntry(entries, entry)) entries.push(entry);
}

function groupByForm(level: Map<string, TrieNode>): void {
  for (const node of level.values()) {
    if (node.entries) {
      const groups: FormGroup[] = [];
      for (const e of node.entries) {
        const g = groups.find((x) => x.form === e.form);
        if (g) g.entries.push(e);
        else groups.push({ form: e.form, entries: [e] });
      }
      node.groups = groups;
    }
    if (node.next) groupByForm(node.next);
  }
}

function addJoined(joined: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  const list = joined.get(key);
  if (!list) joined.set(key, [entry]);
  else if (!hasEntry(list, entry, false)) list.push(entry);
}

// A person's entries are added one after another, so a duplicate can only be among the last ones:
// looking back over them keeps building linear when thousands share a first name.
function hasEntry(entries: NameEntry[], entry: NameEntry, sameForm = true): boolean {
  for (let k = entries.length - 1; k >= 0 && entries[k]!.person === entry.person; k--) {
    if (!sameForm || entries[k]!.form === entry.form) return true;
  }
  return false;
}

function unique(lists: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const l of lists) {
    const k = l.join(' ');
    if (l.length && !seen.has(k)) {
      seen.add(k);
      out.push(l);
    }
  }
  return out;
}

function yearLabel(yearGroup: string | null | undefined): string | null {
  const y = yearGroup?.trim();
  if (!y) return null;
  return /^\d{1,2}$/.test(y) ? `Year ${y}` : y;
}
