// Word classes for the language model's features. A word in a class also counts as its class, on
// its own and in word pairs, so a phrasing met in one region generalises to the next one's words:
// "ye clueless lot" shares "<you> <adj>" with "you useless lot" though only one was in training.
// Classes are taken from what the detectors already use, read-only: the insult adjectives and
// intensifiers the phrase patterns skip over (phrases.ts FILL). Second-person forms are listed
// here, as the insults detector spells them. Tried and dropped (ADR 0012, Revisions): negation,
// the offensive-words lexicon by class, insult nouns (insult-words.ts), titles, roles and pronouns.
import { FILL } from '../phrases.ts';

/** "you" as people write it: "ye", "ya" and "yous" in the North, "u" and "ur" in text-speak. */
const SECOND_PERSON = 'you ya ye yous youse u ur yer your youre yourself yourselves';

// FILL's function words and intensifiers ("a", "so", "really") say nothing about a person.
const NOT_ADJECTIVES = new Set(
  'a an the such so just really very absolute absolutely complete completely total totally utter utterly right proper bloody fucking effing flipping little big old'.split(' '),
);

/** FILL's alternatives that are plain words (not masked swearing like "f[*#]+kin"), less the function words. */
function fillAdjectives(): string[] {
  return (FILL.match(/(?<=[(|:])[a-z]+(?=[|)])/g) ?? []).filter((w) => !NOT_ADJECTIVES.has(w));
}

/** Word key (as tokens.ts keys it) → class name; a word takes the first class that has it. */
export function wordClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  const add = (words: Iterable<string>, name: string) => {
    for (const w of words) if (!classes.has(w)) classes.set(w, name);
  };
  add(SECOND_PERSON.split(' '), '<you>');
  add(fillAdjectives(), '<adj>');
  return classes;
}
