// Running each pattern only when its trigger words are present must change no finding.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../eval/corpus.ts';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { abuseDetector } from './abuse.ts';
import { allegationDetector } from './allegation.ts';
import { complaintDetector } from './complaint.ts';
import { hateDetector } from './hate.ts';
import { gated, phraseDetector, setPatternGating } from './phrases.ts';
import { sexualDetector } from './sexual.ts';
import { solicitationDetector } from './solicitation.ts';
import { NEW_ABUSE, NEW_ALLEGATIONS, NEW_COMPLAINTS, NEW_HATE, NEW_SOLICITATION, NEW_THREATS } from './test-phrasings.ts';
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
  // Written for the second round of phrasings, and tested detector by detector too.
  ...NEW_HATE,
  ...NEW_THREATS,
  ...NEW_ABUSE,
  ...NEW_ALLEGATIONS,
  ...NEW_COMPLAINTS,
  ...NEW_SOLICITATION,
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

  it('run a pattern given groups of words only when the text has a word of each group', () => {
    const detector = phraseDetector({
      name: 'test-groups',
      category: 'threat',
      rule: 'no-offensive-content',
      reason: 'test',
      confidence: 0.5,
      triggers: 'lamped getting',
      // Gated wider than it matches, so that the gate shows: "lamped" alone does not open it.
      patterns: [gated('getting gonna + lamped', String.raw`\blamped\b`)],
    });
    const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [detector]).findings.length;
    expect(found('he is getting lamped')).toBe(1);
    expect(found('he got lamped')).toBe(0);
    setPatternGating(false);
    expect(found('he got lamped')).toBe(1);
  });
});
