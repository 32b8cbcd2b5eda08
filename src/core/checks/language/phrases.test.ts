// Running each pattern only when its trigger words are present must change no finding.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../eval/corpus.ts';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { abuseDetector } from './abuse.ts';
import { allegationDetector } from './allegation.ts';
import { complaintDetector } from './complaint.ts';
import { hateDetector } from './hate.ts';
import { setPatternGating } from './phrases.ts';
import { sexualDetector } from './sexual.ts';
import { solicitationDetector } from './solicitation.ts';
import { threatDetector } from './threat.ts';

const detectors = [abuseDetector, threatDetector, hateDetector, sexualDetector, allegationDetector, complaintDetector, solicitationDetector];
const ctx = { index: buildSchoolIndex([]), rules: [] };

// Phrasings beyond the corpus, including ones written after the detectors.
const extra: string[] = [
  "She'd better not be at the gate tomorrow",
  "I'm going to have you, mate",
  'The bursar has been fiddling the books',
  'Our head bullied staff for years',
  'Who is this hottie?',
  "I'll wait for him outside",
  'Get the travellers out of our school',
  'Go back to where you came from',
  "You're all a bunch of idiots",
  'What kind of moron cancels sports day?',
  'Nobody ever replies, how many times do I have to ask?',
  'Link in my bio, 20% off this week',
  // Written for the second round of phrasings (hate, threat, abuse, allegation).
  'Go back to Romania',
  'Just fuck off back to Africa the lot of you',
  'Those Bulgarian lads are all thieves',
  'Somali kids always cause trouble at pickup',
  'Never trust a Romanian',
  'No one wants their sort here',
  "Your kind aren't welcome round here",
  'People like you do not belong in this country',
  'Somebody needs to slash his tyres',
  "I'm going to key Mrs Patel's car",
  "Wouldn't take much to put a brick through their window",
  "I'll smash his windscreen in",
  "Someone should set fire to the head's house",
  'I know where she works.',
  'We know what car he drives',
  "She's going to regret the way she spoke to me",
  'Leave my son alone or watch what happens',
  'Be a shame if something happened to that nice car of yours',
  "This isn't over, Mr Day",
  "Don't say I didn't warn you",
  "I'll make her pay",
  'Lazy git Mr Cole never marks anything',
  'That spoilt brat Tyler kicked the ball at my daughter',
  'Idiot Mrs Shaw gave out the wrong date again',
  'Hypocrites, the whole lot of you',
  'Get over it you snowflakes',
  'The new head is not the sharpest tool in the box',
  'Our class teacher has the brains of a goldfish',
  'The PTA treasurer has been helping herself to the raffle money',
  'Everyone knows the bursar is on the fiddle',
  'The head has been doctoring the SATs results for years',
  'Mr Lowe plays favourites with the football team',
  "She marks the girls' work lower every single time",
  'The deputy turned a blind eye to the bullying',
  'They swept the whole thing under the rug',
  'Mrs Hart is openly racist',
  'The caretaker is too friendly with the Year 6 girls',
  'The head has been misusing the sports premium money',
  'Mrs Fox treats the traveller kids differently',
  'The receptionist was so dismissive to me when I asked about the trip',
  'Teachers are unapproachable at pickup',
  'Someone needs to sort this mess out before someone gets hurt',
  'When is the school going to do something about it?',
  'Why is it always the same children picked for the assembly?',
  'My daughter never gets a turn on the class blog',
  'The portions are tiny and the lunches were cold again',
  'He comes home hungry every day',
  "It's ridiculous that we have to pay for the coach twice",
  'Parents are always the last to know round here',
  'We were never told the swimming had been cancelled',
  'FREE V-BUCKS for every child who shares this',
  'Claim your free gift card today',
  'Click here to claim your prize',
  "Congratulations, you've been selected to receive a reward",
  'Generator works 100%, no survey',
  'Promo code SUMMER gets you money back',
  '25 percent off school shoes this week only',
  'Limited time offer on kids parties',
  'Make £300 a day from your phone, be your own boss',
];

describe('per-pattern trigger words', () => {
  afterEach(() => setPatternGating(true));

  it('find exactly what running every pattern finds', () => {
    const texts: { kind: CheckKind; text: string }[] = [
      ...loadCorpus().map((t) => ({ kind: t.kind, text: t.text })),
      ...extra.flatMap((text) => (['comment', 'personal'] as const).map((kind) => ({ kind, text }))),
    ];
    const run = () => texts.map((t) => JSON.stringify(checkText(t, ctx, detectors).findings));
    setPatternGating(false);
    const everything = run();
    setPatternGating(true);
    const gated = run();
    const differences = texts.flatMap((t, i) => (everything[i] === gated[i] ? [] : [`${t.text}: ${everything[i]} vs ${gated[i]}`]));
    expect(differences).toEqual([]);
    expect(everything.filter((f) => f !== '[]').length).toBeGreaterThan(150);
  });
});
