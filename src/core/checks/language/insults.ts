// A swear word used as a name for someone, however it is typed: "She's a proper c*nt", "ur a b1tch",
// "Dumb bitch", "you absolute w@nker", or "dickhead" as a whole reply. The offensive-words detector
// has already undone the masking and leet; this one reads the words before it. "What a shit day" and
// "bitching about the rain" are swearing, not an insult, and stay profanity only.
import type { CheckContext, Detector, FindingDraft } from '../engine.ts';
import type { NormalisedText } from '../normalise.ts';
import type { CheckInput } from '../types.ts';
import { offensiveForm, offensiveWordsIn } from './profanity.ts';

// Lexicon forms that are nouns for a person.
const PERSON_NOUNS = new Set(
  `cunt cunts twat twats wanker wankers tosser tossers knobhead knobheads bellend bellends dickhead dickheads
  arsehole arseholes asshole assholes bastard bastards bitch bitches prick pricks slag slags slapper slappers
  skank skanks slut sluts whore whores shithead shitheads fuckwit fuckwits fuckface motherfucker motherfuckers
  fucktard cocksucker cocksuckers`.split(/\s+/),
);
// Words that point the noun at someone: "you (are a)", "she's a", "is a", "what a", and the
// adjectives people put before it ("dumb", "proper", "absolute").
const AIMED = String.raw`(?:you(?:'re|re|\s+are)?|ye|ya|yous|youse|ur|u|(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+was)|is|was|are|what|such|bunch\s+of|load\s+of|pack\s+of|full\s+of)`;
const ADJECTIVES = String.raw`(?:proper|absolute|total|complete|utter|little|dumb|stupid|fat|ugly|lazy|nasty|thick|silly|old|right|massive|lying|smug|two[\s-]faced|jumped[\s-]up|stuck[\s-]up|fucking|f[*#]+c?k?ing|fu[*#]+ing|f[*#]+kin|fkn|fking|fcking|fookin|fooking|bloody)`;
const BEFORE = new RegExp(String.raw`(?:(?:^|[^a-z'])${AIMED}\s+(?:an?\s+)?(?:${ADJECTIVES}\s+){0,3}|(?:^|[.!?\n]\s*|,\s*)(?:${ADJECTIVES}\s+){1,3})$`);
// A plural as the subject or object of a sentence: "some c***s should not be parents", "these tw*ts
// parking on the zigzags", "them b@stards on the PTA" (but "the bitches had puppies", "the pricks from
// the brambles").
const PLURALS = new Set([...PERSON_NOUNS].filter((n) => n.endsWith('s') && n !== 'bollocks'));
const GROUP_BEFORE = new RegExp(String.raw`(?:^|[^a-z'])(?:some|these|those|them|certain|all\s+(?:the|these|those)|the)\s+(?:${ADJECTIVES}\s+){0,2}$`);
const LITERAL_AFTER_THE = new Set(['bitches', 'pricks']);
// Said of anyone: "c*nts like you", "the tw*t who parked there", "w*nkers in the office".
const AIMED_AFTER = /^\s+(?:like\s+(?:you|him|her|them|that|this)|who\s|that\s+(?:run|runs|work|works|think|thinks)\b|in\s+the\s+office|on\s+(?:this|that|the)\s+(?:page|group|committee|pta)|at\s+(?:this|that|the)\s+school)/;
// "You little sh*t", "is a lying little sh1te": the only way "shit" names a person.
const LITTLE_SHIT = new Set(['shit', 'shits', 'shite', 'shites']);
const LITTLE_BEFORE = /(?:^|[^a-z'])(?:you|ya|ye|is|was|'s|are|what|that|this|some)\s+(?:an?\s+)?(?:(?:lying|nasty|spoilt|spoiled|cheeky|proper|right|horrible|sneaky|gobby|mouthy)\s+)?little\s+$/;
// "shit stirrer", "sh it head" typed with a hidden space (removed in folding): a compound that is a name for someone.
const COMPOUND_AFTER = /^[\s-]?(?:stirrers?|heads?|bags?)\b/;

// The word on its own, as the whole of a sentence or called out at its end: "dickhead." "Alright, dickhead?"
const ALONE_BEFORE = /(?:^|[.!?\n,])\s*$/;
const ALONE_AFTER = /^\s*(?:[.!?\n]|$)/;
// "you thick racist twat", "you inbred knobhead": "you" and any one or two words before the noun
// that ends the clause, for the adjectives no list foresees.
const YOU_WORDS_BEFORE = /(?:^|[^a-z'])(?:you|ye|ya|yous|youse|u)\s+(?:[a-z'-]+\s+){1,2}$/;
const CLAUSE_END_AFTER = /^\s*(?:[.!?,\n]|$)/;

export const insultDetector: Detector = {
  name: 'insults',
  detect: findInsults,
};

export function findInsults(text: NormalisedText, input: CheckInput, _ctx: CheckContext): FindingDraft[] {
  const swearing = offensiveWordsIn(text, input);
  if (swearing.length === 0) return swearing;
  const drafts: FindingDraft[] = [];
  const folded = text.folded;
  for (const w of swearing) {
    const form = offensiveForm(folded.slice(w.start, w.end));
    if (!form) continue;
    const before = folded.slice(Math.max(0, w.start - 60), w.start);
    const after = folded.slice(w.end, w.end + 40);
    let end = w.end;
    if (!PERSON_NOUNS.has(form)) {
      if (LITTLE_SHIT.has(form) && LITTLE_BEFORE.test(before)) {
        drafts.push(insult(w.start - LITTLE_BEFORE.exec(before)![0].replace(/^[^a-z']*(?=[a-z'])/, '').length, end));
        continue;
      }
      const compound = form === 'shit' || form === 'shite' ? COMPOUND_AFTER.exec(after) : null;
      if (!compound) continue;
      end += compound[0].length;
    }
    const aimed = BEFORE.exec(before);
    const group = PLURALS.has(form) ? GROUP_BEFORE.exec(before) : null;
    if (aimed) {
      drafts.push(insult(w.start - aimed[0].replace(/^[^a-z]*(?=[a-z])/, '').length, end));
    } else if (group && !(LITERAL_AFTER_THE.has(form) && /\bthe\s+$/.test(group[0]))) {
      drafts.push(insult(w.start - group[0].replace(/^[^a-z]*(?=[a-z])/, '').length, end));
    } else if (AIMED_AFTER.test(folded.slice(end, end + 40)) || (ALONE_BEFORE.test(before) && ALONE_AFTER.test(folded.slice(end, end + 8)))) {
      drafts.push(insult(w.start, end));
    } else if (CLAUSE_END_AFTER.test(folded.slice(end, end + 8))) {
      const you = YOU_WORDS_BEFORE.exec(before);
      if (you) drafts.push(insult(w.start - you[0].replace(/^[^a-z]*(?=[a-z])/, '').length, end));
    }
  }
  return drafts;
}

function insult(start: number, end: number): FindingDraft {
  return { category: 'abuse', rule: 'no-offensive-content', start, end, confidence: 0.8, reason: 'This insults or demeans a person' };
}
