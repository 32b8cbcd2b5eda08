import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import type { CheckKind } from '../types.ts';
import { profanityDetector } from './profanity.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const find = (text: string, kind: CheckKind = 'comment') => checkText({ kind, text }, ctx, [profanityDetector]).findings;
const words = (text: string, kind: CheckKind = 'comment') => find(text, kind).map((f) => `${f.category}:${f.text}`);

describe('offensive words', () => {
  it('finds swearing however it is disguised', () => {
    expect(words('What the fuck is this')).toEqual(['profanity:fuck']);
    expect(words('f*cking ridiculous')).toEqual(['profanity:f*cking']);
    expect(words("oh for f***'s sake")).toEqual(['profanity:f***']);
    expect(words('this is sh1t')).toEqual(['profanity:sh1t']);
    expect(words('$h!t show')).toEqual(['profanity:$h!t']);
    expect(words('fuuuuuck sake')).toEqual(['profanity:fuuuuuck']);
    expect(words('what the f u c k')).toEqual(['profanity:f u c k']);
    expect(words('total sh\u200bite')).toEqual(['profanity:sh\u200bite']);
    expect(words('FÜCK this')).toEqual(['profanity:FÜCK']);
    expect(words('utter bullshit')).toEqual(['profanity:bullshit']);
    expect(words('b0ll0cks to that')).toEqual(['profanity:b0ll0cks']);
    expect(words('this car park is a f u c k i n g nightmare')).toEqual(['profanity:f u c k i n g']);
    expect(words('Gilhespy you smug prick')).toEqual(['profanity:prick']);
  });

  it('gives offsets into the original text', () => {
    const [f] = find('Honestly, f\u200bu\u200bc\u200bk this.');
    expect(f).toMatchObject({ start: 10, text: 'f\u200bu\u200bc\u200bk', rule: 'no-offensive-content', severity: 'block' });
  });

  it('has no Scunthorpe problem and knows British food and places', () => {
    for (const clean of [
      'Trip to Scunthorpe and Penistone on Friday',
      'Spotted dick and custard for pudding',
      'Thursday: faggots, mash and peas',
      'We had faggots at school too',
      'Cock-a-leekie soup and a cocktail sausage',
      'Two blue tits and a great tit at the feeder',
      'The pussy willow is out',
      'Dick Whittington and Moby Dick',
      'An assessment of our class assets',
      'Shiitake mushrooms and a swanky new hall',
      'He couldn\'t organise a piss-up in a brewery',
      'Year 6 Relationships and Sex Education evening',
      'Meet at 10am in Y6, 2pm pick-up, £1,284.50 raised',
      'Diabetes clinic: a finger prick test is all it takes',
      'Prick the sausages with a fork first',
      'The children will prick up their ears at this',
      'a s s e m b l y at nine',
    ]) expect(words(clean), clean).toEqual([]);
  });

  it('lets mild words pass in comments and personal posts but not in the school\'s own posts', () => {
    expect(words('Bloody brilliant effort!', 'comment')).toEqual([]);
    expect(words('Bloody brilliant effort!', 'personal')).toEqual([]);
    const [f] = find('Bloody brilliant effort!', 'post');
    expect(f).toMatchObject({ category: 'profanity', rule: 'professional-account-content', severity: 'warn' });
  });

  it('reports slurs as hate and sexual words as sexual', () => {
    expect(words('too many p*kis here')).toEqual(['hate:p*kis']);
    expect(words('look at that r3tard')).toEqual(['hate:r3tard']);
    expect(words('that teacher is a faggot')).toEqual(['hate:faggot']);
    expect(words('check out the porn')).toEqual(['sexual:porn']);
    expect(words('nice tits')).toEqual(['sexual:tits']);
  });
});
