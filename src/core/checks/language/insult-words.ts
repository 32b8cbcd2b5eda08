// The words English people insult each other with, by family rather than by region: one list of
// nouns that only ever name a person, one of nouns that do only when said to or of someone (a
// "weapon" at school, a "mug" of tea, the "grass" on the field), one of the adjectives put before
// them. Gathered from across England (North East, Yorkshire, the Midlands, East Anglia, London and
// Essex, Kent, the West Country, Cumbria, Merseyside) with Welsh, Irish and Scots borrowings and
// older, posher forms. Plain words, so the abuse detector builds its trigger words from them too.

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Nouns that name a person and nothing else, so "that X", "a lone X!" or "X, the lot of you" is an insult. */
export const PERSON_INSULTS = words(`
  wazzock wazzocks divvy divvies meff meffs gobshite gobshites minger mingers minga mingas munter munters
  nitwit nitwits twerp twerps nincompoop nincompoops numbskull numbskulls numbnuts dumbass dumbasses
  dunderhead dunderheads bampot bampots eejit eejits gombeen gobdaw gobdaws bawbag bawbags twpsyn dafty dafties
  knobend knobends nobhead nobheads nobend nobends tosspot tosspots dipshit dipshits shitbag shitbags
  ballbag ballbags arsewipe arsewipes dickwad dickwads charver charvers charva charvas scrote scrotes
  oik oiks wrongun wronguns lamebrain lamebrains guttersnipe guttersnipes harridan harridans twonk twonks
  ratbag ratbags slimeball slimeballs sleazeball sleazeballs nutcase nutcases headcase headcases
  thicko thickos radgie radgies dimbo dimbos bellender plonkers pillocks numpties
`);

/** Nouns that insult only when said to or of someone: "you absolute weapon", "what a melt", "she's a right mare". */
export const SAID_OF_SOMEONE = words(`
  weapon weapons melt melts mug mugs helmet helmets spanner spanners plum plums snitch snitches
  scally scallies scallys tramp tramps pig pigs donkey donkeys tit clot clots goon goons jester jesters
  doughnut doughnuts mare mares
`);

/**
 * Adjectives put before an insult ("you scruffy meff", "brown-nosing gobshite", "duzzy fule" in
 * Norfolk, "twp" in Wales), beyond the common ones phrases.ts already skips over.
 */
export const INSULT_ADJECTIVES = words(`
  rude scruffy snotty gobby mardy dozy daft gormless dopey dense witless feckless blithering tight soft
  manky minging skanky scummy thieving lying idle snooty smarmy sneaky sly creepy slimy spiteful horrible
  massive scrawny duzzy twp miserable bitter nasty vile evil lazy
`);

/** The same adjectives when hyphenated or written as two words: "stuck up", "brown-nosing". */
export const INSULT_ADJECTIVE_PAIRS = String.raw`(?:stuck|jumped|toffee|brown|bone|sour|two|tight|big|loud|foul|pig)[\s-](?:up|nosed|nosing|idle|faced|arsed|headed|mouthed|ignorant)`;

/** A list as a regular-expression alternation (the words are letters only, so patterns using it can be gated by them). */
export const alternation = (list: readonly string[]): string => `(?:${list.join('|')})`;

/** The nouns of the lists as trigger words (every pattern that uses them needs one of the nouns). */
export const triggerWords = (...lists: readonly (readonly string[])[]): string => lists.flat().join(' ');
