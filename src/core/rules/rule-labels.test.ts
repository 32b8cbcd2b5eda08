import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from './catalogue.ts';
import { describeParam, paramLabel, reviewPeriodLabel } from './rule-labels.ts';

describe('rule labels', () => {
  it('has a plain label for every parameter in the catalogue', () => {
    for (const rule of RULE_CATALOGUE) for (const name of Object.keys(rule.params)) expect(paramLabel(name), `${rule.id}.${name}`).not.toBe(name);
  });

  it('describes values as a person would say them', () => {
    expect(describeParam('no-contact-ex-pupils-under-18', 'age', 13)).toBe('13 years');
    expect(describeParam('post-approval', 'approverRole', 'dsl')).toBe('Designated Safeguarding Lead');
    expect(describeParam('post-approval', 'approverRole', 'social-media-manager')).toBe('The member of staff who runs the school’s social media');
    expect(describeParam('posting-schedule', 'day', 'friday')).toBe('Friday');
    expect(describeParam('governor-approval', 'approvedOn', '2023-03-23')).toBe('23 March 2023');
    expect(describeParam('governor-approval', 'approvedOn', null)).toBe('Not stated');
    expect(describeParam('parent-post-escalation', 'steps', ['request-removal', 'police'])).toBe('Ask the parent to remove it, then Contact the police');
  });

  it('says a review period in words', () => {
    expect([12, 24, 36, 18, 1].map(reviewPeriodLabel)).toEqual(['every year', 'every two years', 'every three years', 'every 18 months', 'every month']);
  });
});
