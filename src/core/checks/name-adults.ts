// When an adult's first name or surname alone names them. A pupil's first name identifies the
// child to anyone who knows the school; an adult's first name or surname alone is everyone's, so
// it counts only when the text shows a person on the roster is meant: someone addressed or
// signing off by it ("thanks Kerry", "– Sarah x"), a role beside it ("her mum Kerry", "TA
// Callum"), someone introducing themselves ("I am Agnieszka"), or a surname doing something
// ("Patel is useless").
import type { NameEntry, TrieNode } from './name-index.ts';
import type { NormalisedText } from './normalise.ts';
import {
  ADDRESS_CUES_BEFORE_ONE,
  AMBIGUOUS_FIRST_NAMES,
  ADDRESS_CUES_BEFORE_TWO,
  ORDINARY_SURNAMES,
  PARENT_WORDS,
  PERSON_NOUNS,
  STAFF_ROLE_WORDS,
  SURNAME_CUES_AFTER,
  TITLES,
} from './name-words.ts';
import type { Token } from './tokens.ts';

/**
 * A surname alone names someone when it is not an ordinary word or anyone's first name, is not
 * part of a longer proper name ("Patel Road", "Dev Patel") and a verb or a possessive follows.
 */
export function surnameStandsAlone(tokens: readonly Token[], i: number, firstNames: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  // "That Hall woman", "that Atkinson fella": the words say a person is meant, even by an ordinary word.
  if (isThatPerson(tokens, i)) return true;
  if (ORDINARY_SURNAMES.has(t.key) || firstNames.has(t.key) || t.key.length < 3) return false;
  const next = tokens[i + 1];
  // "Gilhespy you smug prick", "Tell Ferris to watch his back".
  if (next && !next.sentenceStart && ((t.sentenceStart && next.key === 'you') || (next.key === 'to' && (tokens[i - 1]?.key === 'tell' || tokens[i - 1]?.key === 'ask')))) return true;
  const before = tokens[i - 1];
  if (before && !t.sentenceStart && before.capitalised && !TITLES.has(before.key)) return false;
  if (!next || next.sentenceStart || next.capitalised) return false;
  if (t.possessive) return true;
  return SURNAME_CUES_AFTER.has(next.key);
}

// After "Kerry, …" at the start of a sentence: words that show Kerry is being spoken to.
const SPOKEN_TO_AFTER = new Set(['you', 'your', 'youre', 'u', 'ur', 'thanks', 'thank', 'please', 'can', 'could', 'would', 'did', 'are', 'is', 'i', 'we']);
// "Hi it's Ngozi": the tokeniser reads "it's" as a possessive, key "it".
const SELF_INTRODUCTIONS = new Set(['i am', 'name is', 'this is', 'its me', 'hi its', 'hello its', 'hiya its', 'hey its', 'hi it', 'hello it', 'hiya it', 'hey it']);
const SIGN_OFF_WORDS = new Set(['from', 'love', 'regards', 'cheers', 'thanks', 'x', 'xx', 'xxx']);

/** "that Okafor woman": "that", a name, a word for a person. */
export function isThatPerson(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i - 1]?.key === 'that' && !tokens[i]!.sentenceStart && !!next && !next.sentenceStart && PERSON_NOUNS.has(next.key);
}

// After a name, words that show someone is spoken to: "Bernie you absolute legend".
const YOU_AFTER = new Set(['absolute', 'legend', 'star', 'superstar', 'hero', 'gem', 'angel', 'are', 'were', 'deserve', 'deserved', 'did', 'rock', 'rocked', 'truly', 'really', 'will', 'have']);
// After a name: the person says or thinks something.
const SAYS = new Set(['says', 'said', 'reckons', 'reckoned', 'thinks']);
// After "to Bernie on her …": a life event of a person.
const EVENTS = new Set(['retirement', 'wedding', 'promotion', 'engagement', 'birthday', 'leaving', 'new', 'last', 'first', 'maternity', 'paternity', 'marriage', 'baby', 'award', 'achievement', 'years']);

/** An adult's first name alone that the text shows belongs to a person: see the top of the file. */
export function adultNamedByFirstName(text: NormalisedText, tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  if (!t.capitalised && !t.sigil) {
    // "happy retirement keith", "thank you sarah": lower case only after a greeting, and never an ordinary word.
    return !!b1 && !!b2 && !t.sentenceStart && !b1.sentenceStart && !AMBIGUOUS_FIRST_NAMES.has(t.key) && ADDRESS_CUES_BEFORE_TWO.has(`${b2.key} ${b1.key}`);
  }
  if (t.sigil === '@') return true;
  if (isAddressedByName(text, tokens, first)) return true;
  if (isThatPerson(tokens, first) || worksInTheOffice(tokens, last, true)) return true;
  const n1 = tokens[last + 1];
  const n2 = tokens[last + 2];
  const n3 = tokens[last + 3];
  if (n1 && n2 && !n1.sentenceStart && !n2.sentenceStart) {
    // "Tracey and me", "Bernie you absolute legend", "to Bernie on her retirement"
    if (n1.key === 'and' && (n2.key === 'me' || (n2.key === 'i' && n2.capitalised))) return true;
    if (n1.key === 'you' && YOU_AFTER.has(n2.key)) return true;
    // "Ewa from our TA team" (an adult's; a pupil is "from our football team" too)
    if (n1.key === 'from' && (n2.key === 'our' || n2.key === 'the') && n3 && !n3.sentenceStart && tokens[last + 4]?.key === 'team') return true;
    // "Becky from work", "Becky from the trust"
    if (n1.key === 'from' && (n2.key === 'work' || (n2.key === 'the' && n3?.key === 'trust'))) return true;
    if (n1.key === 'on' && (n2.key === 'her' || n2.key === 'his' || n2.key === 'their') && n3 && EVENTS.has(n3.key)) return true;
  }
  // "Daz says he's buying", "Nudd reckons he's…": someone the writer knows, saying something.
  if (n1 && !n1.sentenceStart && SAYS.has(n1.key)) return true;
  // "(Ben – pls check…)": a note to a colleague in a draft.
  if (n1 && b1 && /\(\s*$/.test(text.folded.slice(b1.end, t.start)) && /^\s*[-\u2013\u2014]/.test(text.folded.slice(tokens[last]!.end, n1.start))) return true;
  // "Funmi your jollof is legendary": a name that is not an ordinary word, opening a sentence spoken to someone.
  if (t.sentenceStart && n1 && !n1.sentenceStart && (n1.key === 'your' || n1.key === 'youre' || n1.key === 'youve') && !AMBIGUOUS_FIRST_NAMES.has(t.key)) return true;
  // "Gemma I think you need to take this down": a reply opening with the name of the one it answers.
  if (first === 0 && n1 && !n1.sentenceStart && ((n1.key === 'i' && n1.capitalised) || n1.key === 'you' || n1.key === 'u') && !AMBIGUOUS_FIRST_NAMES.has(t.key)) return true;
  if (b1 && !t.sentenceStart) {
    if (ADDRESS_CUES_BEFORE_ONE.has(b1.key) || PARENT_WORDS.has(b1.key) || STAFF_ROLE_WORDS.has(b1.key) || b1.key === 'im') return true;
    if (b2 && !b1.sentenceStart) {
      const two = `${b2.key} ${b1.key}`;
      if (ADDRESS_CUES_BEFORE_TWO.has(two) || SELF_INTRODUCTIONS.has(two)) return true;
    }
  }
  if (isSignOff(text, tokens, first, last, t.sentenceStart)) return true;
  // "Kerry, you're a star": the name opens the sentence and a comma follows.
  const next = tokens[last + 1];
  return t.sentenceStart && !!next && /^,\s*$/.test(text.folded.slice(tokens[last]!.coreEnd, next.start)) && SPOKEN_TO_AFTER.has(next.key);
}

/** "Vocative, Hughes." "I'll have you, Kerr, see": a name between a comma and a comma or the end. */
export function isAddressedByName(text: NormalisedText, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = i > 0 ? text.folded.slice(tokens[i - 1]!.end, t.start) : '';
  if (!/,\s*$/.test(before)) return false;
  const after = text.folded.slice(t.end, i + 1 < tokens.length ? tokens[i + 1]!.start : text.folded.length);
  return /^\s*(?:[,.!?]|$)/.test(after);
}

/** "… – Sarah x", "from Carmen 🥰", "Thanks, Chinedu": the name ends the text or its line, after a dash or a sign-off word. */
function isSignOff(text: NormalisedText, tokens: readonly Token[], first: number, last: number, sentenceStart: boolean): boolean {
  // "Kelvin (father of Hayley and Kai)", "– Stacey (Jack's mum)": who they are, in brackets, ending the text.
  const bracket = /^\s*\(([^()\n]*)\)\s*$/.exec(text.folded.slice(tokens[last]!.end));
  if (bracket && /\b(?:mum|mam|mom|mummy|dad|daddy|father|mother|parent|carer|nan|nana|grandma|grandad|grandpa|gran|auntie|aunt|uncle)\b/.test(bracket[1]!)) {
    const b1 = tokens[first - 1];
    return sentenceStart || (!!b1 && /[-\u2013\u2014]\s*$/.test(text.folded.slice(b1.end, tokens[first]!.start)));
  }
  // Only kisses, emoji and punctuation may follow, up to the end of the line.
  let kisses = 0;
  for (let k = last + 1; k < tokens.length; k++) {
    const after = tokens[k]!;
    if (/\n/.test(text.folded.slice(tokens[k - 1]!.end, after.start))) break;
    if (!/^x{1,4}$/.test(after.key)) return false;
    kisses++;
  }
  // "… such a difference to our family. Justyna x": a sentence of its own, the name and a kiss;
  // or the name alone closing the text ("… kettle's always on. Fliss").
  if (sentenceStart && (kisses > 0 || (last === tokens.length - 1 && first > 0))) return true;
  const b1 = tokens[first - 1];
  const gap = text.folded.slice(b1 ? b1.end : 0, tokens[first]!.start);
  if (/[-\u2013\u2014]\s*$|\n\s*$/.test(gap)) return true;
  return !!b1 && /^\s+$|^,\s*$/.test(gap) && SIGN_OFF_WORDS.has(b1.key);
}

// Where the school's staff work, after "in the": "Tracey in the office".
const SCHOOL_PLACES = new Set(['office', 'front', 'kitchen', 'kitchens']);
// Other places where adults work: "Faith at the Co-op", "Sue at the chemist".
const WORKPLACES = new Set(['office', 'front', 'kitchen', 'kitchens', 'coop', 'co', 'tesco', 'asda', 'aldi', 'lidl', 'spar', 'greggs', 'morrisons', 'sainsburys', 'chemist', 'pharmacy', 'bakery', 'surgery', 'garage', 'chippy', 'butchers', 'hairdressers', 'salon']);

/** "Ahmed in the office was very helpful", "Faith at the Co-op": someone who works somewhere, not a pupil. */
export function worksInTheOffice(tokens: readonly Token[], last: number, atSchool = false): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  if (!a || !b || (a.key !== 'in' && a.key !== 'from' && a.key !== 'on' && a.key !== 'at')) return false;
  if (b.key === 'reception' && a.key === 'on') return true;
  return b.key === 'the' && !!c && !c.sentenceStart && (atSchool ? SCHOOL_PLACES : WORKPLACES).has(c.key);
}

/** Adults whose surname starts with this letter ("Mr K" for Mr Kowalczyk, "Mrs A" for Mrs Akhtar-Lowe). */
export function adultsByInitial(surnames: ReadonlyMap<string, TrieNode>, letter: string): NameEntry[] {
  const found: NameEntry[] = [];
  const collect = (node: TrieNode, depth: number) => {
    if (node.entries) found.push(...node.entries);
    if (node.next && depth < 3) for (const child of node.next.values()) collect(child, depth + 1);
  };
  for (const [key, node] of surnames) if (key.startsWith(letter)) collect(node, 1);
  return found;
}
