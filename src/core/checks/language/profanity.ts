// Offensive single words: swearing (`profanity`), slurs (`hate`) and sexual words (`sexual`),
// however they are disguised: leet (sh1t, $h!t), masked (f*ck, f***'s), stretched (fuuuck),
// spaced (f u c k) or split by hidden characters (removed by normalise). Whole words only, so
// Scunthorpe, Penistone and cocktail pass; spotted dick, faggots and peas, blue tits and pussy
// willow pass by context; mild words (bloody, damn) only matter in the school's own posts.
import type { Detector, FindingDraft } from '../engine.ts';
import type { NormalisedText } from '../normalise.ts';
import type { CheckInput } from '../types.ts';
import { CLASS_CATEGORY, COMPOUND_ROOTS, COMPOUND_WHITELIST, LEET, WORDS, type WordEntry } from './lexicon.ts';
import { BY_LENGTH, collapse, COLLAPSED, hasTriple, mixedAt, mixedCount, scan, SPACED_OUT, TRIPLE, WORD_TO_REPORT } from './offensive-scan.ts';

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

const DISH_NEAR = /\b(?:mash|peas|gravy|onion|lunch|dinner|dinners|tea|menu|recipe|recipes|cook|cooking|chips|butcher|eat|ate|had|pudding|meal|pie|sausages?|homemade|brown sauce|at school)\b/;
const BIRDS_BEFORE = /\b(?:blue|great|coal|marsh|willow|crested|long-tailed|bearded|penduline)\s*$/;

export const profanityDetector: Detector = {
  name: 'offensive-words',
  detect: (text, input) => offensiveWordsIn(text, input),
};

/** The offensive words of a text for one kind of input, kept with the text. */
export interface OffensiveWords {
  kind: CheckInput['kind'];
  drafts: FindingDraft[];
}

/** The offensive words in a text, found once for the detectors that read them (insults.ts too). */
export function offensiveWordsIn(text: NormalisedText, input: CheckInput): FindingDraft[] {
  const known = text.offensiveWords;
  if (known !== undefined && known.kind === input.kind) return known.drafts;
  const drafts = findOffensiveWords(text, input);
  text.offensiveWords = { kind: input.kind, drafts };
  return drafts;
}

export function findOffensiveWords(text: NormalisedText, input: CheckInput): FindingDraft[] {
  const folded = text.folded;
  const drafts: FindingDraft[] = [];
  const flags = scan(folded);
  // Plain and stretched words, and compounds only when the text has any of their roots. The
  // words are gone through one by one (tokens built) only when the scan found one to report.
  const stretched = (flags & TRIPLE) !== 0;
  const roots = ANY_ROOT.test(folded) ? COMPOUND_ROOTS.filter((r) => folded.includes(r)) : NO_ROOTS;
  if (roots.length > 0 || (flags & WORD_TO_REPORT) !== 0) {
    for (const t of text.tokens) {
      const key = t.key;
      let form: string | null = WORDS.has(key) ? key : null;
      if (!form && stretched && hasTriple(key)) form = COLLAPSED.get(collapse(key)) ?? null;
      if (!form && roots.length > 0 && key.length > 4 && !COMPOUND_WHITELIST.has(key)) form = rootIn(key, roots);
      if (form) add(drafts, text, input, form, t.start, t.coreEnd, form !== key && !WORDS.has(key));
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
      // "a f u c k i n g nightmare": the article before is a word of its own.
      else if ((joined[0] === 'a' || joined[0] === 'i') && WORDS.has(joined.slice(1))) add(drafts, text, input, joined.slice(1), m.index + 2, m.index + m[0].length, true);
    }
  }
  return drafts;
}

/** The lexicon form a reported word stands for ("c*nt" → "cunt", "f u c k" → "fuck"), or null. */
export function offensiveForm(typed: string): string | null {
  return resolve(/^[a-z](?:[ ._-][a-z])+$/.test(typed) ? typed.replace(/[ ._-]/g, '') : typed);
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

const PIN_BEFORE = /\b(?:finger|fingers|heel|thumb|pin|needle|blood|a\s+(?:small|tiny|sharp|quick|little))[\s-]*$/;
const PIN_AFTER = /^[\s-]*(?:up\b|test|tests|testing|check|sample|holes?\b|the\s+(?:sausages?|potato(?:es)?|skins?|film|pastry|base|balloon)\b|(?:it|them)\s+(?:all\s+)?(?:over|with)\b|with\s+a\s+(?:fork|pin|needle|cocktail\s+stick)\b)/;

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
    case 'pin':
      // What a needle does: "a finger prick test", "prick up their ears", "prick the sausages with a fork".
      return PIN_BEFORE.test(before) || PIN_AFTER.test(after);
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
