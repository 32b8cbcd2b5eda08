import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { threatDetector } from './threat.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [threatDetector]).findings.map((f) => f.text);

describe('threats', () => {
  it('finds threats of violence and intimidation', () => {
    for (const threat of [
      "I'll batter him if he comes near my lad",
      "I'm going to break his nose",
      'I know where you live',
      "You'll regret this",
      'Watch your back, sir',
      "Someone's going to get hurt",
      "I'll make sure you lose your job",
      'Wait till I catch him',
      'Somebody should torch that school',
      "You've been warned.",
      'Keep your hands off my son or else.',
      "He'll get a slap if he talks to her like that again",
    ]) expect(found(threat), threat).toHaveLength(1);
  });

  it('leaves British figures of speech alone', () => {
    for (const clean of [
      'The kids killed it on stage tonight',
      'I could murder a cup of tea',
      'Year 4 smashed the quiz',
      "I'll see you all at the gate at 3",
      "We'll get you back next year, Moorside!",
      'I will be reporting this to the governors',
      "I'll have you know she practised all week",
      "I'll put the date in the diary",
      'Hit for six by the price of the trip',
      'Hurry up or else we will be late',
      "I'll deal with the form tonight",
    ]) expect(found(clean), clean).toEqual([]);
  });
});
