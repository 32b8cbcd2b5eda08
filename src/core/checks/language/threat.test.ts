import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { threatDetector } from './threat.ts';
import { NEW_THREATS } from './test-phrasings.ts';

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

  it('finds damage to property and veiled threats, phrased in new ways', () => {
    for (const threat of NEW_THREATS) expect(found(threat), threat).toHaveLength(1);
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
      'The tyres on the minibus need replacing',
      'Prices slashed at the uniform shop',
      'Use the key on your car fob to open the gate',
      'Someone threw a ball through the hall window, luckily no one was hurt',
      "I'm going to regret eating all that cake",
      'Nobody will regret signing up for the choir',
      'Add the vinegar and watch what happens to the bubbles!',
      "The match isn't over until the whistle",
      'I know where he works, I can drop the form off there',
      'I know where she works and I can pop the book round',
      "Year 5 will smash their car design challenge",
      "I'll make him pay for the window he broke",
      'It would be a shame if anything happened to stop the trip',
      "She's going to regret not coming, the show was fantastic",
      'Watch what happens when the volcano erupts in science week',
      "I'll give him a slap on the back for that",
      "Keep eating like that and you'll end up in hospital",
      "You'll end up in the river if you cycle there in the dark",
      "We'll give them a good kicking on Saturday in the league",
      "I'll be waiting at the gate for him at 3",
      "I'm going to have you all round for tea",
      "I'll have him home by six",
      'He won\'t walk away from a challenge',
      "I'll lay the table and knock it out of the park",
      "I'll flatten the boxes for recycling",
      "I'll be having words with the office tomorrow",
      "I'm going to wear my red dress",
      'The Wear was beautiful on our river walk, the canal too',
      'Please do not park on the zigzags. It is dangerous and somebody will get hurt.',
      "You'll end up in the Wear Valley if you take the A68",
      "Gran says she'll batter the fish for tea",
      "Grandad says he'll lay the patio this weekend",
      "If it rains we'll be waiting at the gates for the coach",
      "I'll stick one on the list for you",
      'Turn the lights off when you leave',
      "I'll brush her hair before the photo",
      "I'll be having words with the kids about litter outside",
      'We are getting the tyres done on the minibus before the trip',
      'Not coming to talk about the trip, just dropping off the forms',
      'Knock the block off the tower and start again',
    ]) expect(found(clean), clean).toEqual([]);
  });
});
