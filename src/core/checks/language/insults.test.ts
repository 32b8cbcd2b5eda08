import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { insultDetector } from './insults.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const insults = (text: string) => checkText({ kind: 'comment', text }, ctx, [insultDetector]).findings.map((f) => f.text);

describe('a swear word used as a name for someone', () => {
  it('is abuse however it is typed, with the words that aim it', () => {
    expect(insults("She's a proper c*nt")).toEqual(["She's a proper c*nt"]);
    expect(insults('ur a b1tch')).toEqual(['ur a b1tch']);
    expect(insults('Dumb bitch')).toEqual(['Dumb bitch']);
    expect(insults('you absolute w@nker')).toEqual(['you absolute w@nker']);
    expect(insults('what a prick')).toEqual(['what a prick']);
    expect(insults('Absolute c*nts the lot of them')).toEqual(['Absolute c*nts']);
    expect(insults('Leave it ye knobhead')).toEqual(['ye knobhead']);
    // Adjectives no list foresees, between "you" and the noun that ends the clause.
    expect(insults('Wind your neck in you thick racist twat, my kids were born here')).toEqual(['you thick racist twat']);
    expect(insults('What would you know about school you inbred knobhead')).toEqual(['you inbred knobhead']);
    // The noun not ending the clause, or more than two words away: not aimed by this rule.
    expect(insults('Did you see the dickhead parking on the zigzags this morning')).toEqual([]);
    expect(insults('you know the one I mean, that man is a nightmare, what an idiot')).toEqual([]);
  });

  it('is abuse as a whole reply or called out at the end of one', () => {
    expect(insults('dickhead')).toEqual(['dickhead']);
    expect(insults('Dickhead!!')).toEqual(['Dickhead']);
    expect(insults('Alright, dickhead?')).toEqual(['dickhead']);
  });

  it('is abuse as a plural aimed at a group, however it is masked', () => {
    expect(insults('some c***s should not be parents')).toEqual(['some c***s']);
    expect(insults('These tw*ts parking on the zigzags again')).toEqual(['These tw*ts']);
    expect(insults('Them b@stards on the PTA')).toEqual(['Them b@stards']);
    expect(insults('Certain tossers on this page')).toEqual(['Certain tossers']);
    expect(insults('the c*nts who run this school')).toEqual(['the c*nts']);
    expect(insults('w@nkers like you should be banned')).toEqual(['w@nkers']);
  });

  it('is abuse as "little sh*t" and as a compound ("sh1t stirrers", "sh it head")', () => {
    expect(insults('That kid is a little sh*t')).toEqual(['is a little sh*t']);
    expect(insults('You little sh1t')).toEqual(['You little sh1t']);
    expect(insults('this page is full of sh1t stirrers')).toEqual(['full of sh1t stirrers']);
    expect(insults('sh\u200bit head')).toEqual(['sh\u200bit head']);
  });

  it('leaves the literal senses of the plurals alone', () => {
    for (const text of ['The bitches had puppies last week', 'Finger pricks for the diabetes check', 'The pricks from the brambles hurt', 'The puppy did a little shit on the carpet', 'Where are the dog shit bags?'])
      expect(insults(text), text).toEqual([]);
  });

  it('leaves swearing that names nobody, and innocent words, to the offensive-words detector', () => {
    for (const text of ['What a shit day', 'Stop bitching about the rain', 'Finger prick test today', 'lucky bastard off to Spain again', 'This is f*cking ridiculous', 'Spotted dick for pudding'])
      expect(insults(text), text).toEqual([]);
  });
});
