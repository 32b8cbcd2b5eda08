// Hate aimed at a group: "go back to your own country", "immigrants are vermin", "Islam is a
// disease". Slurs on their own are found by the offensive-words detector. Teaching about the
// Holocaust, Windrush or Eid is not hate.
import { phraseDetector } from './phrases.ts';

const GROUP = String.raw`(?:immigrants|foreigners|muslims|moslems|jews|jewish\s+people|gays|gay\s+people|lesbians|homosexuals|blacks|black\s+people|asians|pakistanis|indians|poles|polish|romanians|eastern\s+europeans|gypsies|travellers|refugees|asylum\s+seekers|migrants|arabs|africans|chinese|trans\s+people|transgender\s+people|these\s+people|their\s+kind|them\s+lot)`;
const ISM = String.raw`(?:islam|judaism|hinduism|sikhism|homosexuality|being\s+gay|being\s+trans)`;

export const hateDetector = phraseDetector({
  name: 'hate',
  category: 'hate',
  rule: 'no-offensive-content',
  reason: 'This attacks people for who they are (race, religion, sexuality, disability or similar)',
  confidence: 0.85,
  triggers:
    'country countries came come immigrants foreigners muslims moslems jews jewish gays gay lesbians homosexuals blacks black asians pakistanis indians poles polish romanians europeans gypsies travellers refugees seekers migrants arabs africans chinese trans transgender people kind lot send full many islam judaism hinduism sikhism homosexuality',
  patterns: [
    String.raw`\bgo\s+back\s+(?:to\s+)?(?:where\s+)?(?:your|you|their|they)\s+(?:own\s+)?(?:country|countries|came\s+from|come\s+from)\b`,
    String.raw`\b(?:all\s+)?(?:these\s+|those\s+|the\s+|all\s+the\s+)?${GROUP}\s+(?:are|r)\s+(?:all\s+)?(?:just\s+)?(?:terrorists|vermin|scum|animals|savages|parasites|criminals|rapists|thieves|a\s+disease|a\s+plague|a\s+cancer|subhuman|dirty|filthy|disgusting|ruining|taking\s+over|breeding|invading|the\s+problem|evil|perverts|paedos)\b`,
    String.raw`\b(?:all\s+)?(?:these\s+|those\s+|the\s+|all\s+the\s+)?${GROUP}\s+(?:should|shouldn't|should\s+not|must|need\s+to|ought\s+to)\s+(?:all\s+)?(?:be\s+)?(?:sent\s+(?:home|back)|deported|banned|kicked\s+out|go\s+home|go\s+back|not\s+be\s+allowed|be\s+allowed|be\s+shot|be\s+gassed|be\s+teaching|teach|be\s+working\s+with|work\s+with|be\s+near|be\s+around)\b`,
    String.raw`\b${GROUP}\s+(?:control|run|own)\s+(?:the|our|everything|this|all)\b`,
    String.raw`\bsend\s+(?:them|these\s+people|them\s+all|the\s+lot\s+of\s+them)\s+(?:all\s+)?(?:back|home)\b|\bcountry\s+is\s+full\b`,
    String.raw`\b(?:get|kick|throw|keep)\s+(?:the\s+|these\s+|those\s+|all\s+the\s+)?${GROUP}\s+out\b`,
    String.raw`\btoo\s+many\s+(?:foreigners|immigrants|migrants|muslims|blacks|asians|pakistanis|gypsies|travellers|jews|poles|refugees)\b`,
    String.raw`\b${ISM}\s+is\s+(?:a\s+)?(?:disease|cancer|plague|sickness|evil|perversion|abomination|mental\s+illness)\b`,
    String.raw`\b(?:overrun|swamped|flooded|infested)\s+(?:by|with)\s+${GROUP}`,
  ],
});
