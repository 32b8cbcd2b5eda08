// A pupil's first name that is not the pupil: a set phrase ("Jacob's ladder", "Jack and the
// Beanstalk"), a part in a play or a costume ("Mary and Joseph", "came as Matilda", "Joseph –
// Jude Okafor"), a saint, a royal or a baby ("St Joseph's", "Prince Harry", "baby Zara"), a
// show's title in quotes ('Oliver!'), or a lower-case word ("a ginger tom").
import type { TrieNode } from './name-index.ts';
import { LOWER_CASE_WORDS, NOT_A_PUPIL_BEFORE, PAIRED_BEFORE, PLAYED_AS, SET_PHRASES, TITLES_AFTER } from './name-words.ts';
import type { NormalisedText } from './normalise.ts';
import type { Token } from './tokens.ts';

const OWN = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
const SHOW_WORDS = new Set(['production', 'musical', 'show', 'panto', 'pantomime', 'play', 'film', 'book', 'performing', 'perform', 'watching', 'watched', 'reading', 'read', 'titled', 'called']);
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);

const PETS = new Set([
  'dog', 'puppy', 'cat', 'kitten', 'hamster', 'rabbit', 'bunny', 'pony', 'horse', 'tortoise', 'budgie', 'parrot', 'goldfish',
  // Not donkey or lamb: in a nativity those are children ("a very enthusiastic donkey – Stefan").
  'hen', 'chicken', 'duck', 'goat', 'gerbil', 'guinea', 'snake', 'lizard', 'gecko', 'ferret',
]);

/** `adult`: the name is an adult's, so "dinner lady Sandra" is a role, not a title. */
export function playsAPart(text: NormalisedText, tokens: readonly Token[], first: number, last: number, names: ReadonlyMap<string, TrieNode>, adult = false): boolean {
  const t = tokens[first]!;
  const key = t.key;
  const next = tokens[last + 1];
  if (!t.capitalised && LOWER_CASE_WORDS.has(key)) return true;
  if (next && SET_PHRASES.get(key)?.has(next.key)) return true;
  const titles = TITLES_AFTER.get(key);
  if (titles && titles.some((words) => followedBy(tokens, last, words))) return true;
  const b1 = t.sentenceStart ? undefined : tokens[first - 1];
  if (b1) {
    const b2 = b1.sentenceStart ? undefined : tokens[first - 2];
    // "the birth of baby Zara", but "my baby Amelia starts Reception" is the pupil.
    if (!adult && NOT_A_PUPIL_BEFORE.has(b1.key) && !(b1.key === 'baby' && b2 && OWN.has(b2.key))) return true;
    // "Mary and Joseph", "Mary, Joseph and the donkey", "Joseph, Mary and …"
    const partner = PAIRED_BEFORE.get(key);
    if (partner && ((b2 && b1.key === 'and' && b2.key === partner) || (b1.key === partner && listMark(text.folded, b1.end, t.start)))) return true;
    // "came as Matilda", "Arlo as the Gruffalo and Amelia as Mary"
    if (b2 && b1.key === 'as' && (PLAYED_AS.has(b2.key) || (b2.capitalised && names.has(b2.key)))) return true;
    // A pet: "answers to Bella", "our dog Bella", "the cat Biscuit"
    if ((b2 && b1.key === 'to' && b2.key === 'answers') || PETS.has(b1.key)) return true;
  }
  // "Mercy the hamster (class pet)", "Bella the hen".
  const after = tokens[last + 2];
  if (next && after && next.key === 'the' && !next.sentenceStart && !after.sentenceStart && PETS.has(after.key)) return true;
  const partner = PAIRED_BEFORE.get(key);
  if (partner && next && next.key === partner && !next.sentenceStart && listMark(text.folded, tokens[last]!.end, next.start)) return true;
  return castAs(text, tokens, last, names) || quotedTitle(text, tokens, first, last);
}

/** The words after token `last` are these, in one sentence. */
function followedBy(tokens: readonly Token[], last: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[last + 1 + k];
    if (!t || t.key !== words[k] || t.sentenceStart) return false;
  }
  return true;
}

/** "Joseph – Jude Okafor", "Mary: Seren Price": a part, then a dash or colon and a pupil's full name. */
function castAs(text: NormalisedText, tokens: readonly Token[], last: number, names: ReadonlyMap<string, TrieNode>): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  if (!a || !b || !a.capitalised || a.start - tokens[last]!.end > 4) return false;
  // One dash or colon between, with spaces: checked by hand, as most names have none.
  let marks = 0;
  for (let p = tokens[last]!.end; p < a.start; p++) {
    const c = text.folded.charCodeAt(p);
    if (c === 45 || c === 58 || c === 0x2013 || c === 0x2014) marks++;
    else if (c !== 32) return false;
  }
  if (marks !== 1) return false;
  const node = names.get(a.key)?.next?.get(b.key);
  return !!node?.groups?.some((g) => g.form === 'full');
}

/** "The Year 6 production is 'Oliver!'", "Best Oliver! we've ever seen": the name of a show. */
function quotedTitle(text: NormalisedText, tokens: readonly Token[], first: number, last: number): boolean {
  const folded = text.folded;
  const start = tokens[first]!.start;
  const bang = folded[tokens[last]!.end] === '!';
  const end = tokens[last]!.end + (bang ? 1 : 0);
  const b1 = tokens[first - 1];
  // A child's name in quotes on a label is still the child: a show has "!" or a word for a show before it.
  if (start > 0 && QUOTES.has(folded[start - 1]!) && QUOTES.has(folded[end] ?? '') && (bang || (!!b1 && SHOW_WORDS.has(b1.key)))) return true;
  return bang && !!b1 && (b1.key === 'best' || b1.key === 'the') && !tokens[first]!.sentenceStart;
}

/** A comma or "&" between two words: "Mary, Joseph", "Mary & Joseph". */
function listMark(folded: string, from: number, to: number): boolean {
  const gap = folded.slice(from, to).trim();
  return gap === ',' || gap === '&';
}
