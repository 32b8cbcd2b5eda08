import { describe, expect, it } from 'vitest';
import { defaultParams } from './catalogue.ts';
import { validateParams, withDefaults } from './validate-params.ts';

describe('validateParams', () => {
  it('reads form strings into typed values, keeping unsent parameters from the base', () => {
    expect(validateParams('no-contact-ex-pupils-under-18', { age: ' 13 ' })).toEqual({ ok: true, params: { age: 13 } });
    expect(validateParams('posting-schedule', { day: 'Friday' }, { day: 'monday', frequency: 'monthly' })).toEqual({
      ok: true,
      params: { day: 'friday', frequency: 'monthly' },
    });
    expect(validateParams('pupil-not-identified', { strict: 'yes' })).toEqual({ ok: true, params: { strict: true } });
    expect(validateParams('parent-post-escalation', { steps: ['request-removal', 'police'] })).toEqual({
      ok: true,
      params: { steps: ['request-removal', 'police'] },
    });
  });

  it('reads a date from three boxes, and three empty boxes as not stated', () => {
    expect(validateParams('governor-approval', { approvedOn: { day: '23', month: '3', year: '2023' }, approvedBy: ' Full  Governing Body ' })).toEqual({
      ok: true,
      params: { approvedOn: '2023-03-23', approvedBy: 'Full Governing Body' },
    });
    expect(validateParams('governor-approval', { approvedOn: { day: '', month: '', year: '' } })).toMatchObject({ ok: true, params: { approvedOn: null } });
  });

  it('names the field and says what to enter for each bad value', () => {
    const result = validateParams('no-contact-ex-pupils-under-18', { age: 'eighteen' });
    expect(result).toEqual({ ok: false, problems: [{ field: 'age', message: 'Age must be a whole number between 11 and 25 years' }] });
    expect(validateParams('no-contact-ex-pupils-under-18', { age: '40' })).toMatchObject({ problems: [{ field: 'age', message: 'Age must be between 11 and 25 years' }] });
    expect(validateParams('no-contact-parents', { level: 'maybe' })).toMatchObject({
      problems: [{ field: 'level', message: 'How firmly must be one of: Prohibited, Discouraged, Judgement' }],
    });
    expect(validateParams('post-approval', { approverRole: 'caretaker' })).toMatchObject({ problems: [{ field: 'approverRole' }] });
    expect(validateParams('posting-schedule', { day: 'Funday' })).toMatchObject({ problems: [{ field: 'day', message: 'Day of the week must be a day of the week, like Friday' }] });
    expect(validateParams('governor-approval', { approvedOn: { day: '31', month: '2', year: '2023' } })).toMatchObject({ problems: [{ field: 'approvedOn', message: 'Date of approval must be a real date' }] });
    expect(validateParams('parent-post-escalation', { steps: ['police', 'police'] })).toMatchObject({ problems: [{ field: 'steps', message: 'Steps, in order: each step can appear only once' }] });
    expect(validateParams('parent-post-escalation', { steps: [] })).toMatchObject({ problems: [{ field: 'steps' }] });
  });

  it('refuses settings a rule does not have, and rules not in the catalogue', () => {
    expect(validateParams('no-contact-pupils', { age: '12' })).toMatchObject({ ok: false, problems: [{ field: 'age' }] });
    expect(validateParams('no-such-rule', {})).toMatchObject({ ok: false, problems: [{ field: 'rule' }] });
  });
});

describe('withDefaults', () => {
  it('lays the stated parameters over the catalogue defaults', () => {
    expect(withDefaults('review-period', { months: 12 })).toEqual({ ...defaultParams('review-period'), months: 12 });
    expect(withDefaults('no-contact-pupils', {})).toEqual({});
  });
});
