import { describe, expect, it } from 'vitest';
import { check } from './engine.ts';
import { citedClause, underRule } from './rule-citation.ts';
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

describe('a finding moved under another rule', () => {
  const clause42 = { number: '4.2', text: 'Pupils are not identified by name.' };
  const clause71 = { number: '7.1', text: 'A pupil in a photograph is never named.' };
  const named = () => check({ kind: 'post', text: 'Well done Amelia Smith' }, testContext([{ id: 'pupil-not-identified', params: {}, clause: clause42 }]))[0]!;

  it('cites no clause when the policy has none for the new rule, not the old rule\'s clause', () => {
    const f = named();
    expect(f.clause).toEqual(clause42);
    const moved = underRule(f, 'no-name-with-image', [{ id: 'pupil-not-identified', params: {}, clause: clause42 }], 'A pupil in a photo is never named');
    expect(moved).toMatchObject({ rule: 'no-name-with-image', severity: 'block', reason: 'A pupil in a photo is never named.' });
    expect(moved).not.toHaveProperty('clause');
    expect(f.clause).toEqual(clause42);
  });

  it('cites the new rule\'s clause when the policy has one', () => {
    const moved = underRule(named(), 'no-name-with-image', [{ id: 'no-name-with-image', params: {}, clause: clause71 }], 'A pupil in a photo is never named');
    expect(moved.clause).toEqual(clause71);
    expect(moved.reason).toBe('A pupil in a photo is never named (clause 7.1 of your policy).');
  });
});
