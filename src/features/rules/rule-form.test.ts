import { describe, expect, it } from 'vitest';
import { readRuleForm, ruleFields } from './rule-form.ts';

describe('readRuleForm', () => {
  it('reads settings, date boxes, numbered steps and the note', () => {
    const form = readRuleForm({
      'p.approvedBy': 'Full Governing Body',
      'p.approvedOn-day': '23',
      'p.approvedOn-month': '3',
      'p.approvedOn-year': '2023',
      'p.steps.police': '3',
      'p.steps.request-removal': '1',
      'p.steps.meeting-with-head': '2',
      'p.steps.legal-advice': '',
      note: 'As agreed',
      _csrf: 'x',
    });
    expect(form.params).toEqual({
      approvedBy: 'Full Governing Body',
      approvedOn: { day: '23', month: '3', year: '2023' },
      steps: ['request-removal', 'meeting-with-head', 'police'],
    });
    expect(form.note).toBe('As agreed');
    expect(form.problems).toEqual([]);
  });

  it('says so when a step number is not a number, keeping what was typed', () => {
    const form = readRuleForm({ 'p.steps.police': 'first' });
    expect(form.problems).toEqual([{ field: 'steps', message: expect.stringContaining('number each step you keep') }]);
    expect(form.entered.steps).toEqual({ police: 'first' });
  });

  it('ignores field names that would reach an object’s prototype', () => {
    const form = readRuleForm({ 'p.__proto__-day': '1', 'p.constructor': 'x', 'p.__proto__': 'y' });
    expect(form.params).toEqual({});
    expect(({} as Record<string, unknown>).day).toBeUndefined();
  });
});

describe('ruleFields', () => {
  it('shows each setting as the right kind of field, with what was entered and its problem', () => {
    const fields = ruleFields('no-contact-parents', { level: 'discouraged' });
    expect(fields).toEqual([expect.objectContaining({ type: 'radios', id: 'no-contact-parents-level', name: 'p.level', label: 'How firmly' })]);
    expect(fields[0]!.items!.find((i) => i.checked)!.value).toBe('discouraged');
    const again = ruleFields('no-contact-ex-pupils-under-18', { age: 18 }, { age: '40' }, [{ field: 'age', message: 'Age must be between 11 and 25 years' }]);
    expect(again[0]).toMatchObject({ type: 'number', value: '40', unit: 'years', error: { text: 'Age must be between 11 and 25 years' } });
    expect(ruleFields('governor-approval', { approvedOn: '2023-03-07', approvedBy: null })[0]).toMatchObject({ type: 'date', value: { day: '7', month: '3', year: '2023' } });
  });
});
