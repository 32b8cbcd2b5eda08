// Complaints that belong in the complaints procedure, not on a school page or a staff member's
// own account: the school not listening, not replying, handling something badly, staff who are
// rude or unhelpful, "you need to sort it out", "always the same kids in the photos", dinners that
// are "disgusting". A gentle "sorry to moan", "a bit disappointed the play was short" or "nothing
// has changed since I was there" is not flagged.
import { phraseDetector } from './phrases.ts';

export const complaintDetector = phraseDetector({
  name: 'complaint',
  category: 'complaint',
  rule: 'concerns-via-proper-channels',
  reason: 'This is a complaint: it belongs in the school\'s complaints procedure, where it can be answered properly',
  merge: 'text',
  confidence: 0.75,
  kinds: ['comment', 'personal'],
  triggers:
    'rude unhelpful dismissive condescending patronising unprofessional obstructive unapproachable sort sorted grip something same disgusting inedible vile revolting minging tiny starving hungry famished ridiculous shocking pathetic last told informed consulted warned ' +
    'disgusted fuming appalled furious livid outraged fed unhappy disappointed let complaint complaints complain complained complaining governors ofsted council authority press papers nobody one still yet waiting heard nothing nowt twice times repeatedly asked raised emailed reported report reporting worst awful terrible appalling shocking disgraceful rubbish dreadful abysmal poor joke shambles farce disgrace useless unacceptable enough outrageous fobbed care ignored ignores ignoring move treated sick workload management slt leadership idea pointless bother paid unpaid happens changes never failed ridiculous outrageous',
  // Said against oneself or in jest: "nobody told me, but that's my own fault".
  cancelIf: String.raw`\bmy\s+(?:own\s+)?fault\b|\bnot\s+complaining\b|\bno\s+complaint\b|\b(?:only|just)\s+joking\b|\blol\b|\bhaha`,
  // Nostalgia, not a complaint: "nothing has changed since I was there, except the roof".
  innocent: [
    String.raw`\bnothing\s+(?:has|'s)\s+changed\s+(?:except|apart|but\s+the|since\s+(?:i|he|she|we|my|our|they)\s+(?:was|were|went|left)|in\s+(?:\d+|twenty|thirty|forty|fifty|years))`,
  ],
  patterns: [
    String.raw`\b(?:i'm|im|i\s+am|i\s+was)\s+(?:so\s+|really\s+|very\s+|absolutely\s+|totally\s+|completely\s+|extremely\s+)?(?:(?:disgusted|fuming|appalled|furious|livid|outraged)(?=\s+(?:with|at|that|about|how|by|the\s+way)\b)(?!\s+that\s+i\b)|fed\s+up\s+(?:of|with)|unhappy\s+with|disappointed\s+(?:with|in|by)|let\s+down|putting\s+in\s+a\s+(?:formal\s+)?complaint|making\s+a\s+(?:formal\s+)?complaint|going\s+to\s+(?:the\s+)?(?:governors|ofsted|council|local\s+authority|press|papers))`,
    String.raw`\b(?:so|very|really|extremely|totally|utterly|deeply)\s+(?:disappointed|unhappy|let\s+down)\s+(?:with|by|in|that)\b`,
    String.raw`\b(?:disgusted|fuming|appalled|furious|livid|outraged)\s+(?:with|by|at|that|how)\b`,
    String.raw`\b(?:nobody|no\s+one|no-one)\s+(?:at\s+(?:this|the|that)\s+school\s+)?(?:has\s+|have\s+|had\s+|even\s+|ever\s+|bothered\s+to\s+|is\s+)*(?:listens?|listened|told|tells|reply|replied|replies|respond|responded|answer|answers|called|rung|rang|phoned|cares?\s+about|bothered|got\s+back|dealt|dealing|helped|did\s+anything)\b`,
    String.raw`\b(?:still|yet)\s+(?:hasn't|haven't|has\s+not|have\s+not|not|isn't|hasn't\s+been|haven't\s+been)\s+(?:\w+\s+)?(?:replied|responded|called|rung|paid|dealt|sorted|fixed|done|heard|answered)`,
    String.raw`\bstill\s+waiting\s+(?:for|on)\s+(?:a\s+|an\s+)?(?:reply|response|answer|call|someone|anyone)`,
    String.raw`\b(?:heard|had)\s+nothing\s+(?:back|since|from)\b`,
    String.raw`\b(?:completely\s+|totally\s+|utterly\s+)?failed\s+(?:my|our)\s+(?:son|daughter|child|kids|children|family)\b|\bhow\s+many\s+times\s+(?:do|have|must)\s+(?:i|we)\b`,
    String.raw`\bnothing\s+(?:ever\s+)?(?:happens|gets\s+done|changes)\b`,
    String.raw`\bnever\s+(?:answers?|replies|reply|responds?|listens?|gets?\s+back|calls?\s+back|rings?\s+back)\b|\bstill\s+no\s+(?:reply|response|answer|word|call)\b`,
    String.raw`\b(?:appalling|outrageous|disgraceful)\s*[.!]`,
    String.raw`\b(?:nothing|nowt)\s+(?:has|'s|have)\s+(?:been\s+)?(?:done|changed|happened|improved)\b`,
    String.raw`\b(?:done|did)\s+(?:absolutely\s+)?nothing\b`,
    String.raw`\b(?:complained|emailed|phoned|rung|rang|called|written|chased|asked|raised\s+(?:this|it))\s+(?:\w+\s+){0,3}?(?:twice|three\s+times|four\s+times|\w+\s+times|several\s+times|repeatedly|again\s+and\s+again)\b`,
    String.raw`\b(?:second|third|fourth|fifth|umpteenth)\s+time\s+(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:complained|asked|raised|emailed|reported)\b`,
    String.raw`\b(?:formal|official|written)\s+complaint\b|\bmy\s+complaint\b|\b(?:complained|complaining)\s+(?:about|to)\b`,
    String.raw`\b(?:report|reporting)\s+(?:this|the)\s+school\s+to\b`,
    String.raw`\b(?:worst|awful|terrible|appalling|shocking|disgraceful|rubbish|dreadful|abysmal|poor)\s+(?:run\s+|managed\s+|led\s+)?(?:school|communication|organisation|handling|response|service|management|leadership)\b`,
    String.raw`\b(?:absolute|complete|total|utter)\s+(?:joke|shambles|farce)\b|\bjoke\s+of\s+a\s+school\b`,
    String.raw`\b(?:this|the|that|my)\s+school\s+is\s+(?:a\s+|an\s+)?(?:[*a-z]+\s+)?(?:joke|shambles|farce|disgrace|useless|rubbish)\b`,
    String.raw`\bis\s+a\s+(?:complete\s+|total\s+|absolute\s+)?(?:shambles|disgrace)\b`,
    String.raw`\b(?:totally|completely|absolutely|utterly)\s+unacceptable\b|\bunacceptable\s+that\b|\bnot\s+good\s+enough\b`,
    String.raw`\b(?:it'?s|this\s+is|that\s+is)\s+(?:appalling|disgraceful|shocking|outrageous|unacceptable)\b|\bdisgraceful\s+(?:that|how)\b`,
    String.raw`\blet\s+down\s+by\s+(?:this|the)\s+school\b|\bfobbed\s+off\b`,
    String.raw`\b(?:the|this|my)\s+school\s+(?:doesn't|does\s+not|don't)\s+care\b`,
    String.raw`\b(?:ignored|ignores|ignoring)\s+(?:my|our|every|all|me|us)\b(?:\s+(?:complaints?|emails?|concerns?|calls))?`,
    String.raw`\bcan'?t\s+wait\s+to\s+(?:move|take)\s+(?:my|our)\s+(?:kids|children|son|daughter)\b`,
    String.raw`\bwhy\s+(?:is|has|have|are)\s+(?:nobody|no\s+one|nothing)\b`,
    String.raw`\btreated\s+like\s+(?:dirt|rubbish|crap|muck|a\s+doormat)\b`,
    String.raw`\bsick\s+of\s+(?:this\s+(?:place|school|job)|being\s+[a-z]+|the\s+school)\b`,
    String.raw`\bfed\s+up\s+(?:of|with)\s+(?:being|this|the\s+school|management|slt)\b`,
    String.raw`\b(?:workload|management|slt|leadership)\b[^.!?\n]{0,40}\b(?:disgrace|joke|shambles|clueless|no\s+idea)\b`,
    String.raw`\bno\s+idea\s+what\s+goes\s+on\b|\bpointless\s+initiative|\bwhy\s+do\s+we\s+bother\b`,
    String.raw`\b(?:hasn't|has\s+not|haven't|have\s+not|still\s+not)\s+(?:been\s+)?paid\b|\bunpaid\s+(?:overtime|twilight|hours)`,
    // The office staff are rude and unhelpful; the receptionist was so dismissive to me ("rude and
    // incompetent" insults them: that is abuse, found by its own check)
    String.raw`\b(?:staff|office|receptionist|reception|secretary|teachers?|head|school|ladies)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:so\s+|always\s+|really\s+|very\s+|incredibly\s+|extremely\s+|quite\s+|just\s+)?(?:rude|unhelpful|dismissive|condescending|patronising|unprofessional|obstructive|unapproachable)\b(?!\s+and\s+(?:incompetent|lazy|useless|stupid|clueless|thick|pathetic|vile|nasty|arrogant|ignorant|hopeless|spineless|a\s+joke|a\s+disgrace))`,
    String.raw`\b(?:so|really|very|incredibly|extremely|completely|totally|always)\s+(?:rude|unhelpful|dismissive|condescending|patronising|unprofessional|obstructive)\s+(?:to|with|towards|about)\s+(?:me|us|my|our|parents)\b`,
    // you need to sort it out; when is the school going to do something about it?
    String.raw`\b(?:(?:you|they|school|someone|somebody|management|head|governors)\s+(?:really\s+)?(?:need|needs|needed|ought|must|have|has)\s+(?:to\s+)?|please\s+|just\s+|when\s+(?:are|is)\s+(?:you|they|the\s+school|someone)\s+going\s+to\s+)(?:sort\s+(?:it|this|that|things|this\s+mess)\s+out|get\s+a\s+grip|do\s+something\s+about\s+(?:it|this|that)|get\s+(?:it|this|that)\s+sorted)\b(?!\s+(?:with|yourself|yourselves|at\s+home))`,
    // always the same kids in the photos; my son never gets picked
    String.raw`\b(?:always|only|only\s+ever|every\s+time|ever)\s+(?:(?:showing|show|shows|picked|picking|pick|picks|chosen|choose|chooses|featuring|feature|features|get|gets|getting|given|of|in|seeing|see)\s+)?the\s+same\s+(?:few\s+|handful\s+of\s+)?(?:kids|children|pupils|families|faces|parents|ones|names|people|boys|girls)\b`,
    String.raw`\bnever\s+(?:gets?|been|got|ever\s+gets?)\s+(?:picked|chosen|a\s+(?:turn|chance|certificate|award|mention|solo|part|look-in))\b`,
    // The dinners are disgusting; my daughter comes home starving every day
    String.raw`\b(?:food|dinners|lunches|lunch|menu|meals|portions)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:absolutely\s+|so\s+|really\s+|just\s+|frankly\s+|always\s+)?(?:disgusting|inedible|vile|awful|terrible|rubbish|a\s+disgrace|tiny|pathetic|horrible|revolting|minging)\b`,
    String.raw`\b(?:starving|hungry|famished)\s+(?:every\s+(?:day|night|single\s+day)|most\s+days)\b|\bhome\s+(?:starving|hungry|famished)\s+again\b`,
    String.raw`\b(?:it'?s|it\s+is|this\s+is)\s+(?:absolutely\s+|frankly\s+|just\s+|quite\s+)?(?:disgusting|ridiculous|shocking|pathetic|a\s+joke|a\s+disgrace)\s+that\b`,
    // Parents are always the last to know; we were never told
    String.raw`\b(?:parents|we|we're|families)\s+(?:(?:are|were)\s+)?(?:always\s+|once\s+again\s+|as\s+usual\s+)?the\s+last\s+to\s+(?:know|hear|find\s+out)\b|\b(?:we|parents|i)\s+(?:were|are|was|weren't|wasn't)\s+(?:never|not\s+even)\s+(?:told|informed|consulted|asked|warned)\b(?!\s+(?:how|what\s+a))`,
  ],
});
