import { describe, expect, it } from 'vitest';
import { parseTagValue, pupilsSentence, summariseTags, tagValue } from './face-tags.ts';
import { whereOnPhoto } from './present-photo.ts';
import { deletionDay } from './retention.ts';
import { groupPupils } from './pupil-names.ts';

const ID = '0b6f9c1e-2a47-4c55-9d1a-3e5f7a9b1c2d';

describe('face tags', () => {
  it('round-trips form values and refuses anything else', () => {
    for (const tag of [{ kind: 'pupil', pupilId: ID } as const, { kind: 'not-pupil' } as const, { kind: 'not-face' } as const, null]) {
      expect(parseTagValue(tagValue(tag))).toEqual(tag);
    }
    expect(parseTagValue('pupil:Robert')).toBeUndefined();
    expect(parseTagValue('adult')).toBeUndefined();
  });

  it('says plainly what is tagged, cites the school\'s photo consent clause for untagged faces, and lists the pupils', () => {
    const clause = { number: '5.1', text: 'Photos of pupils need written consent.' };
    const partly = summariseTags({ boxed: 2, missed: 1, tags: [{ kind: 'pupil', pupilId: ID }], pupilNames: new Map([[ID, 'Amelia Fairweather (Year 6)']]) }, [
      { id: 'pupil-image-consent', params: {}, clause },
    ]);
    expect(partly.sentence).toBe('2 of 3 faces are not tagged yet: the photo cannot be posted until every face is tagged.');
    expect(partly.findings).toEqual([
      {
        rule: 'pupil-image-consent',
        severity: 'block',
        clause,
        reason: 'Faces 2 and 3 are not tagged. Each face must be tagged as a pupil or not a pupil before the photo is posted, so that consent can be checked for every pupil in it.',
      },
    ]);
    expect(pupilsSentence(partly.pupils)).toBe('Pupil in the photo: Amelia Fairweather (Year 6), face 1.');
    expect(summariseTags({ boxed: 1, missed: 0, tags: [{ kind: 'not-pupil' }], pupilNames: new Map() }).sentence).toBe('The face is tagged: 1 not a pupil.');
    expect(summariseTags({ boxed: 0, missed: 0, tags: [], pupilNames: new Map() })).toMatchObject({ faces: 0, findings: [] });
  });

  it('groups pupils by year group in school order, by surname, with the name they go by', () => {
    const p = (id: string, first: string, last: string, yearGroup: string | null, preferredFirstName: string | null = null) => ({
      id, legalFirstName: first, legalLastName: last, preferredFirstName, preferredLastName: null, yearGroup,
    });
    const groups = groupPupils([p('a', 'Zoe', 'Adams', '10'), p('b', 'Amelia', 'Fairweather', '6', 'Millie'), p('c', 'Ben', 'Cole', 'R'), p('d', 'Ann', 'Bee', null), p('e', 'Al', 'Dee', '2')]);
    expect(groups.map((g) => g.label)).toEqual(['Reception', 'Year 2', 'Year 6', 'Year 10', 'No year group']);
    expect(groups[2]!.pupils).toEqual([{ value: 'pupil:b', text: 'Fairweather, Amelia (known as Millie Fairweather)' }]);
  });

  it('says where a box is in words', () => {
    expect(whereOnPhoto({ x: 0, y: 0, width: 100, height: 100 }, 1200, 900)).toBe('on the left, near the top');
    expect(whereOnPhoto({ x: 550, y: 400, width: 100, height: 100 }, 1200, 900)).toBe('in the centre, halfway down');
    expect(whereOnPhoto({ x: 1000, y: 800, width: 100, height: 100 }, 1200, 900)).toBe('on the right, near the bottom');
  });
});

describe('the day a checked photo is deleted', () => {
  it('is the first nightly run (03:45 London time) after the retention period ends', () => {
    expect(deletionDay(new Date('2026-11-23T15:00:00Z'), 30)).toBe('24 December 2026');
    expect(deletionDay(new Date('2026-11-23T02:00:00Z'), 30)).toBe('23 December 2026');
    // British Summer Time: 02:30 UTC is 03:30 in London, before the run.
    expect(deletionDay(new Date('2026-06-01T02:30:00Z'), 7)).toBe('8 June 2026');
    expect(deletionDay(new Date('2026-06-01T03:00:00Z'), 7)).toBe('9 June 2026');
  });
});
