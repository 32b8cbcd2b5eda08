import { describe, expect, it } from 'vitest';
import { findOutdatedReferences } from './outdated-references.ts';

const ids = (text: string, year = 2026) => findOutdatedReferences(text, year).map((m) => m.reference.id);

describe('findOutdatedReferences', () => {
  it('finds repealed law and closed or renamed networks, quoting the words used', () => {
    const found = findOutdatedReferences('In line with the Data Protection Act 1998 staff must not use Bebo, Ning, Google+, Vine or twitter.', 2026);
    expect(found.map((m) => m.reference.id)).toEqual(['dpa-1998', 'twitter', 'bebo', 'ning', 'google-plus', 'vine']);
    expect(found[0]!.quote).toBe('Data Protection Act 1998');
    expect(found[0]!.reference.advice).toContain('UK GDPR and the Data Protection Act 2018');
    expect(found.find((m) => m.reference.id === 'twitter')!.quote).toBe('twitter');
  });

  it('does not flag the current law, or Twitter when the clause already says it is now X', () => {
    expect(ids('We follow the UK GDPR and the Data Protection Act 2018.')).toEqual([]);
    expect(ids('Our account on X (formerly Twitter) is run by the office.')).toEqual([]);
    expect(ids('We post on Twitter/X and Facebook.')).toEqual([]);
  });

  it('keeps to whole words: "vineyard", "Ningbo" and "dining" are not networks', () => {
    expect(ids('A trip to the vineyard and a Ningbo exchange; dining hall rules.')).toEqual([]);
  });

  it('flags guidance editions two or more years old, and not this year’s', () => {
    expect(ids('See Keeping Children Safe in Education 2016.', 2026)).toEqual(['dated-guidance-keeping-children-safe-in-education']);
    expect(ids('See Keeping Children Safe in Education (September 2025).', 2026)).toEqual([]);
  });
});
