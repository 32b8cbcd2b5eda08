// Allegations of wrongdoing against an identifiable person or the school: violence to a child,
// theft and fraud ("fiddling the trip money", "cooking the figures", "on the fiddle"), cover-ups,
// lying to inspectors, drink or drugs at work, affairs, arrests, unfairness ("has favourites",
// "marks the white kids' work higher"). "The teachers stole the show", "a boy who keeps hitting my
// son" (no one identifiable) and "we have favourites from every class on the wall" pass.
import { phraseDetector } from './phrases.ts';

const CHILD = String.raw`(?:my|a|the|our|his|her|their|that|one|two|several|some)\s+(?:[a-z]+\s+)?(?:son|daughter|child|kid|boy|girl|lad|children|kids|pupils?|little\s+one|baby|class)`;

export const allegationDetector = phraseDetector({
  name: 'allegation',
  category: 'allegation',
  rule: 'no-allegations',
  reason: 'This alleges wrongdoing by an identifiable person or the school: say it through the proper channels, not in public',
  merge: 'sentence',
  confidence: 0.8,
  kinds: ['comment', 'personal'],
  triggers:
    'sent sending sends embezzler embezzlers cooks cook cooking cooked doctored doctoring forged forging faked faking misused misusing misappropriated misappropriating misappropriation fiddle till pockets pocket helping helped dipping dipped dips creaming favourites favorites favouritism favours mark marks treats treat racist sexist homophobic transphobic blind carpet rug ranks looks stares friendly touchy touching familiar ' +
    'hit hits hitting smacked smacks slapped slaps grabbed grabs pushed shoved kicked punched assaulted manhandled dragged shook threw hurt harmed abused molested touched restrained steals stealing stole pinching pinched nicking nicked pocketing pocketed embezzling embezzled embezzlement embezzle embezzles siphoning siphoned skimming fiddled fiddling fiddles falsified falsifies falsifying fudged fudging massaged massaging rigged rigging backhanders bribes kickbacks cut bungs cover covers covered covering hush hushed hushing hushes swept hiding hid hides concealing concealed lied lies lying drunk stoned high wasted face drugs coke cocaine something drink drinks drinking smell affair sleeping arrested record register nonce paedo paedophile pedo pedophile groomer predator bully bullies bullied bullying swears swore swearing screams screamed screaming leaves leave locks lock reading skip jump selling caught driving took taking takes taken abusing grooming groomed molesting molested kept inappropriate knew knows known',
  patterns: [
    String.raw`\b(?:hit|hits|hitting|smacked|smacks|slapped|slaps|grabbed|grabs|pushed|shoved|kicked|punched|assaulted|manhandled|dragged|shook|threw|hurt|harmed|abused|molested|touched|restrained)\s+${CHILD}\b`,
    String.raw`\b(?:steals|stealing|stole|pinching|pinched|nicking|nicked|pocketing|pocketed|embezzling|embezzled|embezzles|embezzle|siphoning|siphoned|skimming|fiddled|fiddling|fiddles|falsified|falsifies|falsifying|fudged|fudging|massaged|massaging|rigged|rigging|doctored|doctoring|forged|forging|faked|faking|misused|misusing|misappropriated|misappropriating)\s+(?:from\b|(?:[a-z']+\s+){0,3}?(?:money|cash|funds?|takings|budget|books|accounts|expenses|raffle|laptops?|ipads?|tablets?|stuff|equipment|figures|results|numbers|data|attendance|register|dinner\s+money|donations|pot|grants?|grades|marks|stats|statistics|receipts|signatures?)\b)`,
    String.raw`\b(?:took|taking|takes|taken)\s+(?:money|cash|funds?)\s+(?:out\s+of|from)\b`,
    String.raw`\b(?:abusing|grooming|groomed|molesting|molested)\s+(?:the\s+)?(?:kids|children|pupils|a\s+child|girls|boys|my\s+[a-z]+)\b|\bkept\s+(?:it\s+|this\s+|that\s+)?quiet\b`,
    String.raw`\b(?:embezzling|embezzled|embezzlement|embezzle|embezzles|embezzler|embezzlers)\b|\bcaught\s+(?:drink\s+driving|drink-driving|stealing|shoplifting|with\s+drugs|taking\s+drugs|drunk)\b|\b(?:drink\s+driving|drink-driving|drink\s+driver|drink-driver)\b`,
    String.raw`\b(?:knew|knows|has\s+known)\s+(?:about\s+)?(?:[a-z]+\s+){0,2}(?:abuse|bullying|assault|it|this)\s+and\s+(?:did|does|has\s+done)\s+nothing\b`,
    String.raw`\b(?:cook|cooked|cooking|cooks)\s+the\s+(?:[a-z']+\s+){0,2}?(?:books|figures|results|numbers|data|register|attendance|stats|accounts)\b\b`,
    String.raw`\b(?:taking|took|takes|accepting|accepted)\s+(?:backhanders|bribes|kickbacks|a\s+cut|bungs)\b`,
    String.raw`\b(?:(?:cover|covers|covered|covering)\s+(?:it\s+|this\s+|that\s+|things\s+)?up|cover-up|(?:hush|hushed|hushing|hushes)\s+(?:it\s+|this\s+|that\s+)?up|swept\s+(?:it\s+)?under\s+the\s+carpet)\b`,
    String.raw`\b(?:hiding|hid|hides|concealing|concealed)\s+(?:a\s+|an\s+|the\s+)?(?:abuse|safeguarding|bullying|incident|truth|evidence|complaints?|accident|injury|assault)`,
    String.raw`\b(?:lied|lies|lying)\s+(?:to|about)\s+(?:ofsted|parents|us|the\s+governors|governors|the\s+council|the\s+police|inspectors|the\s+la)\b`,
    String.raw`\b(?:turns?|turned|comes?|came|shows?|showed)\s+(?:up|in)\s+(?:to\s+[a-z-]+\s+|to\s+work\s+|at\s+[a-z-]+\s+)?(?:drunk|stoned|high|wasted|off\s+(?:his|her|their)\s+face)\b`,
    String.raw`\b(?:is|was|are|were|'s|gets)\s+(?:always\s+|often\s+|clearly\s+|obviously\s+|usually\s+)?(?:drunk|stoned|on\s+(?:drugs|coke|cocaine|something|the\s+drink))\b`,
    String.raw`\b(?:drinks|drinking|drunk)\s+(?:on\s+the\s+job|at\s+work|in\s+school|in\s+class)\b`,
    String.raw`\bsmell\s+(?:the\s+)?(?:alcohol|booze|drink|it)\s+on\s+(?:him|her|them)\b`,
    String.raw`\b(?:having|had|has\s+had|is\s+having)\s+(?:a|an)\s+affair\b`,
    String.raw`\bsleeping\s+with\s+(?:the|a|his|her|mr|mrs|miss|one\s+of)\b`,
    String.raw`\b(?:was|been|got|has\s+been|were)\s+arrested\b`,
    String.raw`\b(?:criminal\s+record|sex\s+offenders?\s+register)\b`,
    String.raw`\b(?:is|he's|she's|was)\s+(?:a\s+)?(?:nonce|paedo|paedophile|pedo|pedophile|groomer|predator)\b`,
    String.raw`\b(?:sent|sending|sends)\s+(?:[a-z]+\s+)?(?:inappropriate|sexual|explicit|dodgy|creepy)\s+(?:messages|texts|photos|pictures|pics|images)\b|\binappropriate\s+(?:messages|texts|photos|relationship|contact|behaviour)\s+(?:with|to)\s+(?:a\s+)?(?:pupils?|childs?|students?|kids|children|childrens|girls?|boys?)\b`,
    String.raw`\b(?:bully|bullies|bullied|bullying)\s+(?:the\s+)?(?:staff|colleagues|teachers|kids|children|pupils|my\s+(?:son|daughter|child|kid|boy|girl))\b`,
    String.raw`\b(?:swears|swore|swearing|screams|screamed|screaming)\s+at\s+(?:the\s+)?(?:kids|children|pupils|my\s+(?:son|daughter|child|kid))\b`,
    String.raw`\bleaves?\s+(?:the\s+)?(?:[a-z]+\s+)?(?:kids|children|pupils|class)\s+(?:on\s+their\s+own|alone|unsupervised)\b`,
    String.raw`\blocks?\s+(?:the\s+)?(?:kids|children|pupils|my\s+[a-z]+)\s+in\b`,
    String.raw`\breading\s+(?:parents'?|people's|our|other\s+people's|private)\s+(?:private\s+)?(?:emails|messages|files|records)\b`,
    String.raw`\b(?:skip|jump)\s+the\s+(?:waiting\s+list|queue\s+for\s+places)\b`,
    // on the fiddle, hand in the till, helping herself to the PTA money, lining his own pockets
    String.raw`\bon\s+the\s+fiddle\b|\b(?:hand|hands|fingers)\s+in\s+the\s+till\b|\b(?:helping|helped|helps)\s+(?:himself|herself|themselves)\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:money|cash|funds|donations|takings|budget)\b|\blining\s+(?:his|her|their)\s+(?:own\s+)?pockets\b|\b(?:dipping|dipped|dips)\s+(?:into|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:money|cash|funds|budget|pot|tin|account|takings)\b|\bcreaming\s+(?:off|money)\b`,
    // has favourites, marks the white kids' work higher, treats the black kids differently
    String.raw`(?<!\b(?:we|i|you|everyone|everybody)\s+)\b(?:has|have|had|plays?|played|playing|picks?|picked|picking)\s+(?:(?:their|his|her|obvious|clear|blatant|definite|real)\s+)?(?:favourites|favorites)\b|\bfavouritism\b|\bfavours\s+(?:the\s+)?(?:white|black|asian|polish|english|muslim|christian|rich|posh|pta|governors'?|teachers'?|staff|boys|girls)\b`,
    String.raw`\bmarks?\s+(?:the\s+)?(?:[a-z']+\s+){0,3}?(?:work|kids'?|children'?s?|pupils'?|girls'?|boys'?|books|tests?|essays?|papers)\s+(?:higher|lower|harder|down|more\s+(?:harshly|generously|kindly|strictly))\b|\btreats?\s+(?:the\s+)?(?:[a-z]+\s+)?(?:kids|children|pupils|girls|boys|families|parents)\s+(?:differently|worse|unfairly|like\s+(?:dirt|rubbish))\b`,
    String.raw`\b(?:he|she|they|mr\s+[a-z'-]+|mrs\s+[a-z'-]+|miss\s+[a-z'-]+|ms\s+[a-z'-]+|teacher|head|headteacher|deputy|ta|caretaker|receptionist|school|staff)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:so\s+|clearly\s+|obviously\s+|openly\s+|totally\s+|blatantly\s+|a\s+)?(?:racist|sexist|homophobic|transphobic)\b`,
    // turned a blind eye, swept it under the rug, closed ranks, protecting one of their own
    String.raw`\b(?:turn|turns|turned|turning)\s+a\s+blind\s+eye\b|\b(?:sweep|sweeps|sweeping|swept|brushed|brush|brushing)\s+(?:[a-z]+\s+){0,3}?under\s+the\s+(?:carpet|rug)\b|\bclosed\s+ranks\b|\bprotecting\s+(?:their\s+own|one\s+of\s+their\s+own)\b`,
    // the way he looks at the girls, too friendly with the boys
    String.raw`\b(?:the\s+way|how)\s+(?:he|she|mr\s+[a-z'-]+|that\s+[a-z]+)\s+(?:looks\s+at|stares\s+at|touches|gets\s+close\s+to)\s+(?:the\s+)?(?:little\s+|young\s+|year\s+\d\s+)?(?:girls|boys|kids|children|pupils)\b|\btoo\s+(?:friendly|close|touchy|familiar|hands-on)\s+with\s+(?:the\s+)?(?:little\s+|young\s+|year\s+\d\s+)?(?:girls|boys|kids|children|pupils)\b|\balways\s+touching\s+(?:the\s+)?(?:girls|boys|kids|children|pupils)\b`,
    String.raw`\bselling\s+(?:school|the\s+school's|our)\s+[a-z]+\b`,
  ],
  innocent: [
    String.raw`\b(?:boy|girl|child|kid|lad|pupil|someone|somebody|anyone)\s+(?:who|that)\s+(?:keeps\s+|has\s+been\s+|is\s+|was\s+)?[a-z]+(?:ing|ed)\b`,
    String.raw`\bcover\s+up\s+(?:in|from|against|with|well)\b`,
    String.raw`\b(?:nobody|no\s+one|no-one|luckily\s+no)\s+(?:was\s+|were\s+)?(?:hurt|harmed)\b`,
  ],
});
