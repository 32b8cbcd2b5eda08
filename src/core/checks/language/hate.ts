// Hate aimed at a group: "go back to your own country", "immigrants are vermin", "Islam is a
// disease", "these Romanian families are all thieves", "nobody wants your lot here". Slurs on their
// own are found by the offensive-words detector. Teaching about the Holocaust, Windrush or Eid, and
// "we went back to Poland for the holidays", are not hate.
import { wordsOf } from './gate-words.ts';
import { gated, phraseDetector } from './phrases.ts';

// Nationalities, faiths and other groups as adjectives: "Polish kids", "Muslim parents".
const NAT = String.raw`(?:polish|romanian|bulgarian|lithuanian|latvian|albanian|slovak|czech|hungarian|ukrainian|russian|eastern\s+european|foreign|muslim|islamic|jewish|hindu|sikh|black|asian|pakistani|indian|bangladeshi|somali|nigerian|african|chinese|arab|syrian|afghan|kurdish|turkish|iraqi|iranian|gypsy|traveller|roma|immigrant|migrant|refugee|gay|trans|irish)`;
// People nouns that make a group of the adjective.
const FOLK = String.raw`(?:families|family|kids|children|parents|mums|mothers|dads|fathers|people|lot|men|women|boys|girls|lads|gangs|workers|neighbours|pupils|youths|teenagers|ones|folk)`;
const GROUP = String.raw`(?:immigrants|foreigners|muslims|moslems|jews|jewish\s+people|gays|gay\s+people|lesbians|homosexuals|blacks|black\s+people|asians|pakistanis|indians|poles|polish|romanians|bulgarians|lithuanians|albanians|eastern\s+europeans|gypsies|travellers|roma|refugees|asylum\s+seekers|migrants|arabs|africans|somalis|nigerians|chinese|trans\s+people|transgender\s+people|these\s+people|their\s+kind|them\s+lot|${NAT}\s+${FOLK})`;
const ISM = String.raw`(?:islam|judaism|hinduism|sikhism|homosexuality|being\s+gay|being\s+trans)`;
// A sweeping charge laid on a whole group.
const CHARGE = String.raw`(?:terrorists|vermin|scum|animals|savages|parasites|criminals|rapists|thieves|robbers|pickpockets|beggars|scroungers|spongers|liars|cheats|druggies|drunks|paedos|perverts|a\s+disease|a\s+plague|a\s+cancer|a\s+problem|trouble|troublemakers|subhuman|dirty|filthy|smelly|lazy|thick|dangerous|disgusting|ruining|taking\s+over|taking\s+our|breeding|invading|the\s+problem|evil|on\s+benefits|not\s+to\s+be\s+trusted)`;
// Slurs for a group, in the plural (the words alone are also found by the offensive-words detector).
const SLURS = String.raw`(?:pakis|p\*kis|p\*\*is|polacks|gyppos|gypos|pikeys|wogs|chinks|niggers|coons|poofs|poofters|trannies|yids|kikes|ragheads|towelheads)`;
// Countries people are told to "go back to".
const COUNTRY = String.raw`(?:poland|romania|bulgaria|lithuania|latvia|albania|slovakia|ukraine|russia|africa|nigeria|somalia|ghana|jamaica|pakistan|india|bangladesh|china|syria|iraq|iran|afghanistan|turkey|morocco|the\s+jungle|your\s+(?:own\s+)?(?:village|mosque|caravan|desert))`;

// What "this is England" is said to be not, or what to speak there.
const NOT_HERE = String.raw`(?:not\s+(?:${COUNTRY}|an?\s+(?:muslim|islamic|foreign)\s+(?:country|school))|(?:so\s+)?(?:speak|learn)\s+(?:english|the\s+language))`;

export const hateDetector = phraseDetector({
  name: 'hate',
  category: 'hate',
  rule: 'no-offensive-content',
  reason: 'This attacks people for who they are (race, religion, sexuality, disability or similar)',
  confidence: 0.85,
  triggers:
    'country countries came come immigrants foreigners muslims moslems jews jewish gays gay lesbians homosexuals blacks black asians pakistanis indians poles polish romanians europeans gypsies travellers refugees seekers migrants arabs africans chinese trans transgender people kind lot send full many islam judaism hinduism sikhism homosexuality ' +
    'romanian bulgarian bulgarians lithuanian lithuanians latvian albanian albanians slovak czech hungarian ukrainian russian european foreign muslim islamic hindu sikh asian pakistani indian bangladeshi somali somalis nigerian nigerians african arab syrian afghan kurdish turkish iraqi iranian gypsy traveller roma immigrant migrant refugee irish ' +
    'poland romania bulgaria lithuania latvia albania slovakia ukraine russia africa nigeria somalia ghana jamaica pakistan india bangladesh china syria iraq iran afghanistan turkey morocco jungle village mosque caravan desert wants welcome wanted belong trust typical ' +
    'overrun swamped flooded infested crawling pakis polacks gyppos gypos pikeys wogs chinks niggers coons poofs poofters trannies yids kikes ragheads towelheads england britain uk christian nicked stolen robbed pinched nicking stealing robbing thieving',
  patterns: [
    String.raw`\bgo\s+back\s+(?:to\s+)?(?:where\s+)?(?:your|you|their|they)\s+(?:own\s+)?(?:country|countries|came\s+from|come\s+from)\b`,
    // "Ship the lot of them back where they came from", "send them all back to where they come from"
    String.raw`\b(?:send|sent|ship|shipped|deport|kick|boot)\s+(?:the\s+(?:whole\s+)?lot\s+of\s+)?(?:them|em|'em|you|yous)\s+(?:all\s+)?back\s+(?:to\s+)?where\s+(?:they|you)\s+(?:came|come)\s+from\b`,
    String.raw`\b(?:all\s+)?(?:these\s+|those\s+|the\s+|all\s+the\s+|all\s+these\s+)?${GROUP}\s+(?:are|r|were)\s+(?:all\s+)?(?:just\s+|always\s+|nothing\s+but\s+)?${CHARGE}\b`,
    String.raw`\b(?:all\s+)?(?:these\s+|those\s+|the\s+|all\s+the\s+)?${GROUP}\s+(?:should|shouldn't|should\s+not|must|need\s+to|ought\s+to)\s+(?:all\s+)?(?:be\s+)?(?:sent\s+(?:home|back)|deported|banned|kicked\s+out|go\s+home|go\s+back|not\s+be\s+allowed|be\s+allowed|be\s+shot|be\s+gassed|be\s+teaching|teach|be\s+working\s+with|work\s+with|be\s+near|be\s+around)\b`,
    String.raw`\b${GROUP}\s+(?:control|run|own)\s+(?:the|our|everything|this|all)\b`,
    String.raw`\bsend\s+(?:them|these\s+people|them\s+all|the\s+lot\s+of\s+them)\s+(?:all\s+)?(?:back|home)\b|\bcountry\s+is\s+full\b|\bsend\s+(?:them|him|her|these\s+[a-z]+|those\s+[a-z]+|the\s+lot\s+of\s+them)\s+(?:all\s+)?back\s+to\s+${COUNTRY}\b`,
    String.raw`\b(?:get|kick|throw|keep)\s+(?:the\s+|these\s+|those\s+|all\s+the\s+)?${GROUP}\s+out\b`,
    String.raw`\btoo\s+many\s+(?:foreigners|immigrants|migrants|muslims|blacks|asians|pakistanis|gypsies|travellers|jews|poles|refugees|${NAT}\s+${FOLK}|${SLURS})\b`,
    String.raw`\b${ISM}\s+is\s+(?:a\s+)?(?:disease|cancer|plague|sickness|evil|perversion|abomination|mental\s+illness)\b`,
    String.raw`\b(?:overrun|swamped|flooded|infested|crawling)\s+(?:by|with)\s+(?:${GROUP}|${SLURS})`,
    // "Romanian kids always steal", "them Polish lot never wash"
    String.raw`\b${NAT}\s+${FOLK}\s+(?:all\s+|always\s+|just\s+)?(?:steal|stink|smell|nick|scrounge|beg|lie|cheat|breed|never\s+wash|don'?t\s+wash|cause\s+trouble|bring\s+(?:crime|disease|trouble))\b`,
    // "never trust a Romanian", "typical Polish", "you can't trust them Pakistanis"
    String.raw`\b(?:never|can'?t|cannot|don'?t)\s+trust\s+(?:a\s+|an\s+|any\s+|them\s+|those\s+|these\s+)?(?:${NAT}|${GROUP})\b|\btypical\s+${NAT}\b(?!\s+(?:food|dish|dishes|breakfast|dance|music|costume|dress|song|weather|recipe|meal|festival|holiday))`,
    // "Go back to Poland", "you lot can go back to Africa", "fuck off back to Romania"
    String.raw`(?:^|[.!?,;:]\s*|\b(?:you|they|them|lot|should|just|can|could|all|off|and|please|everyone)\s+)(?:go|get|fuck\s+off|piss\s+off|clear\s+off|bugger\s+off|sod\s+off)\s+back\s+(?:home\s+)?to\s+${COUNTRY}\b(?!\s+(?:for|next|this|in\s+the|on\s+holiday|to\s+visit|every|at|in\s+(?:the\s+)?(?:summer|spring|autumn|winter|july|august|december)))`,
    // "nobody wants your lot here", "your kind aren't welcome", "people like you don't belong here"
    String.raw`\b(?:nobody|no\s+one|no-one)\s+wants\s+(?:your|their|you|them)\s+(?:lot|kind|sort|type|people)\b|\b(?:your|their|you|them|that)\s+(?:lot|kind|sort|type|people)\s+(?:are|is|aren't|isn't|'re|r)\s+(?:not\s+)?(?:welcome|wanted)\s+(?:here|round\s+here|in\s+this\s+country)\b|\b(?:your|their|you|them)\s+(?:lot|kind|sort|type|people)\s+(?:don't|do\s+not|doesn't)\s+belong\s+(?:here|in\s+this\s+country)\b|\bpeople\s+like\s+(?:you|them)\s+(?:don't|do\s+not)\s+belong\s+(?:here|in\s+this\s+country)\b|\bpeople\s+like\s+(?:you|them)\s+(?:aren't|are\s+not)\s+(?:welcome|wanted)\s+(?:here|in\s+this\s+country)\b`,
    // "This is England not Pakistan", "this is Britain, speak English"
    gated(wordsOf(NOT_HERE), String.raw`\bthis\s+is\s+(?:england|britain|great\s+britain|the\s+uk|a\s+christian\s+(?:country|school)),?\s+${NOT_HERE}\b`),
    // "gay lot celebrating pride month at a catholic school, disgusting"
    String.raw`\b${NAT}\s+lot\b[^.!?\n]{0,80}?\b(?<!\bnot\s|n't\s)(?:disgusting|vile|sick|sickening|wrong|shameful|perverted|unnatural|an\s+abomination|ruining|shoving\s+it\s+down)\b`,
    // "Bet those Romanian gypsies on the estate have nicked the lead again"
    String.raw`\b(?:those|these|them)\s+(?:${NAT}\s+)?(?:${GROUP}|${SLURS})\s+(?:[a-z']+\s+){0,4}?(?:nicked|stolen|robbed|pinched|nicking|stealing|robbing|thieving)\b(?!\s+(?:the\s+show|our\s+hearts|the\s+limelight|the\s+spotlight))`,
  ],
});
