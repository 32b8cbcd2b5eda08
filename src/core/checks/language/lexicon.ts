// Offensive single words, British usage. Each entry lists the forms a writer actually types; the
// matcher also undoes leet (sh1t), masking (f*ck), stretching (fuuuck) and spacing (f u c k).
// Words that are innocent inside other words are matched whole (no Scunthorpe problem); only a
// few roots that never occur innocently are also found inside compounds (bullshit, fuckwit).
// Checked against the words in Ofcom's 2021 research on offensive language (racist, homophobic,
// disability and body-part terms); words there with a common innocent sense (cock, fanny, knob,
// gash, snatch, nip, paddy, pansy, bender, midget, dyke) are left to the insult patterns.
import type { FindingCategory } from '../types.ts';

export type WordClass = 'strong' | 'mild' | 'slur' | 'sexual';

export interface WordEntry {
  cls: WordClass;
  /** The word a reason names, e.g. "fuck" for "f*cking". */
  root: string;
  /** Checked by the detector against the neighbouring words (spotted dick, faggots and peas, blue tits). */
  contextual?: 'dish' | 'bird' | 'name' | 'plant' | 'idiom' | 'pin';
}

const groups: ReadonlyArray<readonly [WordClass, string, string, WordEntry['contextual']?]> = [
  ['strong', 'fuck', 'fuck fucks fucked fucker fuckers fucking fuckin fuckwit fuckwits fuckface motherfucker motherfuckers motherfucking fck fcking fckin fcked fkn fking fkin fuk fuking fukin fucktard wtf stfu ffs omfg'],
  ['strong', 'shit', 'shit shits shite shites shitty shitting shitted shithead shitheads shitshow shithole bullshit batshit apeshit horseshit'],
  ['strong', 'cunt', 'cunt cunts cunting'],
  ['strong', 'twat', 'twat twats twatting'],
  ['strong', 'wank', 'wank wanks wanker wankers wanking wanked wankstain'],
  ['strong', 'bollocks', 'bollocks bollock bollocking'],
  ['strong', 'arsehole', 'arsehole arseholes asshole assholes'],
  ['strong', 'bastard', 'bastard bastards'],
  ['strong', 'bitch', 'bitch bitches bitching bitchy'],
  ['strong', 'piss', 'piss pissed pissing pisstake pisshead', 'idiom'],
  ['strong', 'tosser', 'tosser tossers'],
  ['strong', 'knobhead', 'knobhead knobheads bellend bellends dickhead dickheads'],
  ['strong', 'dick', 'dick dicks', 'name'],
  // "prick up their ears", "a finger prick test", "prick the sausages with a fork" are innocent.
  ['strong', 'prick', 'prick pricks', 'pin'],
  ['strong', 'cocksucker', 'cocksucker cocksuckers'],
  ['strong', 'clunge', 'clunge minge punani'],
  ['strong', 'bloodclaat', 'bloodclaat bumbaclot bumboclaat rassclaat'],
  // Insults aimed at women: swearing, not sexual content ("a proper slag"); abuse when aimed at someone.
  ['strong', 'slag', 'slag slags slapper slappers skank skanks skanky'],
  ['strong', 'slut', 'slut sluts slutty whore whores'],
  ['mild', 'bloody', 'bloody'],
  ['mild', 'damn', 'damn damned dammit damnit'],
  ['mild', 'crap', 'crap crappy'],
  ['mild', 'bugger', 'bugger buggered buggering'],
  ['mild', 'arse', 'arse arsed'],
  ['mild', 'feck', 'feck fecking frigging friggin'],
  ['slur', 'paki', 'paki pakis pakki pakkis'],
  ['slur', 'polack', 'polack polacks'],
  ['slur', 'chink', 'chinky chinkies'],
  ['slur', 'coon', 'coon coons'],
  ['slur', 'gook', 'gook gooks'],
  // "Spic and span" is innocent: the plural only.
  ['slur', 'spic', 'spics'],
  ['slur', 'wop', 'wop wops dago dagos'],
  ['slur', 'sambo', 'sambo sambos nignog nignogs'],
  ['slur', 'wetback', 'wetback wetbacks'],
  ['slur', 'kraut', 'kraut krauts'],
  ['slur', 'nigger', 'nigger niggers nigga niggas nigguh'],
  ['slur', 'gyppo', 'gypo gypos gyppo gyppos gippo gippos'],
  ['slur', 'pikey', 'pikey pikeys piker pikie'],
  ['slur', 'poof', 'poof poofs poofter poofters'],
  ['slur', 'batty boy', 'battyboy battyboys battyman bumboy bumboys'],
  ['slur', 'lezza', 'lezza lezzas lezzer lezzers lezzie lezzies lesbo'],
  ['slur', 'shemale', 'shemale shemales ladyboy ladyboys'],
  ['slur', 'faggot', 'faggot faggots', 'dish'],
  ['slur', 'tranny', 'tranny trannies trannys'],
  ['slur', 'retard', 'retard retards retarded'],
  ['slur', 'spastic', 'spastic spastics spaz spazz spazzy spazzer spacker spackers spakka spakkas'],
  ['slur', 'window licker', 'windowlicker windowlickers'],
  ['slur', 'schizo', 'schizo schizos'],
  // Downie is a Scottish surname: the plural only.
  ['slur', 'downie', 'downies'],
  ['slur', 'mong', 'mong mongs mongy mongoloid mongoloids'],
  ['slur', 'chink', 'chink chinks'],
  ['slur', 'kike', 'kike kikes'],
  ['slur', 'wog', 'wog wogs golliwog golliwogs'],
  ['slur', 'raghead', 'raghead ragheads towelhead towelheads'],
  ['slur', 'yid', 'yid yids'],
  ['slur', 'dyke', 'dykes'],
  ['slur', 'darkie', 'darkie darkies'],
  ['sexual', 'porn', 'porn porno porny pornhub'],
  ['sexual', 'nudes', 'nudes nudies'],
  ['sexual', 'sexy', 'sexy sexting'],
  ['sexual', 'shag', 'shag shagging shagged'],
  ['sexual', 'horny', 'horny'],
  ['sexual', 'cum', 'cum cumming cumshot jizz jizzed bukkake'],
  ['sexual', 'dildo', 'dildo dildos'],
  ['sexual', 'blowjob', 'blowjob blowjobs handjob handjobs'],
  ['sexual', 'tits', 'tits titties boobs boobies', 'bird'],
  ['sexual', 'pussy', 'pussy', 'plant'],
];

export const WORDS: ReadonlyMap<string, WordEntry> = new Map(
  groups.flatMap(([cls, root, forms, contextual]) =>
    forms.split(' ').map((form) => [form, contextual ? { cls, root, contextual } : { cls, root }] as const),
  ),
);

/** Roots that are never innocent inside a longer word; found in compounds such as "shitshow". */
export const COMPOUND_ROOTS: readonly string[] = ['fuck', 'shit', 'wank', 'cunt'];
/** Longer words containing those roots that are innocent. */
export const COMPOUND_WHITELIST: ReadonlySet<string> = new Set(['shitake', 'shiitake', 'swank', 'swanky', 'swanker', 'scunthorpe', 'shitterton']);

export const CLASS_CATEGORY: Record<WordClass, FindingCategory> = {
  strong: 'profanity',
  mild: 'profanity',
  slur: 'hate',
  sexual: 'sexual',
};

/** Leet and symbol stand-ins for letters. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't', '€': 'e',
};
