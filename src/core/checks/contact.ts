// A member of staff offering a private channel ("DM me", "my personal WhatsApp", "text me on ...")
// in an official post or on their own account: `personal-contact`. Parents' comments are not
// checked for this; a parent may well ask to be messaged.
import type { Detector, FindingDraft } from './engine.ts';
import type { NormalisedText } from './normalise.ts';

const CHANNELS = String.raw`(?:whats\s?app|snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|facebook|fb|messenger|telegram|signal|discord|twitter|x|kik|wechat|viber|skype)`;
const DEVICES = String.raw`(?:number|no\.?|mobile|mob|cell|phone|email|e-mail|account|acc|profile|page|handle|dms?|inbox|${CHANNELS})`;
const OFFER_CHANNELS = String.raw`(?:whats\s?app|snap(?:chat)?|insta(?:gram)?|tik\s?tok|facebook|fb|messenger|telegram|signal|discord|kik)`;
// "personal", "my private number", "my home email address": the words of a private channel.
const PRIVATE = String.raw`(?:personal|private|own|home)(?:\s+(?:mobile\s+)?${DEVICES})?(?:\s+address)?\b`;
const PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  // DM me, PM me, inbox me, message me privately, slide into my DMs
  [/\b(?:d\.?m|p\.?m|inbox|dm's|dms)\s+me\b/g, 0.92],
  // The span ends on a whole word: "Ring me on" before a number (the number is its own phone
  // finding, so the draft page marks the two side by side), "WhatsApp me on my personal number".
  [new RegExp(String.raw`\b(?:message|msg|contact|email|e-mail|ring|phone|call|text|txt|whats\s?app|snap|add|follow|find|ping|hit|dm|pm)\s+me\s+(?:up\s+)?(?:(?:privately|directly|personally)\b|on(?=\s*(?:\+|\(?\d))|on\s+(?:my\s+)?(?:${PRIVATE}|mobile(?:\s+(?:number|no\b\.?))?|number|${OFFER_CHANNELS})\b|at\s+(?:home\b|my\s+${PRIVATE}))`, 'g'), 0.9],
  // my personal WhatsApp, my private number, my own mobile
  [new RegExp(String.raw`\bmy\s+(?:personal|private|own|home|real)\s+(?:mobile\s+)?${DEVICES}\b`, 'g'), 0.9],
  // my mobile number is, my snap is, my insta is
  [new RegExp(String.raw`\bmy\s+(?:mobile|cell|${CHANNELS})(?:\s+(?:number|no\.?|name|handle|username|id))?\s+(?:is|=|:)`, 'g'), 0.85],
  [/\b(?:slide|drop|pop)\s+(?:in|into)\s+my\s+dms?\b/g, 0.9],
  // A link that opens a private chat: wa.me/447700900123, t.me/name, m.me/name
  [/\b(?:wa\.me|t\.me|m\.me)\/[^\s]*[^\s.,;:!?)'"]/g, 0.85],
  // "want a private chat, message me"
  [/\b(?:a|for\s+a)\s+(?:private|personal|quiet|confidential)\s+(?:chat|word|message|conversation)\b(?=.{0,30}\bme\b)/g, 0.8],
];

export const personalContactDetector: Detector = {
  name: 'personal-contact',
  kinds: ['post', 'personal'],
  detect: findPersonalContact,
};

export function findPersonalContact(text: NormalisedText): FindingDraft[] {
  const folded = text.folded;
  if (!/\bme\b|\bmy\b|\.me\//.test(folded)) return [];
  const drafts: FindingDraft[] = [];
  for (const [pattern, confidence] of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(folded)) !== null) {
      const before = folded.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:don'?t|do not|never|please don'?t|not)\s*$/.test(before)) continue;
      drafts.push({
        category: 'personal-contact',
        rule: 'no-personal-contact-details',
        start: m.index,
        end: m.index + m[0].length,
        confidence,
        reason: 'This offers a private channel: staff keep contact with pupils and parents to school channels',
      });
    }
  }
  return drafts;
}
