import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { profanityDetector } from './profanity.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const words = (text: string) => checkText({ kind: 'comment', text }, ctx, [profanityDetector]).findings.map((f) => `${f.category}:${f.text}`);

describe('the offensive-words lexicon, checked against a fuller British list', () => {
  it('finds insults and body-part words that were missing', () => {
    expect(words('Gilhespy you smug prick')).toEqual(['profanity:prick']);
    expect(words('That woman is a proper slag')).toEqual(['profanity:slag']);
    expect(words('what a slapper')).toEqual(['profanity:slapper']);
    expect(words('you absolute sk4nk')).toEqual(['profanity:sk4nk']);
    expect(words('bloodclaat teacher')).toEqual(['profanity:bloodclaat']);
  });

  it('finds racist, homophobic and disability slurs as hate', () => {
    expect(words('Too many Polacks in Wardley now')).toEqual(['hate:Polacks']);
    expect(words('the chinky on the corner')).toEqual(['hate:chinky']);
    expect(words('he called him a coon')).toEqual(['hate:coon']);
    expect(words('stop being a spakka')).toEqual(['hate:spakka']);
    expect(words('proper window licker, windowlicker even')).toEqual(['hate:windowlicker']);
    expect(words('a couple of lezzas')).toEqual(['hate:lezzas']);
    expect(words('shut up you bumboy')).toEqual(['hate:bumboy']);
  });

  it('leaves innocent words and longer words that contain them', () => {
    for (const clean of [
      'The horses prick up their ears when the bell goes',
      'Raccoons, cocoons and a coconut shy at the fair',
      'Polish club on Tuesdays, and spicy food from Mongolia',
      'Krautrock was not on the music syllabus, but Yiddish songs were',
      'A whopper of a dagger in the museum, and the Spice Girls',
      'Schizophrenia awareness week and Downing Street',
      'The slagheap behind the old pit is now a nature reserve',
      'Lesbos is a Greek island',
      'The classroom was spic and span for the inspection',
      'Mrs Polak and Mr Downie ran the tuck shop',
      'Grandad had a bloodclot in his leg, so he is resting',
    ]) expect(words(clean), clean).toEqual([]);
  });
});
