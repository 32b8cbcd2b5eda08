// Offensive single words: swearing (`profanity`), slurs (`hate`) and sexual words (`sexual`),
// however they are disguised: leet (sh1t, $h!t), masked (f*ck, f***'s), stretched (fuuuck),
// spaced (f u c k) or split by hidden characters (removed by normalise). Whole words only, so
// Scunthorpe, Penistone and cocktail pass; spotted dick, faggots and peas, blue tits and pussy
// willow pass by context; mild words (bloody, damn) only matter in the school's own posts.
import type { Detector, FindingDraft } from '../engine.ts';
import type { NormalisedText } from '../normalise.ts';
import type { CheckInput } from '../types.ts';
import { OFFENSIVE_WORD_BIT, registerOffensiveWords, triggersIn } from './triggers.ts';
import { CLASS_CATEGORY, COMPOUND_ROOTS, COMPOUND_WHITELIST, LEET, WORDS, type WordEntry } from './lexicon.ts';

// A letter next to a digit or one of the symbols people use to disguise letters.
const CHUNK_CHARS = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789$@!*#|+') CHUNK_CHARS[c.charCodeAt(0)] = 1;
const isChunkChar = (code: number) => (code < 128 ? CHUNK_CHARS[code] === 1 : code === 0x20ac);
const UNITS = /^(?:\d+[a-z]{1,3}|[a-z]{1,2}\d+)$/;
const ANY_ROOT = new RegExp(COMPOUND_ROOTS.join('|'));
const NO_ROOTS: readonly string[] = [];
const EDGE_START = new Set(['#', '@', '!', '|', '+']);
const EDGE_END = new Set(['!', '|', '+', '#', '@', '$']);
// Three or more single letters separated by one space, dot, dash or underscore: "f u c k".
const SPACED = /(?<![a-z0-9])[a-z](?:[ ._-][a-z]){2,}(?![a-z0-9])/g;
const MASKS = /[*#]/;

registerOffensiveWords(WORDS.keys());

// Forms by their stretched-out shape ("fuuuck" → "fuck"), and by length for masked words.
const COLLAPSED = new Map<string, string>();
const BY_LENGTH = new Map<number, string[]>();
for (const form of WORDS.keys()) {
  COLLAPSED.set(collapse(form), form);
  const list = BY_LENGTH.get(form.length);
  if (list) list.push(form);
  else BY_LENGTH.set(form.length, [form]);
}

const DISH_NEAR = /\b(?:mash|peas|gravy|onion|lunch|dinner|dinners|tea|menu|recipe|recipes|cook|cooking|chips|butcher|eat|ate|had|pudding|meal|pie|sausages?|homemade|brown sauce|at school)\b/;
const BIRDS_BEFORE = /\b(?:blue|great|coal|marsh|willow|crested|long-tailed|bearded|penduline)\s*$/;

export const profanityDetector: Detector = {
  name: 'offensive-words',
  detect: findOffensiveWords,
};

export function findOffensiveWords(text: NormalisedText, input: CheckInput): FindingDraft[] {
  const folded = text.folded;
  const drafts: FindingDraft[] = [];
  const flags = scan(folded);
  // Plain words: one map look-up each (found by the shared word pass); stretched words and
  // compounds only when the text has any.
  const stretched = (flags & TRIPLE) !== 0;
  const roots = ANY_ROOT.test(folded) ? COMPOUND_ROOTS.filter((r) => folded.includes(r)) : NO_ROOTS;
  const plain = (triggersIn(text) & OFFENSIVE_WORD_BIT) !== 0;
  if (plain || roots.length > 0) {
    for (const t of text.tokens) {
      const key = t.key;
      let form: string | null = WORDS.has(key) ? key : null;
      if (!form && stretched && hasTriple(key)) form = COLLAPSED.get(collapse(key)) ?? null;
      if (!form && roots.length > 0 && key.length > 4 && !COMPOUND_WHITELIST.has(key)) form = rootIn(key, roots);
      if (form) add(drafts, text, input, form, t.start, t.coreEnd, form !== key && !WORDS.has(key));
    }
  } else if (stretched) {
    // No word of the lexicon as written (`plain` says so) and no roots: only stretched words.
    for (const t of text.tokens) {
      const form = hasTriple(t.key) ? COLLAPSED.get(collapse(t.key)) : undefined;
      if (form) add(drafts, text, input, form, t.start, t.coreEnd, true);
    }
  }
  // Words with digits or symbols in them (sh1t, $h!t, f*ck), around each place the scan found.
  let done = 0;
  for (let k = 0; k < mixedCount; k++) {
    let start = mixedAt[k]!;
    if (start < done) continue;
    let end = start + 2;
    while (start > 0 && isChunkChar(folded.charCodeAt(start - 1))) start -= 1;
    while (end < folded.length && isChunkChar(folded.charCodeAt(end))) end += 1;
    done = end;
    // Sigils and exclamation marks around a word are punctuation, not disguise.
    while (start < end && EDGE_START.has(folded[start]!)) start += 1;
    while (end > start && EDGE_END.has(folded[end - 1]!)) end -= 1;
    if (end - start < 3) continue;
    const chunk = folded.slice(start, end);
    // Times, ordinals, measures and year groups: 10am, 2nd, 5k, y6.
    if (!/[^a-z]/.test(chunk) || UNITS.test(chunk)) continue;
    const form = resolve(chunk);
    if (form) add(drafts, text, input, form, start, end, true);
  }
  if ((flags & SPACED_OUT) !== 0) {
    SPACED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPACED.exec(folded)) !== null) {
      const joined = m[0].replace(/[ ._-]/g, '');
      if (WORDS.has(joined)) add(drafts, text, input, joined, m.index, m.index + m[0].length, true);
    }
  }
  return drafts;
}

const TRIPLE = 1;
const SPACED_OUT = 2;
// Where a letter touches a digit or symbol, filled by scan(); reused, so a check allocates nothing.
const mixedAt = new Int32Array(4096);
let mixedCount = 0;

// Character classes for the scan: 1 letter, 2 digit or disguising symbol, 3 separator, 0 other.
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (const c of '0123456789$@!*#|+') CLASS[c.charCodeAt(0)] = 2;
for (const c of ' ._-') CLASS[c.charCodeAt(0)] = 3;
const classOf = (code: number) => (code < 128 ? CLASS[code]! : code === 0x20ac ? 2 : 0);

/**
 * One pass over the text: are there three of a letter in a row (fuuuck), single letters spaced
 * out (f u c k), and where does a letter touch a digit or symbol (sh1t)?
 */
function scan(s: string): number {
  let flags = 0;
  mixedCount = 0;
  let prevClass = 0;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 1) {
      // After a letter: three of it in a row? After a digit or symbol: a mixed word. Else a word
      // starts: a lone letter, a separator, a lone letter, a separator, a lone letter?
      if (prevClass === 1) {
        if (code === prev && code === prev2) flags |= TRIPLE;
      } else if (prevClass === 2) {
        if (mixedCount < mixedAt.length) mixedAt[mixedCount++] = i - 1;
      } else if ((flags & SPACED_OUT) === 0 && isSpacedFrom(s, i)) flags |= SPACED_OUT;
    } else if (cls === 2 && prevClass === 1 && mixedCount < mixedAt.length) {
      mixedAt[mixedCount++] = i - 1;
    }
    prevClass = cls;
    prev2 = prev;
    prev = code;
  }
  return flags;
}

function isSpacedFrom(s: string, i: number): boolean {
  return (
    i + 4 < s.length &&
    classOf(s.charCodeAt(i + 1)) === 3 &&
    classOf(s.charCodeAt(i + 2)) === 1 &&
    classOf(s.charCodeAt(i + 3)) === 3 &&
    classOf(s.charCodeAt(i + 4)) === 1 &&
    (i + 5 >= s.length || classOf(s.charCodeAt(i + 5)) === 0 || classOf(s.charCodeAt(i + 5)) === 3)
  );
}

/** The lexicon form a typed word stands for, or null. */
function resolve(chunk: string): string | null {
  let word = chunk;
  if (/[^a-z]/.test(word)) {
    if (MASKS.test(word)) return unmask(word);
    if (!/[a-z].*[a-z]/.test(word) || (/^\d/.test(word) && /\d$/.test(word))) return null;
    const letters = unleet(word);
    if (letters === null) return null;
    word = letters;
  }
  if (WORDS.has(word)) return word;
  if (hasTriple(word)) {
    const stretched = COLLAPSED.get(collapse(word));
    if (stretched) return stretched;
  }
  if (word.length > 4 && !COMPOUND_WHITELIST.has(word)) {
    for (const root of COMPOUND_ROOTS) if (word.includes(root)) return root;
  }
  return null;
}

/** The word with leet undone ("sh1t" → "shit"), or null when a character is still not a letter. */
function unleet(chunk: string): string | null {
  let out = '';
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (code >= 97 && code <= 122) out += chunk[i];
    else {
      // LEET maps code units to letters; '€' is one unit. Astral characters are never letters here.
      const letter = LEET[chunk[i]!];
      if (letter === undefined) return null;
      out += letter;
    }
  }
  return out;
}

function rootIn(key: string, roots: readonly string[]): string | null {
  for (const r of roots) if (key.includes(r)) return r;
  return null;
}

/** "f*ck", "f***", "sh*tshow", "p*kis": a form of the same length with the masked letters free. */
function unmask(masked: string): string | null {
  const word = Array.from(masked, (c) => (c === '*' || c === '#' ? '*' : (LEET[c] ?? c)));
  const letters = word.filter((c) => c !== '*').length;
  if (letters < 1 || word[0] === '*' || word.length < 3 || (letters === 1 && word.length < 4)) return null;
  const candidates = BY_LENGTH.get(word.length) ?? [];
  let best: string | null = null;
  for (const form of candidates) {
    let ok = true;
    for (let i = 0; i < form.length && ok; i++) if (word[i] !== '*' && word[i] !== form[i]) ok = false;
    // Prefer strong words and slurs over mild ones: "f***" is fuck, not feck.
    if (ok && (!best || rank(WORDS.get(form)!) > rank(WORDS.get(best)!))) best = form;
  }
  return best;
}

function rank(e: WordEntry): number {
  return e.cls === 'strong' ? 3 : e.cls === 'slur' ? 2 : e.cls === 'sexual' ? 1 : 0;
}

function add(drafts: FindingDraft[], text: NormalisedText, input: CheckInput, form: string, start: number, end: number, disguised: boolean): void {
  const entry = WORDS.get(form)!;
  if (entry.cls === 'mild' && input.kind !== 'post') return;
  if (entry.contextual && innocentHere(entry, text, start, end)) return;
  const category = CLASS_CATEGORY[entry.cls];
  drafts.push({
    category,
    rule: entry.cls === 'mild' ? 'professional-account-content' : 'no-offensive-content',
    start,
    end,
    confidence: entry.cls === 'mild' ? 0.6 : disguised ? 0.85 : 0.95,
    reason: reasonFor(entry, disguised),
  });
}

function innocentHere(entry: WordEntry, text: NormalisedText, start: number, end: number): boolean {
  const before = text.folded.slice(Math.max(0, start - 24), start);
  const after = text.folded.slice(end, end + 40);
  switch (entry.contextual) {
    case 'dish':
      return DISH_NEAR.test(before) || DISH_NEAR.test(after);
    case 'bird':
      return BIRDS_BEFORE.test(before);
    case 'idiom':
      // "couldn't organise a piss-up in a brewery": a piss-up is a party.
      return /^-?\s?up\b/.test(after);
    case 'plant':
      return /^\s*(?:willow|cat|cats)\b/.test(after);
    case 'name':
      // Dick Whittington, Moby Dick, spotted dick: a capital letter or a pudding.
      return text.cased[start] === 'D' || /\b(?:spotted|moby)\s*$/.test(before);
    default:
      return false;
  }
}

function reasonFor(entry: WordEntry, disguised: boolean): string {
  const how = disguised ? ' (disguised)' : '';
  switch (entry.cls) {
    case 'strong':
      return `This contains swearing${how}`;
    case 'mild':
      return 'Mild swearing such as this is not how the school speaks on its own accounts';
    case 'slur':
      return `This contains a slur${how}: hateful language about a group of people`;
    case 'sexual':
      return `This contains sexual language${how}`;
  }
}

/** Three of the same letter in a row ("fuuuck"), without a backreference. */
function hasTriple(s: string): boolean {
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === s.charCodeAt(i - 1) && c === s.charCodeAt(i - 2)) return true;
  }
  return false;
}

function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}
