// When an adult's first name or surname alone names them. A pupil's first name identifies the
// child to anyone who knows the school; an adult's first name or surname alone is everyone's, so
// it counts only when the text shows a person on the roster is meant: someone addressed or
// signing off by it ("thanks Kerry", "– Sarah x"), a role beside it ("her mum Kerry", "TA
// Callum"), someone introducing themselves ("I am Agnieszka"), or a surname doing something
// ("Patel is useless").
import type { NormalisedText } from './normalise.ts';
import {
  ADDRESS_CUES_BEFORE_ONE,
  ADDRESS_CUES_BEFORE_TWO,
  ORDINARY_SURNAMES,
  PARENT_WORDS,
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
  if (ORDINARY_SURNAMES.has(t.key) || firstNames.has(t.key) || t.key.length < 3) return false;
  const before = tokens[i - 1];
  if (before && !t.sentenceStart && before.capitalised && !TITLES.has(before.key)) return false;
  const next = tokens[i + 1];
  if (!next || next.sentenceStart || next.capitalised) return false;
  if (t.possessive) return true;
  return SURNAME_CUES_AFTER.has(next.key);
}

// After "Kerry, …" at the start of a sentence: words that show Kerry is being spoken to.
const SPOKEN_TO_AFTER = new Set(['you', 'your', 'youre', 'u', 'ur', 'thanks', 'thank', 'please', 'can', 'could', 'would', 'did', 'are', 'is', 'i', 'we']);
const SELF_INTRODUCTIONS = new Set(['i am', 'name is', 'this is', 'its me']);
const SIGN_OFF_WORDS = new Set(['from', 'love', 'regards', 'cheers', 'thanks', 'x', 'xx', 'xxx']);

/** An adult's first name alone that the text shows belongs to a person: see the top of the file. */
export function adultNamedByFirstName(text: NormalisedText, tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (!t.capitalised && !t.sigil) return false;
  if (t.sigil === '@') return true;
  if (isAddressedByName(text, tokens, first)) return true;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  if (b1 && !t.sentenceStart) {
    if (ADDRESS_CUES_BEFORE_ONE.has(b1.key) || PARENT_WORDS.has(b1.key) || STAFF_ROLE_WORDS.has(b1.key) || b1.key === 'im') return true;
    if (b2 && !b1.sentenceStart) {
      const two = `${b2.key} ${b1.key}`;
      if (ADDRESS_CUES_BEFORE_TWO.has(two) || SELF_INTRODUCTIONS.has(two)) return true;
    }
  }
  if (isSignOff(text, tokens, first, last)) return true;
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
function isSignOff(text: NormalisedText, tokens: readonly Token[], first: number, last: number): boolean {
  // Only kisses, emoji and punctuation may follow, up to the end of the line.
  for (let k = last + 1; k < tokens.length; k++) {
    const after = tokens[k]!;
    if (/\n/.test(text.folded.slice(tokens[k - 1]!.end, after.start))) break;
    if (!/^x{1,4}$/.test(after.key)) return false;
  }
  const b1 = tokens[first - 1];
  const gap = text.folded.slice(b1 ? b1.end : 0, tokens[first]!.start);
  if (/[-\u2013\u2014]\s*$|\n\s*$/.test(gap)) return true;
  return !!b1 && /^\s+$|^,\s*$/.test(gap) && SIGN_OFF_WORDS.has(b1.key);
}
