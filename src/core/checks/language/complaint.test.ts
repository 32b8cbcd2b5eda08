import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { complaintDetector } from './complaint.ts';
import { NEW_COMPLAINTS } from './test-phrasings.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const find = (text: string, kind: CheckKind = 'comment') => checkText({ kind, text }, ctx, [complaintDetector]).findings;

describe('complaints', () => {
  it('finds complaints that belong in the complaints procedure, one per text', () => {
    for (const complaint of [
      "I've emailed four times and heard nothing back.",
      'Nobody at this school listens to parents',
      'Shocking communication as usual',
      "I'm putting in a formal complaint about the trip",
      'Totally unacceptable. Still waiting for a reply.',
    ]) expect(find(complaint), complaint).toHaveLength(1);
    const [f] = find('Absolute shambles');
    expect(f).toMatchObject({ category: 'complaint', rule: 'concerns-via-proper-channels', severity: 'warn' });
  });

  it('finds complaints phrased in new ways', () => {
    for (const complaint of NEW_COMPLAINTS) expect(find(complaint), complaint).toHaveLength(1);
  });

  it('covers staff moaning about work on their own accounts, not the school\'s posts', () => {
    expect(find('Treated like dirt by management again', 'personal')).toHaveLength(1);
    expect(find('Nothing has changed since the last survey', 'post')).toEqual([]);
  });

  it('lets gentle remarks pass', () => {
    for (const clean of [
      'Sorry to moan but could the gate open earlier?',
      'Just a thought, no complaint!',
      'I was a bit disappointed the play was so short but the kids loved it',
      'Such a shame about the trip being postponed',
      'Gutted to miss the nativity',
      "I'm fuming I missed the assembly, work wouldn't let me go",
      "Nobody told me it was non-uniform day but that's my own fault!",
      "Is the fair still on? I've heard nothing either way.",
      'The photos were taken by our staff',
      'My husband went there in the 80s and nothing has changed except the car park',
      'The office staff were so helpful when I rang',
      'If your child loses a jumper you need to sort it out with the office',
      'They always sing the same songs at harvest and we love it',
      'The food at the international evening was amazing',
      'He is always hungry after swimming',
      'Starving again after swimming, cannot wait for tea',
      'I was never told how much fun PTA meetings are',
      'Always the last to know about the good gossip, me!',
    ]) expect(find(clean), clean).toEqual([]);
  });
});
