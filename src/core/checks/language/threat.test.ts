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

  it('leaves the harmless senses of the same verbs alone: a match, a fish, a visit, a word', () => {
    for (const clean of [
      'We battered them 4-0',
      "We'll batter them on Saturday",
      "We'll murder them in the league next year",
      'Battered cod and chips on Friday',
      'We decked the halls for Christmas',
      'Lovely chinwag with the mums at the gate',
      "I'll have a word with her teacher tomorrow",
      "I'll have a word with him at the gate",
      "You'll be getting a visit from the school nurse next week",
      "We'll pay them a visit at half term",
      "He's getting leathered at football every week, bless him",
      "He's getting dealt with by the school, thank you for reporting it",
      'You want to be careful on the ice this morning',
      "I'll post her address label on Monday",
      "I'll share your number with the class rep",
      "I'll be round yours at six for the party",
      'Keep adding vinegar and see what happens',
      'He was the one needing an ambulance after falling off the climbing frame',
      "I'll sort him out with a new reading book",
      'Year 6 will do them in the quiz',
      "I'll do her in the school photo queue first",
      "It's on sight reading today for the choir",
      'I swear I will end this term on a high',
      'The hall is getting decked out for the disco',
      'Our team is getting battered 5-0 at half time',
      'The fish is getting battered for tea',
      'Watch what happens when I add the baking soda',
      'Our kid knows where the party is',
      'Some people need a good rest after SATs week',
      "I'll post her address to the office so they can send the card",
      "I've got your reg for the car park permit",
      'He wants to be careful driving to work in this snow',
      "Someone's getting a visit from the tooth fairy tonight",
      "He's getting sorted out with a new coat",
    ]) expect(found(clean), clean).toEqual([]);
  });
});
