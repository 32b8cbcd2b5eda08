import { describe, expect, it } from 'vitest';
import { check } from './engine.ts';
import { citedClause } from './rule-citation.ts';
import { testContext } from './test-roster.ts';

describe('the clause a finding cites', () => {
  it('is the first numbered clause, never a title line without a number', () => {
    const title = { number: '', text: 'Social Media Policy' };
    const numbered = { number: '4.2', text: 'Pupils are never named beside a photograph.' };
    expect(citedClause([title, numbered])).toEqual(numbered);
    expect(citedClause([title])).toBeUndefined();
    expect(citedClause([])).toBeUndefined();
  });

  it('reads as "clause 4.2 of your policy" in the reason', () => {
    const clause = citedClause([{ number: '', text: 'Title' }, { number: '4.2', text: 'Pupils are not named.' }]);
    const [f] = check({ kind: 'post', text: 'Well done Amelia Smith' }, testContext([{ id: 'pupil-not-identified', params: {}, clause: clause! }]));
    expect(f!.reason).toContain('(clause 4.2 of your policy)');
  });
});
