// Threats and intimidation: violence, "I know where you live", "you'll regret it", threats to
// someone's job, damage to their car or house ("slash the tyres", "key her car"), veiled threats ("I
// know where he parks", "he's going to regret it") and British and regional ways of saying it ("I'll
// lay him out", "I'll bray him", "you'll end up in the Wear"). "Killed it on stage", "could murder a
// brew", "I'll see you at the gate" and "the tyres on the minibus need replacing" pass, and so do a
// team's "we'll batter them on Saturday", "battered cod", "decked the halls" and a visit from the nurse.
import { wordsOf } from './gate-words.ts';
import { gated, phraseDetector } from './phrases.ts';

const WILL = String.raw`(?:i'll|ill|i\s+will|i'm\s+going\s+to|im\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+am\s+going\s+to|i\s+swear\s+i'll|i\s+swear\s+i\s+will|i'd|we'll|we\s+will)`;
// Whose car or house: "his", "the head's", "Mrs Lee's".
const WHOSE = String.raw`(?:his|her|their|your|the\s+[a-z]+'?s|that\s+[a-z]+'?s|(?:mr|mrs|miss|ms)\s+[a-z'-]+'s)`;
const PROPERTY = String.raw`(?:car|cars|house|home|windows?|windscreen|flat|van|garden|front\s+door|shed|motor|bmw|beemer|audi|merc|mercedes|range\s+rover|land\s+rover|porsche|jag|jaguar|tesla|4x4)\b(?!\s*-?\s*(?:design|project|challenge|race|racing|boot|sale|wash|park|share))`;
// Someone on the receiving end, without "the X" ("I'll flatten the box" is not a threat).
const WHOM = String.raw`(?:you|him|her|them|someone|somebody|that\s+[a-z'-]+|(?:mr|mrs|miss|ms)\s+[a-z'-]+)`;
// Where a body ends up: rivers of the regions the schools are in, canals, docks, a box.
const DUMPED = String.raw`(?:the\s+)?(?:wear|tyne|tees|thames|mersey|irwell|aire|calder|severn|avon|clyde|trent|humber|ouse|river|canal|cut|dock|docks|harbour|quarry|reservoir|ditch|a\s+ditch|a\s+box|a\s+wheelchair|the\s+morgue|a\s+body\s+bag|the\s+cemetery|the\s+graveyard|intensive\s+care)`;
const OBJ = String.raw`(?:you|him|her|them|that\s+[a-z]+|the\s+[a-z]+|mr\s+[a-z'-]+|mrs\s+[a-z'-]+|miss\s+[a-z'-]+|ms\s+[a-z'-]+|his|her|your|their)`;

// What happens to someone, in the words of the North, the Midlands, London and Merseyside: "he's
// getting leathered", "someone's gonna get lamped", "she's getting merked", "getting wet up".
const DONE_TO = String.raw`(?:battered|brayed|decked|lamped|chinned|leathered|twatted|glassed|shanked|stabbed|merked|wet\s+up|banged\s+out|sparked\s+out|knocked\s+out|filled\s+in|done\s+in|dealt\s+with|(?:their|his|her|your)\s+head\s+kicked\s+in|a\s+(?:good\s+)?(?:slap|smack|kicking|hiding|beating|battering|leathering|pasting))`;
const ONE_OF_US = String.raw`(?:our\s+kid|my\s+(?:brothers?|lads|boys|mates|cousins?|fella|boyfriend)|the\s+(?:lads|boys))`;

const THREATS_ACROSS_ENGLAND = [
  gated(`getting gonna going get + ${wordsOf(DONE_TO)}`, String.raw`\b(?:(?:you're|youre|you\s+are|he's|she's|he\s+is|she\s+is|they're|they\s+are|someone's|somebody's|someone\s+is|somebody\s+is)\s+(?:getting|gonna\s+get|going\s+to\s+get)|(?:you'll|youll|you\s+will|he'll|she'll|they'll|he\s+will|she\s+will|someone'?ll|somebody'?ll|someone\s+will|somebody\s+will)\s+(?:be\s+getting|get))\s+${DONE_TO}\b(?!\s+(?:by|in|at|on)\s+(?:the\s+)?(?:school|head|police|teachers?|office|football|rugby|netball|match|game|league|final|cup|quiz|pitch|fifa|chess|rain|wind|weather))(?!\s+(?:cod|fish|sausages?|haddock|chips))`),
  // "That boy who jumped my son is getting merked": words a team or a fish are never "getting"
  gated('getting gonna going + merked shanked stabbed glassed wet banged sparked lamped chinned brayed twatted filled done', String.raw`\b[a-z]+\s+(?:is|'s)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:merked|shanked|stabbed|glassed|wet\s+up|banged\s+out|sparked\s+out|lamped|chinned|brayed|twatted|filled\s+in|done\s+in)\b`),
  // "I'll bang her out", "I'm gonna bang out the next person", "I'll do him in", "drag her out by her weave"
  String.raw`\b${WILL}\s+(?:\w+\s+)?bang\s+(?:(?:him|her|you|them|that\s+[a-z'-]+)\s+out|out\s+(?:him|her|you|them|that\s+[a-z'-]+|the\s+next))\b|\b${WILL}\s+do\s+(?:him|her|you|them|that\s+[a-z'-]+)\s+in\b(?!\s+(?:the|a|an|his|her|their|your|my|our|time))|\b${WILL}\s+drag\s+(?:him|her|you|them)\s+out\s+by\s+(?:his|her|your|their)\s+(?:hair|weave|collar|ear|ears|neck|throat|scruff)\b`,
  // "I'll put his windows through", "I'll smash her windows in"
  String.raw`\b${WILL}\s+(?:put|smash|kick|have)\s+(?:his|her|their|your)\s+(?:front\s+)?(?:windows?|windscreen|door)\s+(?:through|in)\b`,
  // "he's getting a visit off our kid", "I'll have someone pay him a visit", "you'll be getting a visit."
  gated('visit', String.raw`\bgetting\s+a\s+(?:little\s+)?visit\s+(?:off|from)\s+(?:${ONE_OF_US}|me|us)\b|\b(?:have|get|send|sending|getting)\s+(?:someone|somebody|${ONE_OF_US})\s+(?:to\s+)?pay\s+(?:him|her|you|them|that\s+[a-z'-]+)\s+a\s+(?:little\s+)?visit\b|\b(?:you'll|youll|you\s+will|he'll|she'll|they'll)\s+be\s+getting\s+a\s+(?:little\s+)?visit(?=\s*(?:[.!\n]|$))`),
  // "Our kid knows where she lives", "my brothers know where you park"
  String.raw`\b${ONE_OF_US}\s+knows?\s+where\s+(?:you|he|she|they)\s+(?:lives?|parks?|drinks|sleeps?|works?)\b`,
  // "Some people on that page need a good hiding"
  gated('people parents mums dads', String.raw`\b(?:some|certain)\s+(?:people|parents|mums|dads)\b[^.!?\n]{0,40}?\b(?:need|deserve|want)s?\s+(?:a\s+)?(?:good\s+|right\s+|proper\s+)?(?:slap|smack|kicking|hiding|battering|leathering|pasting|clip\s+round\s+the\s+ear|thick\s+ear)\b`),
  // "I won't be responsible for my actions", "he'll be the one needing an ambulance", "it's on sight", "catch him lackin"
  gated('responsible ambulance sight lackin lacking', String.raw`\b(?:i|he|she)\s+(?:won'?t|will\s+not|can'?t|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+(?:my|his|her)\s+actions\b|\b(?:you'll|you\s+will|he'll|he\s+will|she'll|she\s+will|they'll)\s+be\s+(?:the\s+ones?\s+)?(?:needing|in\s+need\s+of|calling\s+for)\s+an\s+ambulance\b|\bit'?s\s+on\s+sight\b(?!\s+reading)|\bcatch\s+(?:him|her|you|them|that\s+[a-z'-]+)\s+lack(?:in|ing)\b`),
  // "Your car won't be looking so pretty tomorrow", "I've took your reg", "he wants to be careful walking to his car at night"
  String.raw`\byour\s+(?:car|house|windows|face|motor|van)\s+(?:won'?t|will\s+not)\s+be\s+looking\s+so\s+(?:pretty|nice|good|clever|smart|shiny|clean)\s+(?:tomorrow|tonight|for\s+long|after\s+i)|\b(?:i'?ve|i\s+have)\s+(?:(?:took|taken|clocked)\s+(?:your|his|her|their)\s+(?:reg|registration|number\s+plate|car\s+reg)\b|got\s+(?:your|his|her|their)\s+(?:reg|registration|number\s+plate|car\s+reg)(?=\s*(?:[.!\n]|$)))|\b(?:you|he|she|they)\s+(?:wants?|want|had\s+better|'d\s+better|better)\s+(?:to\s+)?be\s+careful\s+(?:walking|going|driving|getting)\s+(?:home|to\s+(?:his|her|your|their)\s+car)\b|\b(?:you|he|she|they)\s+(?:wants?|want|had\s+better|'d\s+better|better)\s+(?:to\s+)?be\s+careful\s+(?:[a-z]+\s+){0,4}?(?:at\s+night|in\s+the\s+dark|round\s+here)\b`,
  // "Keep talking and see what happens", "watch what happens when I see Mr Murphy"
  gated('happens', String.raw`\bkeep\s+(?:talking|it\s+up|pushing|mouthing(?:\s+off)?|messaging|posting|commenting|on)\b[^.!?\n]{0,30}?\band\s+(?:see|watch)\s+what\s+happens\b|\bwatch\s+what\s+happens\s+when\s+i\s+(?:see|catch|get\s+hold\s+of|find)\b`),
  // Online: "I'll post her address", "I'll put his details all over Facebook"
  String.raw`\b${WILL}\s+(?:post|share|leak|publish|plaster|put)\s+(?:his|her|their|your)\s+(?:home\s+)?address\b(?!\s+(?:labels?|to\s+the|on\s+the\s+(?:form|envelope|letter|card)|for\s+the))|\b${WILL}\s+(?:post|share|leak|publish|plaster|put)\s+(?:his|her|their|your)\s+(?:address|number|phone\s+number|details|photos?|pictures?|reg)\s+(?:all\s+over|everywhere|online|on\s+here|for\s+everyone)\b`,
];

export const threatDetector = phraseDetector({
  name: 'threat',
  category: 'threat',
  rule: 'no-offensive-content',
  reason: 'This threatens or intimidates someone',
  merge: 'sentence',
  confidence: 0.85,
  triggers:
    'wait someone somebody slash slashing key keying brick bricks rock rocks stone stones bottle firework smash smashing trash wreck vandalise egg torch firebomb fire petrol tyres tires know regret happens shame isnt aint warn messing messed careful ' +
    'kill murder batter hurt punch slap deck stab strangle throttle floor lamp thump smack glass shoot knock smash kick bash break rip through sort waiting ill lose loses sacked watch live lives regret deal myself personally hospital else hands deserve deserves youd shed hed theyd pay wont sorry hell misery miserable lesson ruin destroy shoulder shoulders roll warned coming burn torch bomb blow pray dont yours hers theirs catch brothers mates lads cousins laughing kicking hiding beating battered stabbed knocked kicked touch finger brave tough outside ' +
    'going gonna stick hair eyes lights throat skull ribs lay spark bray chin leather belt wallop clobber twat nut brain flatten kneecap filled leathered twatted smack hiding kicking battering leathering pasting belting thick ' +
    'wear tyne tees thames mersey irwell aire calder severn avon clyde trent humber ouse river canal cut dock docks harbour quarry reservoir ditch box wheelchair morgue cemetery graveyard intensive ' +
    'dead meat touches touched lays drive drives done slashed smashed keyed block shuts shut talk ' +
    'end finish hoy hull launch lump lobbing hoying hulling launching motor bmw beemer audi merc mercedes rover porsche jag jaguar tesla shank merk wet ' +
    'brayed decked lamped chinned glassed shanked merked banged sparked dealt sorted visit address details responsible ambulance sight lackin lacking reg registration plate careful happens drag bang',
  patterns: [
    String.raw`\b${WILL}\s+(?:\w+\s+)?(?:kill|murder|batter|hurt|punch|slap|deck|stab|strangle|throttle|floor|lamp|thump|smack|glass|shoot)\s+${OBJ}\b(?!\s+for\b)`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?knock\s+(?:him|her|you|them)\s+(?:out|flat|senseless|into\s+next\s+week)\b`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?(?:knock|smash|kick|punch|bash|break|rip)\s+(?:his|her|your|their)\s+(?:\w+\s+)?(?:face|head|teeth|legs?|arms?|neck|nose|jaw|block|hair|eyes|lights|throat|skull|ribs)\b`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?put\s+(?:\w+\s+){1,3}through\s+(?:a|the|that)\s+(?:window|wall|door)\b`,
    String.raw`\b${WILL}\s+sort\s+(?:him|her|them|you|that\s+[a-z]+)\s+out\b`,
    String.raw`\b${WILL}\s+(?:be\s+)?(?:wait|waiting)\s+for\s+(?:you|him|her|them)\s+outside\b`,
    String.raw`\b${WILL}\s+(?:ruin|destroy|end|finish)\s+(?:you|him|her|them)\b`,
    String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll)\s+be\s+sorry\b`,
    String.raw`\bmake\s+(?:your|his|her|their)\s+(?:life|lives)\s+(?:hell|a\s+(?:living\s+)?hell|a\s+misery|miserable)\b`,
    String.raw`\bteach\s+(?:him|her|them|you|that\s+[a-z]+)\s+a\s+lesson\b(?!\s+(?:on|about|in)\b)`,
    String.raw`\b${WILL}\s+be\s+waiting\s+(?:for\s+(?:you|him|her|them)|outside)\b`,
    String.raw`\b${WILL}\s+have\s+(?:him|her|them)\s+when\s+i\s+(?:see|catch|get\s+hold\s+of)\b|\b${WILL}\s+have\s+you\b(?!\s+(?:know|home|back|in|on|over|round|to|for|all|there))`,
    String.raw`\b${WILL}\s+make\s+sure\s+(?:you|he|she|they)\s+(?:lose|loses|never|get\s+sacked|gets\s+sacked)\b`,
    String.raw`\b(?:you'd|youd|he'd|she'd|they'd)\s+better\s+(?:not\s+be|hope|watch|stay\s+away)\b`,
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+for\s+(?:you|him|her|them)\b`,
    String.raw`\b${WILL}\s+deal\s+with\s+(?:him|her|them|you)\s+(?:myself|personally)\b`,
    String.raw`\b${WILL}\s+(?:be\s+)?(?:wait|waiting)\s+for\s+(?:you|him|her|them)\s+(?:in\s+the\s+car\s+park|after\s+school)\b`,
    gated('someone somebody', String.raw`\b(?:someone|somebody)(?:'s|\s+is|\s+will)?\s+(?:going\s+to\s+|gonna\s+)?end\s+up\s+in\s+(?:hospital|a&e|a\s+box)\b|\b(?:someone|somebody)(?:\s+is|'s|\s+will)?\s+(?:going\s+to\s+|gonna\s+)?(?:get|getting)\s+(?:hurt|a\s+(?:slap|smack|kicking|hiding|beating)|battered|stabbed|knocked\s+out|their\s+head\s+kicked\s+in)\b|\b(?:someone|somebody)\s+(?:should|needs\s+to|ought\s+to)\s+(?:burn|slap|smack|punch|hit|batter|kill|shoot|stab|deal\s+with|slash|key|smash|torch|egg|teach\s+(?:him|her|them)\s+a\s+lesson|give\s+(?:him|her|them)\s+a\s+(?:good\s+)?(?:slap|smack|kicking|hiding|battering))\b`),
    String.raw`\bor\s+else\b(?=\s*[.!]|\s*$)|\bkeep\s+(?:your|his|her|their)\s+(?:filthy\s+|grubby\s+)?hands\s+off\b`,
    String.raw`\b(?:he'll|she'll|you'll|they'll|he\s+will|she\s+will|you\s+will)\s+(?:be\s+getting|get)\s+(?:a\s+)?(?:smack|slap|punch|kicking|hiding|good\s+hiding|battering|clip\s+round\s+the\s+ear)\b|\bget\s+what\s+(?:you|he|she|they)\s+deserves?\b`,
    String.raw`\bwatch\s+(?:your|his|her|their)\s+backs?\b`,
    String.raw`\b(?:wants?|needs?|better|had\s+better)\s+(?:to\s+)?watch\s+(?:himself|herself|yourself|themselves|it)\b`,
    String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll)\s+(?:regret|pay\s+for)\b`,
    String.raw`\b(?:you're|youre|you\s+are|he's|she's|they're)\s+(?:going\s+to|gonna)\s+(?:pay|regret|get\s+it)\b(?!\s+(?:not|missing|eating)\b)`,
    String.raw`\bwon'?t\s+know\s+what'?s?\s+hit\s+(?:you|him|her|them)\b`,
    String.raw`\blooking\s+over\s+(?:your|his|her|their)\s+shoulders?\b`,
    String.raw`\bheads\s+(?:will|are\s+going\s+to|are\s+gonna)\s+roll\b`,
    String.raw`\b(?:you've|you\s+have|consider\s+yourself|consider\s+yourselves)\s+(?:been\s+)?warned\b`,
    String.raw`\bget\s+what'?s\s+coming\s+to\s+(?:her|him|you|them)\b`,
    String.raw`\b(?:burn|torch|bomb|blow\s+up|petrol\s+bomb)\s+(?:that|the|this|your|their|his|her)\s+(?:school|place|building|house|car)\b`,
    String.raw`\b(?:hope|pray)\s+i\s+don'?t\s+(?:find|see|catch)\s+(?:you|him|her|them)\b`,
    String.raw`\bwait\s+(?:till|until|til|'til)\s+i\s+(?:catch|get|see|find)\b`,
    String.raw`\bwhen\s+i\s+(?:catch|get\s+hold\s+of)\s+(?:him|her|you|them)\b`,
    String.raw`\bbring\s+(?:my|the)\s+(?:brothers|mates|lads|boys|cousins|family)\b`,
    String.raw`\bsee\s+who'?s\s+laughing\b`,
    String.raw`\bhead\s+kicked\s+in\b`,
    String.raw`\b(?:don'?t|do\s+not)\s+make\s+me\s+come\s+(?:down|up|over|round)\s+there\b`,
    String.raw`\b(?:touch|lay\s+a\s+finger\s+on|go\s+near|hurt)\s+(?:my|our)\s+(?:son|daughter|kid|child|boy|girl|lad|children|kids)\s+again\b`,
    // Damage to someone's car or house: "slash the tyres", "key her car", "a brick through his window"
    String.raw`\b(?:slash|slashing)\s+(?:(?:the|his|her|their|your|its|them|all\s+the|all\s+his|all\s+her)\s+)?(?:[a-z']+\s+){0,2}?(?:tyres|tires)\b|\blet\s+(?:his|her|their|your)\s+tyres\s+down\b`,
    String.raw`\b(?:key|keying)\s+${WHOSE}\s+(?:(?:new|flash|posh|fancy|precious|shiny|lovely|little|big|brand\s+new)\s+)?${PROPERTY}`,
    String.raw`\b(?:put|throw|chuck|lob|hoy|hull|launch|lump|putting|throwing|chucking|lobbing|hoying|hulling|launching)\s+(?:a|some|another)\s+(?:brick|bricks|rock|rocks|stone|stones|bottle|petrol\s+bomb|firework)\s+through\s+(?:the|his|her|their|your|a|that|its)\s+(?:[a-z']+\s+){0,2}?(?:window|windows|windscreen|door|letterbox)\b`,
    String.raw`\b(?:smash|smashing|trash|wreck|vandalise|egg|torch|burn|firebomb)\s+(?:up\s+)?${WHOSE}\s+(?:[a-z]+\s+)?${PROPERTY}`,
    String.raw`\bset\s+fire\s+to\s+(?:his|her|their|your|the|that)\s+(?:[a-z']+\s+)?(?:car|house|home|school|flat|van|shed)\b|\bpetrol\s+through\s+(?:the|his|her|their|your)\s+letterbox\b`,
    // Veiled: "I know where he parks." (said on its own, not "I know where he works, I'll drop it in"), "I know what car she drives", "I know where his kids go to school"
    String.raw`\b(?:i|we)\s+know\s+where\s+(?:you|he|she|they)\s+(?:parks?|works?|sleeps?|drinks|shops|walks|drops|picks|hangs\s+out)\b(?=\s*(?:[.!\n]|$)|,?\s+(?:mr|mrs|miss|ms|sir|mate|pal|love|too|as\s+well|btw)\b|\s+and\s+(?:i'?ll|i\s+will|we'?ll|i'?m\s+(?:coming|going))\b)|\b(?:i|we)\s+know\s+where\s+(?:his|her|your|their)\s+(?:kids|children|son|daughter|wife|husband|mum|family)\s+(?:lives?|goes|go|works?|parks?|sleeps?)\b|\b(?:i|we)\s+know\s+where\s+(?:you|he|she|they)\s+lives?\b|\bfind\s+out\s+where\s+(?:\w+\s+){0,3}lives?\b`,
    String.raw`\b(?:i|we)\s+know\s+(?:what|which)\s+car\s+(?:you|he|she|they)\s+drives?\b|\b(?:i|we)\s+know\s+(?:his|her|your|their)\s+(?:car\s+reg|reg|registration|number\s+plate)\b|\b(?:i|we)\s+know\s+which\s+(?:car|house|one)\s+is\s+(?:yours|his|hers|theirs)\b`,
    // "My ex is going to regret what he did", "he will live to regret it"
    String.raw`\b(?:(?:he|she|they|you)(?:'s|'re|'ll)|(?!(?:i|we|nobody|noone|who)\s)[a-z]+\s+(?:is|are|will))\s+(?:going\s+to\s+|gonna\s+)?(?:live\s+to\s+)?regret\s+(?:it|this|that|what|the\s+day|ever|crossing|messing|touching|saying|doing|hurting|speaking|talking|treating|the\s+way)\b`,
    String.raw`\bor\s+(?:else\s+)?(?:just\s+)?(?:watch|see)\s+what\s+happens\b|\bwatch\s+what\s+happens\s+to\s+(?:you|him|her|them|your|his|their)\b`,
    String.raw`\bshame\s+if\s+(?:something|anything)\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen|bad\s+happened)\s+to\s+(?:you|him|her|them|your|his|their|that|those|it|this|the)\b`,
    String.raw`\bthis\s+(?:isn't|isnt|ain't|aint)\s+over\b(?!\s+(?:yet|until|till|til)\b)`,
    String.raw`\bdon'?t\s+say\s+(?:i|we)\s+didn'?t\s+warn\s+(?:you|him|her|them)\b`,
    String.raw`\bknow\s+who\s+(?:you're|youre|you\s+are|he's|she's|they're)\s+(?:messing|dealing)\s+with\b|\bmessed\s+with\s+the\s+wrong\s+(?:person|family|mum|dad|man|woman|people)\b`,
    String.raw`\b${WILL}\s+make\s+(?:him|her|you|them|that\s+[a-z]+|mr\s+[a-z'-]+|mrs\s+[a-z'-]+|miss\s+[a-z'-]+)\s+pay\b(?!\s+for\s+(?:the|a|it|his|her|their|your|my|any))|\b${WILL}\s+get\s+(?:you|him|her|them)\s+(?:for\s+this|for\s+that|back\s+for)\b`,
    String.raw`\bi'?d\s+(?:be\s+careful|watch\s+(?:out|it|myself))\s+if\s+i\s+(?:were|was)\s+(?:you|him|her|them)\b`,
    // "I'll lay him out", "I'll chin him", "I'll bray him" (North East and Yorkshire), "I'll knock someone out"
    String.raw`\b${WILL}\s+(?:\w+\s+)?(?:lay|spark|knock)\s+${WHOM}\s+(?:out|spark\s+out|flat)\b|\b${WILL}\s+(?:\w+\s+)?(?:bray|chin|leather|wallop|clobber|twat|nut|brain|flatten|kneecap|knife|bottle|shank|merk|wet|deck|lamp|glass)\s+(?:you|him|her|them|the\s+lot\s+of\s+(?:you|them)|that\s+[a-z'-]+\s+(?:fella|bloke|man|woman|lad|dad|mum|mam|teacher|cow|git))\b`,
    // Not "we'll give them a good kicking on Saturday": a team's boast.
    String.raw`\b(?!we)${WILL}\s+give\s+${WHOM}\s+(?:a\s+)?(?:good\s+|right\s+|proper\s+|bloody\s+|fucking\s+)?(?:slap|smack|slapping|kicking|hiding|battering|leathering|pasting|belting|doing|clip\s+round\s+the\s+ear|thick\s+ear|bloody\s+nose|black\s+eye)\b(?!\s+on\s+the\s+(?:back|wrist|hand))|\b(?!we)${WILL}\s+stick\s+one\s+on\s+${WHOM}|\b${WILL}\s+put\s+${WHOM}\s+in\s+(?:hospital|a&e|a\s+wheelchair|the\s+ground|a\s+box|intensive\s+care)\b`,
    // "Keep it up and you'll end up in the Wear", "he'll be found in the canal"
    gated(wordsOf(DUMPED), String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll|he\s+will|she\s+will|(?:you're|youre|he's|she's|they're)\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?(?:end\s+up|be\s+found|be\s+fished\s+out\s+of|wake\s+up)\s+(?:in|at\s+the\s+bottom\s+of)\s+${DUMPED}\b(?![\s-]+(?:valley|estuary|side|bridge|path|walk|crossing|tunnel|centre|center|ferry|boat|trip|road|street|park|retail|shopping|arena|stadium|lights|office))(?!\s+if\s+you\s+(?:cycle|walk|ride|drive|go|lean|climb|run|play|skate|scoot))`),
    // "you'll get filled in", "you're dead meat", "he's asking for a slap", "she needs a good slap"
    gated('filled done leathered twatted kicked dead slap smack kicking hiding punch clip ear battering leathering pasting', String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll|(?:you're|youre|he's|she's|they're)\s+(?:going\s+to|gonna))\s+get\s+(?:filled\s+in|done\s+in|leathered|twatted|your\s+head\s+kicked\s+in)\b|\b(?:you're|youre|you\s+are|he's|she's|he\s+is|she\s+is)\s+(?:dead\s+meat|a\s+dead\s+(?:man|woman))\b|\b(?:he|she|they|you|someone|somebody)(?:'s|\s+is|'re|\s+are)?\s+(?:asking\s+for|needs?|wants?|deserves?)\s+(?:a\s+)?(?:good\s+|right\s+|proper\s+)?(?:slap|smack|kicking|hiding|punch\s+in\s+the\s+(?:face|mouth)|clip\s+round\s+the\s+ear|thick\s+ear|battering|leathering|pasting)\b`),
    // "I'll be waiting at the gates for that Atkinson fella, he won't walk away"; "I'll be having words with him outside"
    String.raw`\b${WILL}\s+be\s+(?:waiting|stood|standing)\s+(?:at|by|outside)\s+(?:the\s+)?(?:school\s+)?(?:gates?|doors?)\s+for\s+that\s+[a-z'-]+|\b(?:he|she|they|you)\s+(?:won't|wont|will\s+not)\s+(?:be\s+)?(?:walk|walking)\s+away\b(?!\s+from)|\b${WILL}\s+(?:be\s+having|have)\s+(?:a\s+few\s+|some\s+|a\s+(?:quiet\s+|little\s+)?)?words?\s+with\s+(?:you|him|her|them|that\s+[a-z'-]+|(?:mr|mrs|miss|ms)\s+[a-z'-]+)\s+(?:outside|round\s+the\s+back|in\s+the\s+car\s+park)\b(?!\s+(?:the|your|his|her|their)\s+(?:classroom|office|hall|room))`,
    // "I know where Miss Okonjo lives", "if anyone touches my kid again"
    String.raw`\b(?:i|we)\s+know\s+where\s+(?:mr|mrs|miss|ms|that|the)\s+[a-z'-]+(?:\s+[a-z'-]+)?\s+lives\b|\b(?:touches|touched|lays\s+a\s+(?:finger|hand)\s+on)\s+(?:my|our)\s+(?:son|daughter|kid|child|boy|girl|lad|children|kids)\s+again\b`,
    String.raw`\bsee\s+how\s+(?:brave|hard|tough)\s+(?:he|she|they|you)\s+(?:is|are)\b`,
    // "my brothers know what car you drive"; "he's gonna get his tyres done", "getting a brick through their windscreen"
    String.raw`\bknow\s+(?:what|which)\s+car\s+(?:you|he|she|they)\s+drives?\b`,
    String.raw`\b(?:get|gets|getting)\s+(?:(?:his|her|their|your)\s+(?:tyres|tires|windows|windscreen|car)\s+(?:done|slashed|smashed|put\s+in|keyed)|(?:a\s+)?(?:brick|bricks|rock|stone)\s+through\s+(?:his|her|their|your)\s+(?:front\s+)?(?:window|windows|windscreen|door))\b`,
    // "someone needs to knock that headteacher's block off"; "keep your mouth shut before someone shuts it for you"
    String.raw`\bknock\s+(?:his|her|their|your|that\s+[a-z'-]+'s|the\s+[a-z'-]+'s)\s+block\s+off\b|\bbefore\s+(?:someone|somebody|i|we)\s+shuts?\s+it\s+for\s+(?:you|him|her|them)\b`,
    // "I will be up that school and I'm not coming to talk"
    String.raw`\b(?:i'm|im|i\s+am)\s+not\s+coming\s+(?:up\s+|down\s+|in\s+|round\s+)?(?:there\s+)?to\s+talk\b`,
    ...THREATS_ACROSS_ENGLAND,
  ],
  // A safety warning, not a threat: "It is dangerous and somebody will get hurt."
  innocent: [
    // A team's boast: "we'll batter them on Saturday", "we'll murder them in the league"
    String.raw`\b(?:we'll|we\s+will|we're\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?[a-z]+\s+(?:them|you|the\s+[a-z]+)\b[^.!?\n]{0,25}?\b(?:on\s+(?:saturday|sunday|the\s+pitch|sports\s+day)|in\s+the\s+(?:league|final|cup|match|game|quiz|tournament|semis?|rematch|derby)|at\s+(?:football|netball|rugby|cricket|rounders|hockey|the\s+match)|next\s+(?:week|time|year|season)|\d+\s*[-\u2013]\s*\d+)`,
    // Help, not harm: "I'll sort him out with a new reading book"
    String.raw`\bsort\s+(?:him|her|them|you)\s+out\s+(?:with|a|an|some)\b`,
    String.raw`\b(?:dangerous|unsafe|accident|careful|slippery|icy|reckless|speeding)\b[^.!?\n]{0,40}?\b(?:someone|somebody|a\s+child)(?:'s|\s+is|\s+will|\s+could|\s+might)?\s+(?:going\s+to\s+|gonna\s+)?(?:get|getting|be)\s+(?:hurt|injured|killed)\b`,
  ],
});
