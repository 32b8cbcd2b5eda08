import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { abuseDetector } from './abuse.ts';
import { NEW_ABUSE } from './test-phrasings.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [abuseDetector]).findings.map((f) => f.text);

describe('abuse', () => {
  it('finds insults aimed at people', () => {
    expect(found("You're a liar and a cheat")).toEqual(["You're a liar"]);
    expect(found('Mrs Green is an absolute joke.')).toHaveLength(1);
    expect(found('The head is a useless waste of space')).toHaveLength(1);
    expect(found('That moron in the office lost my form')).toEqual(['That moron']);
    expect(found('Useless teacher.')).toEqual(['Useless teacher']);
    expect(found('Shut up you muppet')).toEqual(['you muppet']);
    expect(found('The dinner staff are rude and lazy')).toHaveLength(1);
    expect(found('What a prat.')).toEqual(['What a prat']);
    expect(found('Disgrace of a headteacher')).toHaveLength(1);
  });

  it('finds insults phrased in new ways, before or after a name', () => {
    for (const insult of NEW_ABUSE) expect(found(insult), insult).toHaveLength(1);
  });

  it('gives a reason and the rule', () => {
    const [f] = checkText({ kind: 'comment', text: 'You idiot' }, ctx, [abuseDetector]).findings;
    expect(f).toMatchObject({ category: 'abuse', rule: 'no-offensive-content', severity: 'block' });
    expect(f!.reason).toMatch(/insults/);
  });

  it('leaves praise and things that are not people alone', () => {
    for (const clean of [
      'What a scorcher! Thank you all.',
      'The link is useless, can you repost it?',
      'Thank you, you are all stars',
      'The ugly sisters were hilarious in the panto',
      'What a comeback in the second half',
      'The kids were absolutely brilliant',
      "I'm such an idiot, I forgot it was non-uniform day",
      'Our dog is a total idiot, he ate the homework',
      "Harvey's painting was brilliant",
      'Thank you Snowflakes class for the lovely carols',
      'The snowflakes the children made are in the window',
      'The lazy dog would not help the Little Red Hen',
      'A big thank you to every one of you',
      'The office staff were rude to me on the phone',
      "I'm not the sharpest tool in the box when it comes to fractions",
      'My son is a nightmare at bedtime',
      'That Year 6 production was a nightmare to organise, but worth it',
      'This weather is a nightmare',
      'That one is a nightmare to park near',
      'Daisy is a cow in the nativity and Tom is a pig',
      'Amelia came dressed as a witch',
      'Our hamster is a little bully to the other one',
      'That new mum is a star',
      "She's a spoilt little madam at bedtime, love her",
      "He's a cheeky little monkey",
      'Complete idiot here, left the oven on',
      'Total numpty move by me today',
      'The pond is full of frogs this year',
      'I was lying on the sofa all day',
      'We made donuts in cookery',
      'A sly fox in the story',
      'See ya later everyone',
      'Ye olde tea shop on the high street',
      'thanks ya legend',
    ]) expect(found(clean), clean).toEqual([]);
  });

  it('finds regional insults in the frames they are said in, with the whole frame', () => {
    expect(found("Don't talk to me like that ye meff")).toEqual(['ye meff']);
    expect(found('Brown-nosing gobshite')).toEqual(['Brown-nosing gobshite']);
    expect(found('Scruffy meff the lot of yous')).toEqual(['Scruffy meff the lot of yous']);
    expect(found('Bunch of useless twats the lot of yous')).toEqual(['Bunch of useless twats the lot of yous']);
    expect(found('Go and do one you tight get')).toEqual(['you tight get']);
    expect(found("You're all fucking useless")).toEqual(["You're all fucking useless"]);
    expect(found('Gotobed you f u c k i n g snake')).toEqual(['you f u c k i n g snake']);
    expect(found('Our new deputy is a sh*t-stirring snake')).toHaveLength(1);
    expect(found('Thick as mince the lot of them')).toEqual(['Thick as mince']);
  });

  it('leaves the innocent senses of the same words alone', () => {
    for (const clean of [
      'We saw a cow in the field on the farm trip',
      'The pigs on the farm loved the children',
      "Where's Wally day on Friday, come dressed as Wally",
      'The Muppets film is on at the cinema',
      'The donkey derby at the summer fair',
      'Year 1 made jam tarts with their grandparents',
      'He brought a weapon to school and was excluded',
      'Tuna melt and chips on Friday',
      'Put your helmet on for Bikeability',
      'Did you grass on him?',
      'Please keep off the grass',
      'Thick as thieves those two',
      'Lady and the Tramp is the film for movie night',
      'The old bag of costumes is in the hall',
      'Our class pet is a snake called Sid',
      'Tom is a donkey in the nativity and Ella is a mare',
      'You get a prize for full attendance',
      'Do you get the bus home?',
      'Mrs Shah is a massive fan of the football',
      "I'm such a numpty, I forgot my purse",
      'What a plum job the caretaker has',
      'What a melt the ice cream was in the sun',
      'A big bunch of flowers for Mrs Ali',
      'What a bunch of heroes',
      'Grandad is a massive Sunderland fan',
      'My son is such a pig at dinner time',
      'The lights are on at the hall but nobody is home yet',
      'Daft as a brush, our Bella, love her',
      'You soft lad, you forgot your coat',
      'ur a nutter hun see u at netball x',
      'haha you are a clown, see you Friday',
      'My daughter called me a dozy mare this morning',
      'Our kid is a right melt, left his bag on the bus',
      'The panto baddie was a right nasty piece of work, boo!',
    ]) expect(found(clean), clean).toEqual([]);
  });
});
