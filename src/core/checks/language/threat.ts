// Threats and intimidation: violence, "I know where you live", "you'll regret it", threats to
// someone's job. "Killed it on stage", "could murder a brew" and "I'll see you at the gate" pass.
import { phraseDetector } from './phrases.ts';

const WILL = String.raw`(?:i'll|ill|i\s+will|i'm\s+going\s+to|im\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+am\s+going\s+to|i\s+swear\s+i'll|i\s+swear\s+i\s+will|i'd|we'll|we\s+will)`;
const OBJ = String.raw`(?:you|him|her|them|that\s+[a-z]+|the\s+[a-z]+|mr\s+[a-z'-]+|mrs\s+[a-z'-]+|miss\s+[a-z'-]+|ms\s+[a-z'-]+|his|her|your|their)`;

export const threatDetector = phraseDetector({
  name: 'threat',
  category: 'threat',
  rule: 'no-offensive-content',
  reason: 'This threatens or intimidates someone',
  confidence: 0.85,
  triggers:
    'kill murder batter hurt punch slap deck stab strangle throttle floor lamp thump smack glass shoot knock smash kick bash break rip through sort waiting ill lose loses sacked watch live lives regret youd shed hed theyd pay wont sorry hell misery miserable lesson ruin destroy end finish wait shoulder shoulders roll warned coming burn torch bomb blow pray dont yours hers theirs till until til catch hold brothers mates lads cousins laughing kicking hiding beating battered stabbed knocked kicked touch finger brave tough',
  patterns: [
    String.raw`\b${WILL}\s+(?:\w+\s+)?(?:kill|murder|batter|hurt|punch|slap|deck|stab|strangle|throttle|floor|lamp|thump|smack|glass|shoot)\s+${OBJ}\b(?!\s+for\b)`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?knock\s+(?:him|her|you|them)\s+(?:out|flat|senseless|into\s+next\s+week)\b`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?(?:knock|smash|kick|punch|bash|break|rip)\s+(?:his|her|your|their)\s+(?:\w+\s+)?(?:face|head|teeth|legs?|arms?|neck|nose|jaw|block)\b`,
    String.raw`\b${WILL}\s+(?:\w+\s+)?put\s+(?:\w+\s+){1,3}through\s+(?:a|the|that)\s+(?:window|wall|door)\b`,
    String.raw`\b${WILL}\s+sort\s+(?:him|her|them|you|that\s+[a-z]+)\s+out\b`,
    String.raw`\b${WILL}\s+(?:be\s+)?wait(?:ing)?\s+for\s+(?:you|him|her|them)\s+outside\b`,
    String.raw`\b${WILL}\s+(?:ruin|destroy|end|finish)\s+(?:you|him|her|them)\b`,
    String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll)\s+be\s+sorry\b`,
    String.raw`\bmake\s+(?:your|his|her|their)\s+li(?:fe|ves)\s+(?:hell|a\s+(?:living\s+)?hell|a\s+misery|miserable)\b`,
    String.raw`\bteach\s+(?:him|her|them|you|that\s+[a-z]+)\s+a\s+lesson\b(?!\s+(?:on|about|in)\b)`,
    String.raw`\b${WILL}\s+be\s+waiting\s+(?:for\s+(?:you|him|her|them)|outside)\b`,
    String.raw`\b${WILL}\s+have\s+you\b(?!\s+(?:know|home|back|in|on|over|round|to|for|all|there))`,
    String.raw`\b${WILL}\s+make\s+sure\s+(?:you|he|she|they)\s+(?:lose|loses|never|get\s+sacked|gets\s+sacked)\b`,
    String.raw`\b(?:you'd|youd|he'd|she'd|they'd)\s+better\s+(?:not\s+be|hope|watch|stay\s+away)\b`,
    String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+for\s+(?:you|him|her|them)\b`,
    String.raw`\bwatch\s+(?:your|his|her|their)\s+backs?\b`,
    String.raw`\b(?:wants?|needs?|better|had\s+better)\s+(?:to\s+)?watch\s+(?:himself|herself|yourself|themselves|it)\b`,
    String.raw`\b(?:i|we)\s+know\s+where\s+(?:you|he|she|they)\s+lives?\b`,
    String.raw`\bfind\s+out\s+where\s+(?:\w+\s+){0,3}lives?\b`,
    String.raw`\b(?:you'll|youll|you\s+will|he'll|she'll|they'll)\s+(?:regret|pay\s+for)\b`,
    String.raw`\b(?:you're|youre|you\s+are|he's|she's|they're)\s+(?:going\s+to|gonna)\s+(?:pay|regret|get\s+it)\b`,
    String.raw`\bwon'?t\s+know\s+what'?s?\s+hit\s+(?:you|him|her|them)\b`,
    String.raw`\blooking\s+over\s+(?:your|his|her|their)\s+shoulders?\b`,
    String.raw`\bheads\s+(?:will|are\s+going\s+to|are\s+gonna)\s+roll\b`,
    String.raw`\b(?:you've|you\s+have|consider\s+yourself|consider\s+yourselves)\s+(?:been\s+)?warned\b`,
    String.raw`\bget\s+what'?s\s+coming\s+to\s+(?:her|him|you|them)\b`,
    String.raw`\b(?:burn|torch|bomb|blow\s+up|petrol\s+bomb)\s+(?:that|the|this|your|their)\s+(?:school|place|building|house|car)\b`,
    String.raw`\b(?:hope|pray)\s+i\s+don'?t\s+(?:find|see|catch)\s+(?:you|him|her|them)\b`,
    String.raw`\b(?:i|we)\s+know\s+which\s+(?:car|house|one)\s+is\s+(?:yours|his|hers|theirs)\b`,
    String.raw`\bwait\s+(?:till|until|til|'til)\s+i\s+(?:catch|get|see|find)\b`,
    String.raw`\bwhen\s+i\s+(?:catch|get\s+hold\s+of)\s+(?:him|her|you|them)\b`,
    String.raw`\bbring\s+(?:my|the)\s+(?:brothers|mates|lads|boys|cousins|family)\b`,
    String.raw`\bsee\s+who'?s\s+laughing\b`,
    String.raw`\bsome(?:one|body)(?:\s+is|'s|\s+will)?\s+(?:going\s+to\s+|gonna\s+)?get(?:ting)?\s+(?:hurt|a\s+(?:slap|smack|kicking|hiding|beating)|battered|stabbed|knocked\s+out|their\s+head\s+kicked\s+in)\b`,
    String.raw`\bhead\s+kicked\s+in\b`,
    String.raw`\bsome(?:one|body)\s+(?:should|needs\s+to|ought\s+to)\s+(?:burn|slap|smack|punch|hit|batter|kill|shoot|stab|deal\s+with)\b`,
    String.raw`\b(?:don'?t|do\s+not)\s+make\s+me\s+come\s+(?:down|up|over|round)\s+there\b`,
    String.raw`\b(?:touch|lay\s+a\s+finger\s+on|go\s+near|hurt)\s+(?:my|our)\s+(?:son|daughter|kid|child|boy|girl|lad|children|kids)\s+again\b`,
    String.raw`\bsee\s+how\s+(?:brave|hard|tough)\s+(?:he|she|they|you)\s+(?:is|are)\b`,
  ],
});
