// Patterns for relationships: pupils, ex-pupils and parents on personal accounts, and declaring
// the relationships a member of staff already has.
import { CONNECT, DISCOURAGE, EX_PUPIL, JUDGEMENT, PARENT, PHONE_OR_EMAIL, PUPIL, SOCIAL, prohibits } from './concepts.ts';
import type { Hit, ParamFinding, RuleDetector } from './engine.ts';
import { evidenceAt, firstRole, noParams, roleParam } from './params.ts';

const w = (s: string) => new RegExp(`\\b(?:${s})\\b`, 'i');

const PERSONAL_SOCIAL = w(
  'personal (?:social (?:media|networking)|accounts?|profiles?|sites?|pages?)|social (?:media|network\\w*)|facebook|online|friend requests?|private social networks?|platforms?|apps?|gaming|messaging',
);
const NUMBER_WORDS: Record<string, number> = { eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21 };
const AGE = '(\\d{2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one)';
const AGE_FORMS = [
  new RegExp(`\\b(?:under|below|younger than|less than) (?:the age of )?${AGE}\\b`, 'i'),
  new RegExp(`\\buntil (?:they|he or she|the (?:pupil|student|child)) (?:reach|reaches|turn|turns|are|is) (?:the age of )?${AGE}\\b`, 'i'),
  new RegExp(`\\baged? (?:under )?${AGE}\\b`, 'i'),
  new RegExp(`\\b${AGE} or (?:under|younger)\\b`, 'i'),
  new RegExp(`\\buntil (?:their|his or her|they turn|they reach) ${AGE}(?:st|nd|rd|th)?(?: birthday)?\\b`, 'i'),
  new RegExp(`\\b(?:over|above|older than) (?:the age of )?${AGE}\\b`, 'i'),
];
const SCHOOL_AGE = /\b(?:still )?of (?:compulsory )?school age\b/i;

function ageParam(hits: readonly Hit[]): ParamFinding {
  for (const h of hits) {
    for (const form of AGE_FORMS) {
      const m = form.exec(h.view.plain);
      if (!m) continue;
      const raw = m[1]!.toLowerCase();
      const age = NUMBER_WORDS[raw] ?? Number(raw);
      if (age >= 11 && age <= 25) return { params: { age }, paramEvidence: { age: evidenceAt(h.view, h.view.text.slice(m.index, m.index + m[0].length), `ex-pupils under ${age}`) } };
    }
    const s = SCHOOL_AGE.exec(h.view.plain);
    // Compulsory school age in England ends in the summer a child turns 16.
    if (s) return { params: { age: 16 }, paramEvidence: { age: evidenceAt(h.view, h.view.text.slice(s.index, s.index + s[0].length), 'still of school age: under 16') } };
  }
  return noParams();
}

/** Judgement or permission beats advice against, which beats a prohibition. */
function parentLevel(hits: readonly Hit[]): ParamFinding {
  const pick = (level: string, test: (h: Hit) => boolean, reading: string): ParamFinding | null => {
    const h = hits.find(test);
    return h ? { params: { level }, paramEvidence: { level: evidenceAt(h.view, h.phrases.join(' … '), reading) } } : null;
  };
  return (
    pick('judgement', (h) => JUDGEMENT.test(h.text), 'left to judgement') ??
    pick('discouraged', (h) => DISCOURAGE.test(h.text), 'advised against') ??
    pick('prohibited', (h) => prohibits(h.text) || /\bsolely have a staff\/parent\b/i.test(h.text), 'forbidden') ??
    noParams()
  );
}

/** Personal phones and e-mail are the contact-details rules, not friendship on social media. */
const PERSONAL_PHONE_OR_EMAIL = /\b(?:personal|own|private|home) (?:mobile )?(?:(?:tele)?phones?|mobiles?|e-?mail|numbers?|contact details)\b/i;

/** Advice against, or leaving it to judgement, is a rule about parents too. */
const ADVICE = new RegExp(`${DISCOURAGE.source}|${JUDGEMENT.source}`, 'i');

const DECLARE = w('let (?:\\w+ ){0,3}know|declar\\w+|disclos\\w+|made known|make (?:\\w+ ){0,4}known|report\\w*|inform\\w*|tell|notif\\w+|approved by|agreed (?:with|by)|discuss\\w* with');
const EXISTING = w(
  '(?:pre-?existing|existing|family|personal|outside|social media|social|these|such) (?:relationships?|connections?|friendships?|contacts?(?! details))|family (?:members?|friends?|connections?)|such contact|social circle|related to|relatives?|family friends?|exceptions due to family',
);

export const RELATIONSHIP_RULES: RuleDetector[] = [
  {
    id: 'no-contact-pupils',
    patterns: [
      { all: [CONNECT, PUPIL, PERSONAL_SOCIAL], none: [PHONE_OR_EMAIL], prohibition: true, weight: 0.8, reading: 'forbids contact with pupils on personal social media' },
      { all: [w("'?friends?'?|befriend\\w*|follow|(?:friend|connection|follow) requests?|connect with"), PUPIL], none: [PARENT], prohibition: true, weight: 0.85, reading: 'forbids friending or following pupils' },
      { all: [w('personal messages?|private messages?'), PUPIL], prohibition: true, weight: 0.7, reading: 'forbids private messages to pupils' },
      { all: [w('relationships?'), PUPIL, SOCIAL], prohibition: true, weight: 0.55, reading: 'limits relationships with pupils online' },
    ],
  },
  {
    id: 'no-contact-ex-pupils-under-18',
    patterns: [
      // The clause must limit contact ("must not", "consider carefully"), not just mention ex-pupils.
      { all: [EX_PUPIL], scope: 'clause', prohibition: true, weight: 0.75, reading: 'limits contact with ex-pupils' },
      { all: [EX_PUPIL, ADVICE], scope: 'clause', weight: 0.7, reading: 'leaves contact with ex-pupils to judgement' },
      { all: [SCHOOL_AGE, CONNECT], prohibition: true, weight: 0.7, reading: 'limits contact with young people still of school age' },
    ],
    params: ageParam,
  },
  {
    id: 'no-contact-parents',
    patterns: [
      { all: [CONNECT, PARENT, PERSONAL_SOCIAL], none: [PERSONAL_PHONE_OR_EMAIL, w("parents? (?:should|must|are|will be|may)|children's")], prohibition: true, weight: 0.75, reading: 'forbids contact with parents on personal social media' },
      { all: [CONNECT, PARENT, ADVICE], none: [PERSONAL_PHONE_OR_EMAIL], weight: 0.75, reading: 'advises on contact with parents, or leaves it to judgement' },
      { all: [w('staff/parent relationship|staff-parent relationship')], prohibition: true, weight: 0.8, reading: 'forbids personal social media with parents' },
    ],
    params: (hits) => parentLevel(hits),
  },
  {
    id: 'declare-relationships',
    affirmative: true,
    patterns: [
      { all: [DECLARE, EXISTING], weight: 0.75, reading: 'existing relationships are declared' },
      { all: [DECLARE, w('relationships?'), w('senior|head|principal|manager|leaders?')], weight: 0.6, reading: 'relationships are reported to senior staff' },
    ],
    params: (hits) => {
      const found = roleParam(hits, 'declareTo', DECLARE, 'who relationships are declared to');
      return found.params.declareTo ? found : firstRole(hits, 'declareTo', 'who relationships are declared to'); // "let the Principal know"
    },
  },
];
