// Sexual content as phrases: "send nudes", "have sex with", "well fit", "I'd give her one".
// Sexual single words (porn, sexy) are found by the offensive-words detector. Relationships and
// Sex Education (RSE) and the blue tits at the bird feeder are not sexual content.
import { phraseDetector } from './phrases.ts';

export const sexualDetector = phraseDetector({
  name: 'sexual',
  category: 'sexual',
  rule: 'no-offensive-content',
  reason: 'This is sexual content',
  merge: 'sentence',
  confidence: 0.85,
  triggers:
    'nudes naked pics sex singles id would wanna want fit legs arse bum tits boobs rack body jugs hottie hotties hotie hoties webcam got naughty',
  patterns: [
    String.raw`\bsend\s+(?:me\s+|us\s+)?(?:your\s+|some\s+)?(?:nudes|naked\s+(?:pics|photos|pictures)|pics\s+of\s+your\s+(?:body|tits|boobs))\b`,
    String.raw`\b(?:have|having|had|want|wants|get)\s+sex\b|\bsex\s+with\b|\bhot\s+singles\b`,
    String.raw`\b(?:i'?d|i\s+would|i\s+wanna|i\s+want\s+to|would)\s+(?:give\s+(?:her|him)\s+one|shag|bang|do\s+(?:her|him)|smash)\b`,
    String.raw`\b(?:is|looks|she's|he's|shes|hes)\s+(?:well|so|proper|dead|bloody)\s+fit\b`,
    String.raw`\b(?:see|seeing|picture|imagine)\s+(?:\w+\s+){0,3}naked\b`,
    String.raw`\b(?:nice|lovely|fit)\s+(?:legs|arse|bum|tits|boobs|rack|body)\b|\bpair\s+of\s+(?:tits|boobs|jugs)\b`,
    String.raw`\b(?:she's|he's|shes|hes|she\s+has|he\s+has)\s+got\s+(?:a\s+)?(?:great|nice|lovely|fit|hot|banging|cracking)\s+(?:body|figure|arse|bum|rack|legs|pair)\b|\bnaughty\s+(?:pics|pictures|photos|videos|snaps|selfies)\b`,
    String.raw`\bhott?ies?\b|\bmy\s+webcam\b|\bwebcam\s+(?:girls|sex|chat|show)\b`,
  ],
});
