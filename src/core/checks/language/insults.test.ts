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
  });

  it('is abuse as a whole reply or called out at the end of one', () => {
    expect(insults('dickhead')).toEqual(['dickhead']);
    expect(insults('Dickhead!!')).toEqual(['Dickhead']);
    expect(insults('Alright, dickhead?')).toEqual(['dickhead']);
  });

  it('leaves swearing that names nobody, and innocent words, to the offensive-words detector', () => {
    for (const text of ['What a shit day', 'Stop bitching about the rain', 'Finger prick test today', 'lucky bastard off to Spain again', 'This is f*cking ridiculous', 'Spotted dick for pudding'])
      expect(insults(text), text).toEqual([]);
  });
});
