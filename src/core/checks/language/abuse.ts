// Insults aimed at people: "you're a liar", "Mrs X is a joke", "that idiot in the office",
// "useless teacher", "stupid bitch Mrs X", "that little shit Harvey", "waste of space, the lot of
// you", "you snowflakes". An insult needs a target (you, a named or described person); a "useless
// link", "what a scorcher" or "Harvey's painting was brilliant" is not abuse.
import { INSULT_ADJECTIVE_PAIRS, INSULT_ADJECTIVES, PERSON_INSULTS, SAID_OF_SOMEONE, alternation, triggerWords } from './insult-words.ts';
import { wordsOf } from './gate-words.ts';
import { FILL, PERSON, gated, gatedShared, phraseDetector } from './phrases.ts';

// Regional and older insults (insult-words.ts): nouns that only name a person, and ones that do when
// said to or of someone, but not the "donkey derby", a "mug of tea", "grass on" someone or a "pig sty".
const ONLY = alternation(PERSON_INSULTS);
const SAID = String.raw`(?:${alternation(SAID_OF_SOMEONE)}|grass|grasses|little\s+hitlers?|(?:useless|idle|daft|lazy|dozy)\s+articles?|old\s+(?:bags?|trouts?|bats?|boots?|goats?|cows?|gits?|witch|hags?|bints?|battleaxes?)|animals?|bell\s?ends?|bell-ends?|knob\s?heads?|knob-heads?|dick\s+heads?|waste\s+man|waste\s+men|wrong'uns?|fules?|${alternation(INSULT_ADJECTIVES)}\s+(?:get|gets)(?!\s*[a-z0-9]))(?!'s|[\s-]+(?:derby|rides?|sanctuary|sty|farm|pen|of\s+(?:tea|coffee|hot|cocoa|crisps|sweets|clothes)|cakes?|shots?|cam|cutting|verge|seed|on|me|him|her|them|us|up|jobs?|pudding|tomato|tomatoes|trees?|jam|crumble|cheese|toastie|sandwich|the\s+(?:[a-z]+\s+){1,2}(?:was|is|were))\b)`;
// "You" and the ways it is written: "ye", "ya", "yous" (Liverpool, Newcastle), "u", "ur a".
const YOU = String.raw`(?:you're|youre|you\s+are|you\s+r|you|ye|ya|yous|youse|u|u\s+r|ur\s+(?=(?:a|an|such|so|proper|absolute|total|complete|right|utter)\s))`;
// Adjectives before an insult, and a swear word spelt out with spaces ("you f u c k i n g snake").
const ADJ_FILL = String.raw`(?:${alternation(INSULT_ADJECTIVES)}|${INSULT_ADJECTIVE_PAIRS}|f\s+u\s+c\s+k\s+i\s+n\s+g)\s+`;
// The words that go between (FILL less its masked spellings, which would stop these patterns being gated by their nouns).
const BETWEEN = String.raw`(?:${ADJ_FILL}|(?:a|an|the|such|so|just|really|very|absolute|complete|total|utter|right|proper|bloody|fucking|little|big|fat|ugly|old|stupid|useless|pathetic|nasty|lazy|thick|smug)\s+)`;

// Nouns that insult a person whoever says them.
const STRONG = String.raw`(?:idiots?|morons?|imbeciles?|cretins?|halfwits?|numpty|numpties|muppets?|pillocks?|plonkers?|prats?|twits?|tossers?|wankers?|twats?|cunts?|dickheads?|knobheads?|bellends?|arseholes?|scumbags?|scum|nonces?|paedos?|dimwits?|lowlifes?|sleazebags?|dunces?|buffoons?|oafs?|cows?|witch|witches|hags?|bitch|bitches|slags?|slappers?|skanks?|pricks?|arse[\s-]?lickers?|brown[\s-]?nosers?|shit[\s-]?stirrers?|shit[\s-]?heads?)`;
// Nouns that insult when said of a person ("is a joke", "you coward").
const NOUN = String.raw`(?:${STRONG}|liars?|clowns?|jokes?|snakes?|weasels?|rats?|cowards?|bully|bullies|dinosaurs?|dictators?|tyrants?|thugs?|nobody|nobodies|losers?|fools?|trolls?|parasites?|jobsworths?|nutters?|psychos?|freaks?|creeps?|shits|bags|tools?|snowflakes|hypocrites?|lunatics?|gossips?|busybody|busybodies|do-gooders?|wasters?|scroungers?|chavs?|degenerates?|deadbeats?|nutjobs?|weirdos?|brats?|slobs?|snobs?|simpletons?|bigots?|toerags?|bats?|wally|wallies|planks?|gits?|berks?|knobs?|divs?|dipsticks?|wastem[ae]n|neeks?|donuts?|bum\s+ting|waste\s+of\s+(?:space|oxygen|a\s+salary)|(?:pathetic\s+)?excuse\s+for\s+an?\s+[a-z]+|disgrace|embarrassment|laughing\s*stock|nasty\s+piece\s+of\s+work|piece\s+of\s+(?:work|shit|crap|rubbish))`;
// Adjectives that insult when said of a person.
const ADJ = String.raw`(?:useless|incompetent|clueless|(?:thick|dim|daft|dense)(?:\s+as\s+[a-z ]{3,25}?(?=[.,!?\n]|$| and))?|stupid|lazy|pathetic|spineless|two-faced|arrogant|vile|nasty|ignorant|brainless|hopeless|gormless|power-mad|spiteful|evil|disgusting|a\s+joke|a\s+disgrace)`;
// Regional adjectives too ("dozy mare", "scruffy tramp"), but not "a massive shit" or "soft shits".
const SLUR_ADJ = String.raw`(?:${alternation(INSULT_ADJECTIVES.filter((a) => a !== 'massive' && a !== 'soft'))}|${INSULT_ADJECTIVE_PAIRS})`;
// Insult nouns an adjective makes unmistakable: "stupid bitch", "lazy git", "little shit".
const SLUR_NOUN = String.raw`(?:mare|mares|tramp|tramps|bitch|bitches|cow|cows|git|gits|sod|sods|bastard|bastards|witch|hag|slag|tart|bint|moron|morons|idiot|idiots|twat|twats|prat|prats|shit|shits|brat|brats|toerag|toerags|scrote|snob|snobs|bellend|dickhead|wanker|wankers|tosser|tossers|pillock|muppet|muppets|clown|clowns|loser|losers|creep|slob|slobs|busybody|oaf|freak|freaks|cretin|imbecile|snowflakes)`;
// Insults that only ever mean a person, and words that do after "a right" or "such a" ("is a right snake").
const LONE = String.raw`(?:idiot|moron|imbecile|cretin|halfwit|pillock|plonker|prat|tosser|wanker|twat|cunt|dickhead|knobhead|bellend|arsehole|scumbag|lowlife|sleazebag|bitch|slag|slapper|skank|prick|arse[\s-]?licker|brown[\s-]?noser|(?:deadbeat\s+)?wastem[ae]n)`;
const CALLED = String.raw`(?:snake|rat|weasel|knob|tool|weapon|melt|wally|plank|muppet|mare|tramp)`;
const FILLS = String.raw`(?:${FILL}|f\s+u\s+c\s+k\s+i\s+n\s+g\s+|and\s+|(?:stuck|jumped|up)\s+up\s+|two\s+faced\s+|[a-z*#@$]+-[a-z]+,?\s+|(?:a\s+)?(?:bunch|pack|load|shower|set)\s+of\s+|[a-z]+,\s+)`;
const BE = String.raw`(?:is|are|was|were|'s|'re|r)`;
const WHERE = String.raw`(?:\s+(?:at|in|from|of|on)\s+(?:the\s+|this\s+|that\s+|our\s+)?[a-z0-9]+(?:\s+[a-z0-9]+)?)?`;
const SUBJECT = String.raw`(?:${PERSON}|(?:kids|children|teachers|parents|staff|pupils|mums|dads|people|colleagues|my\s+colleagues|some\s+of\s+(?:the|my|our)\s+[a-z]+))`;

export const abuseDetector = phraseDetector({
  name: 'abuse',
  category: 'abuse',
  rule: 'no-offensive-content',
  reason: 'This insults or demeans a person',
  confidence: 0.85,
  triggers:
    'stirrer stirrers shithead shitheads wasteman wastemen neek neeks donut donuts ting lying sly sneaky backstabbing slimy snidey snide toad toads worm worms sharpest brightest sandwiches bricks brains brighter sharper smarter cleverer snowflakes hypocrite hypocrites lunatic lunatics gossip gossips busybody busybodies gooder gooders waster wasters scrounger scroungers chav chavs degenerate degenerates deadbeat deadbeats nutjob nutjobs weirdo weirdos brat brats slob slobs snob snobs prick pricks slapper slappers skank skanks licker lickers nosers noser nightmare nightmares simpleton simpletons bigot bigots toerag toerags sod sods bastard bastards tart bint shit scrote dozy snotty stuck little spoilt spoiled smug bitter jumped ' +
    'idiot idiots moron morons imbecile imbeciles cretin cretins halfwit halfwits numpty numpties muppet muppets pillock pillocks plonker plonkers prat prats twit twits tosser tossers wanker wankers twat twats cunt cunts dickhead dickheads knobhead knobheads bellend bellends arsehole arseholes scumbag scumbags scum nonce nonces paedo paedos dimwit dimwits lowlife lowlifes sleazebag sleazebags dunce dunces buffoon buffoons oaf oafs cow cows witch witches hag hags bitch bitches slag slags pig pigs liar liars clown clowns joke jokes snake snakes weasel weasels rat rats coward cowards bully bullies dinosaur dinosaurs dictator dictators tyrant tyrants thug thugs nobody nobodies loser losers fool fools troll trolls parasite parasites jobsworth jobsworths nutter nutters psycho psychos freak freaks creep creeps shits bags tool tools bat bats wally wallies plank planks git gits berk berks knob knobs div divs dipstick dipsticks waste excuse disgrace embarrassment laughing laughingstock piece useless incompetent clueless thick stupid lazy pathetic spineless faced arrogant vile nasty ignorant brainless hopeless rude gormless dense mad spiteful evil disgusting horrible dim daft fat ugly silly sad miserable shut ' +
    `${triggerWords(PERSON_INSULTS, SAID_OF_SOMEONE)} grass grasses hitler hitlers article articles animal animals trout trouts boot boots goat goats battleaxe battleaxes bint bints bell dick wrongun wronguns fule fules get gets slapped smacked kicked robbed spanners bulldog hammers organise card butty shite mince pigshit planks sandwich brick chip lights brewery`,
  patterns: [
    // you're a liar, you stupid woman, you pillock, you're all a bunch of wankers
    // "ye", "ya" and "yous" are "you" in Liverpool, Newcastle, Glasgow and Dublin
    gatedShared(wordsOf(NOUN), String.raw`\b(?:you(?:'re|re|\s+are|\s+r)?|ye|ya|yous|youse|u|u\s+r|ur(?=\s+(?:an?|such|so|proper|absolute|total|complete|right|utter)\s))(?:\s+all)?\s+${FILLS}{0,3}${NOUN}\b`),
    String.raw`\byou\s+(?:stupid|ignorant|useless|pathetic|silly|thick|fat|ugly|sad|nasty|lazy|vile|incompetent|bloody|fucking|miserable)\s+(?:old\s+)?(?:woman|man|lot|people|person|git|cow|pig|witch)\b`,
    gatedShared(wordsOf(ADJ), String.raw`\byou(?:\s+lot|\s+people)?(?:\s+are|\s+were|'re|re)\s+(?:all\s+|so\s+|just\s+|completely\s+|totally\s+|absolutely\s+|utterly\s+|bloody\s+|fucking\s+|f[*#]+c?k?ing\s+)*${ADJ}\b`),
    // Mrs X is a joke, the head is a complete waste of space, the office staff are rude and incompetent
    // ("the office staff are rude" alone is a complaint about service, not an insult)
    gatedShared(wordsOf(`(?:${NOUN}|${ADJ})`), String.raw`\b${SUBJECT}${WHERE}\s+${BE}\s+(?:just\s+|nothing\s+but\s+|such\s+|so\s+|as\s+|an?\s+|completely\s+|totally\s+|absolutely\s+)*${FILLS}{0,3}(?:${NOUN}|(?:rude\s+and\s+)?${ADJ}(?:\s+and\s+(?:rude|${ADJ}))?)\b`),
    // useless teacher, vile woman, incompetent cow; stupid bitch, lazy git, that little shit, spoilt brats
    String.raw`\b(?:useless|incompetent|pathetic|vile|nasty|lazy|stupid|thick|clueless|ignorant|horrible|spiteful|evil|disgusting|fat|ugly)\s+(?:old\s+)?(?:(?:bunch|pack|load|shower)\s+of\s+)?(?:school\s+|office\s+)?(?:woman|women|man|men|bloke|person|people|teachers?|head|headteacher|staff|ta|lot|cow|witch|individual)\b|\b(?:stupid|fat|ugly|lazy|useless|thick|silly|dozy|daft|miserable|nasty|vile|evil|two-faced|smug|jumped-up|spineless|pathetic|horrible|snotty|stuck-up|bitter|ignorant|arrogant|incompetent|little|spoilt|spoiled|${SLUR_ADJ})\s+(?:old\s+|little\s+)?${SLUR_NOUN}\b`,
    // disgrace of a head, excuse of a teacher
    gatedShared(wordsOf(String.raw`(?:disgrace|joke|excuse|embarrassment|clown|waste\s+of\s+space|${STRONG})`), String.raw`\b(?:disgrace|joke|excuse|embarrassment|clown|waste\s+of\s+space|${STRONG})\s+of\s+an?\s+(?:head|headteacher|teacher|deputy|human\s+being|man|woman|ta|coach|parent|mother|father|mum|dad|bloke|lad|girl)\b`),
    // what a clown, that idiot, this numpty, a fat cow
    gatedShared(wordsOf(STRONG), String.raw`\bwhat\s+(?:kind|sort|type)\s+of\s+(?:an?\s+)?${FILLS}{0,2}${STRONG}\b`),
    gatedShared(wordsOf(`(?:${STRONG}|clown|loser|creep|liar|bully|wally|plank|tool|knob|prat|snake)`), String.raw`\bwhat\s+an?\s+${FILLS}{0,2}(?:${STRONG}|clown|loser|creep|liar|bully|wally|plank|tool|knob|prat|snake)\b`),
    gatedShared(wordsOf(STRONG), String.raw`\b(?:that|this|some|an?)\s+${FILLS}{0,2}${STRONG}\b`),
    // "Absolute twat whoever wrote that", "total bellends the lot of them": an insult shouted on its own
    // ("Complete idiot here, left the oven on" is the writer; a target or the end of the sentence must follow)
    gatedShared(wordsOf(STRONG), String.raw`\b(?:absolute|total|complete|utter|proper|massive)\s+(?:fucking\s+|bloody\s+)?${STRONG}(?=\s*(?:[.!?,]|$|whoever\b|who\b|the\s+(?:whole\s+)?lot\b|you\b|in\s+the\s+office\b))`),
    // "this page is full of shit stirrers", "the playground is full of idiots"
    gatedShared('full', String.raw`\bfull\s+of\s+(?:${STRONG})`),
    // idiot Mr Jones; waste of space, the lot of you; liars, every one of them
    gatedShared(wordsOf(String.raw`(?:${STRONG}|${SLUR_NOUN}|liars|clowns|losers|wasters|cowards|hypocrites|useless|pathetic|clueless|incompetent|hopeless|spineless|disgrace|joke|waste\s+of\s+(?:space|oxygen|time))`), String.raw`\b${STRONG}\s+(?:mr|mrs|miss|ms)\.?\s+[a-z][a-z'-]+|\b(?:${STRONG}|${SLUR_NOUN}|liars|clowns|losers|wasters|cowards|hypocrites|useless|pathetic|clueless|incompetent|hopeless|spineless|disgrace|joke|waste\s+of\s+(?:space|oxygen|time)),?\s+(?:the\s+(?:whole\s+)?lot|all|every\s+(?:last\s+)?one|each\s+one)\s+of\s+(?:you|yous|ya|them)\b`),
    // I've met brighter lampposts, not the sharpest tool in the box, a few sandwiches short of a picnic
    String.raw`\b(?:not\s+the\s+(?:sharpest|brightest)\s+(?:tool|knife|spark|crayon|bulb|pencil)|(?:few|couple\s+of)\s+(?:sandwiches|bricks|fries|cards|slices)\s+short\s+of\s+a|brains\s+of\s+a\s+(?:goldfish|gnat|rocking\s+horse|plank|sheep|peanut)|(?:met|seen|known)\s+(?:brighter|sharper|smarter|cleverer)\s+(?:lampposts|lamp\s+posts|bulbs|planks|bricks|potatoes|turnips|cabbages|sheep|goldfish))\b`,
    String.raw`\bshut\s+(?:your\s+(?:mouth|face|gob|trap|cakehole))\b`,
    // "That Okafor woman is an absolute nightmare", "that Hall woman is a proper slag": "that <name> woman" is contempt already
    gatedShared(wordsOf(String.raw`(?:${NOUN}|nightmares?|${ADJ}|piece\s+of\s+work)`), String.raw`\bthat\s+[a-z'-]+\s+(?:woman|man|bloke|fella|lady|family|mum|mam|dad|lad|girl|boy|kid|one)\s+${BE}\s+(?:such\s+|so\s+|an?\s+)*${FILLS}{0,3}(?:${NOUN}|nightmares?|${ADJ}|piece\s+of\s+work)\b`),
    // "Gilhespy is a spineless arse licker": anyone called an insult that only ever means a person
    gatedShared(wordsOf(`(?:${LONE}|${CALLED})`), String.raw`\b[a-z][a-z'-]+\s+(?:is|was|'s)\s+(?:such\s+)?an?\s+${FILLS}{0,3}${LONE}\b|\b[a-z][a-z'-]+\s+(?:is|was|'s)\s+(?:such\s+an?|an?\s+(?:right|proper|total|absolute|complete|real|massive|lying|sly|sneaky|utter))\s+${CALLED}\b`),
    // "Faith Bishop is a nasty little bully", "lying little toerag"; a parent's "spoilt little madam" is fond
    String.raw`\b(?:nasty|vile|horrible|evil|spiteful|lying|sly|sneaky)\s+little\s+(?:bully|bullies|liars?|thugs?|brats?|toerags?|sods?|cows?|witch|gits?|rats?|snakes?|weasels?|shits?|scrotes?)\b`,
    // "Tanya Robinson is a lying snake", "backstabbing rat"
    gatedShared(wordsOf(String.raw`(?:snakes?|rats?|weasels?|toads?|worms?|cows?)`), String.raw`\b(?:lying|sly|sneaky|two[\s-]faced|backstabbing|back-stabbing|slimy|snidey|snide)\s+(?:snakes?|rats?|weasels?|toads?|worms?|cows?)\b`),
    // The regional words (insult-words.ts) in their frames, once each rather than in every frame above:
    // "ye meff", "what a twerp", "that wazzock", "she's a right minger", "dunderhead of a deputy",
    // "wazzocks, the lot of you"; a word with an innocent sense needs "you", "what a" or an adjective
    // ("Miss Kaur is a right mare", "you soft get", but not "the knife is a weapon")
    gated(wordsOf(ONLY), String.raw`\b(?:${YOU}|what\s+(?:a|an)|that|this|(?:is|was|are|'s|'re)\s+(?:such\s+)?(?:a|an)|absolute|total|complete|utter|proper|massive|right|full\s+of|bunch\s+of)\s*${BETWEEN}{0,3}${ONLY}\b|\b${ONLY}(?:\s+of\s+(?:a|an)\s+(?:head|headteacher|teacher|deputy|man|woman|ta|coach|parent|mum|dad|bloke)\b|,?\s+the\s+(?:whole\s+)?lot\s+of\s+(?:you|yous|ya|them)\b)`),
    gated(wordsOf(SAID), String.raw`\b(?:${YOU}|what\s+(?:a|an))\s*${BETWEEN}{0,3}${SAID}\b|\b(?:(?:is|was|'s)\s+(?:such\s+)?(?:a|an)|(?:are|were|'re)(?:\s+such)?)\s+${BETWEEN}{1,3}${SAID}\b`),
    // A lone insult as a reply or a sentence: "Gobshite.", "Brown nosing gobshite", "Scruffy meff the lot of yous"
    String.raw`\b(?<=(?:^|[.!?\n,])\s*)(?:(?:${ADJ_FILL}|(?:absolute|total|complete|utter|proper|right|stupid|fat|ugly|thick|little|fucking|bloody)\s+)){0,2}${ONLY}(?:,?\s+the\s+(?:whole\s+)?lot\s+of\s+(?:you|yous|ya|them))?(?=\s*(?:[.!?\n]|$))`,
    // "Bunch of clowns", "what a shower of shite": a group called names
    gatedShared('bunch shower pack load set', String.raw`\b(?<=(?:^|[.!?\n])\s*)(?:what\s+an?\s+|such\s+an?\s+|(?:an?\s+)?(?:absolute|total|complete|right|proper|utter)\s+)?(?:bunch|shower|pack|load|set)\s+of\s+${FILLS}{0,2}(?:${STRONG}|clowns|losers|wasters|jokers|cowboys|hypocrites|liars|cowards|${SAID})(?:,?\s+the\s+(?:whole\s+)?lot\s+of\s+(?:you|yous|ya|them))?(?=\s*(?:[.!?\n,]|$))|\bshower\s+of\s+(?:shite|shit|sh[*#]te|sh[*#]t)\b`),
    // Sayings that only ever describe a person: "a face like a slapped arse", "thick as mince",
    // "a nasty piece of work", "one sandwich short of a picnic", "couldn't organise a piss-up in a brewery"
    gatedShared('face thick nasty short lights organise', String.raw`\bface\s+like\s+an?\s+(?:(?:slapped|smacked|kicked)\s+arse|bag\s+of\s+(?:spanners|hammers)|bulldog\s+chewing\s+a\s+wasp|robbed\s+grave)\b|\b(?:as\s+)?thick\s+as\s+(?:mince|pigshit|pig\s+shit|shit|shite|two\s+short\s+planks|a\s+plank)\b|\b(?:is|was|'s|are|were)\s+(?:an?\s+)?(?:right\s+|real\s+)?nasty\s+pieces?\s+of\s+work\b|\b(?:one|a)\s+(?:sandwich|brick|chip|card|butty)\s+short\s+of\s+an?\b|\blights\s+(?:are|is)\s+on\s+but\s+(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+home\b|\bcouldn'?t\s+organise\s+a\s+piss[\s-]?up\b`),
  ],
  // Calling yourself or your dog an idiot is not abuse.
  innocent: [
    // A class or team called by a plural: "thank you Snowflakes class".
    String.raw`\byou\s+[a-z]+\s+(?:class|team|group)\b|\bthank\s+you\s+[a-z]+`,
    String.raw`\b(?:i'm|im|i\s+am|i\s+was|i\s+felt\s+like|i\s+feel\s+like|made\s+me\s+look\s+like)\s+(?:such\s+|so\s+|a\s+|an\s+|total\s+|complete\s+|absolute\s+|right\s+)*[a-z]+`,
    // A part in a play or a costume: "Daisy is a cow in the nativity", "dressed as a witch".
    String.raw`\b(?:is|as|was|be|being|plays?|played|playing)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:in|for)\s+(?:the|our|this|their|a)\s+(?:[a-z0-9]+\s+)?(?:nativity|play|panto|pantomime|show|production|musical|assembly|story|film|performance)\b|\bdressed\s+(?:up\s+)?as\s+(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+`,
    String.raw`\b(?:dog|cat|puppy|kitten|hamster|rabbit|guinea\s+pig|budgie|husband|hubby)\s+(?:is|was|'s)\s+(?:such\s+)?an?\s+[a-z]+(?:\s+[a-z]+)?`,
    // Banter between friends, an insult reported rather than made, family, a story's baddie:
    // "ur a nutter bab x", "haha you're a clown", "my lad called me a dozy mare", "our kid is a right
    // melt", "the panto baddie was a nasty piece of work"
    String.raw`\b(?:ur|you're|youre|you\s+are|you)\s+(?:an?\s+)?(?:[a-z]+\s+)?[a-z]+,?\s+(?:bab|babe|babes|hun|hunny|x+|lol|haha+|i\s+love\s+(?:ya|you))\b|\b(?:haha+|lol|lmao)\s*,?\s*(?:ur|you're|youre|you\s+are|you)\s+(?:an?\s+)?(?:[a-z]+\s+)?[a-z]+`,
    String.raw`\b(?:call|calls|called|calling)\s+me\s+(?:an?\s+)?(?:[a-z*#@$]+\s+){0,2}[a-z*#@$]+|\b(?:my|our)\s+(?:kid|son|daughter|lad|boy|girl|brother|sister|wife|missus|mam|mum|dad|fella|husband|hubby|partner|nan|grandad)\s+(?:is|was|'s)\s+(?:such\s+)?an?\s+(?:[a-z]+\s+){0,2}[a-z]+|\b(?:baddie|villain|wicked\s+witch|big\s+bad\s+wolf|ugly\s+sisters?|mr\s+twit|mrs\s+twit)\b[^.!?\n]{0,40}`,
    // The other sense: "the puppy did a little shit"
    String.raw`\b(?:did|done|doing|do|does|had|having|have|take|took|taking)\s+(?:a\s+)?(?:little\s+|big\s+|massive\s+)?shits?\b`,
    // Animals on a farm: "a cow in the field", "the pigs on the farm trip"
    String.raw`\b(?:cows?|pigs?|donkeys?|goats?|bulls?)\b[^.!?\n]{0,30}?\b(?:field|fields|farm|barn|meadow|milking|grazing|herd|sty|petting|zoo)\b|\b(?:field|fields|farm|barn|meadow|zoo)\b[^.!?\n]{0,30}?\b(?:cows?|pigs?|donkeys?|goats?|bulls?)\b`,
  ],
});
