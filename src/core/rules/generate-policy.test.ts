import { describe, expect, it } from 'vitest';
import { splitClauses } from '../policy/split-clauses.ts';
import { renderPolicyText } from './render-policy-text.ts';
import { RULE_CATALOGUE, type ParamSpec } from './catalogue.ts';
import { COMMON_PARENT_RULES, COMMON_STAFF_RULES } from './health-check.ts';
import { ALWAYS_INCLUDED, GENERATED_RULE_IDS, generatePolicy, RECOMMENDED_RULES, type ChosenRule } from './generate-policy.ts';
import { RULE_CLAUSES } from './policy-clauses.ts';
import { validateParams } from './validate-params.ts';

const base = { schoolName: 'Oakfield Primary School', headTitle: 'Headteacher' as const, issuedOn: '2026-11-23' };

/** A value for each parameter that is not its default, so the test sees the words change. */
function otherValue(spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'number': return spec.default === 16 ? 17 : 16;
    case 'boolean': return !spec.default;
    case 'enum': return spec.values.find((v) => v !== spec.default)!;
    case 'role': return spec.default === 'dsl' ? 'chair-of-governors' : 'dsl';
    case 'weekday': return 'friday';
    case 'date': return '2025-03-23';
    case 'text': return 'Curriculum Committee';
    case 'steps': return ['request-removal', 'police'];
  }
}

const textOf = (rules: ChosenRule[], extra = {}) => renderPolicyText(generatePolicy({ ...base, rules, ...extra }));
const clausesFor = (id: string, rules: ChosenRule[]) =>
  generatePolicy({ ...base, rules }).sections.flatMap((s) => s.clauses).filter((c) => c.ruleIds.includes(id)).map((c) => c.text).join(' ');

describe('generatePolicy', () => {
  it('has a place and words for every catalogue rule, and no others', () => {
    expect([...GENERATED_RULE_IDS].sort()).toEqual(RULE_CATALOGUE.map((r) => r.id).sort());
    expect(Object.keys(RULE_CLAUSES).sort()).toEqual(RULE_CATALOGUE.map((r) => r.id).sort());
  });

  for (const rule of RULE_CATALOGUE) {
    it(`writes ${rule.id} with its defaults and with other parameters`, () => {
      const withDefaults = clausesFor(rule.id, [{ id: rule.id }]);
      expect(withDefaults.length).toBeGreaterThan(40);
      expect(withDefaults).toMatch(/^[A-Z].*[.]$/s);
      expect(withDefaults).not.toMatch(/undefined|null|NaN|\[object/);
      const params = Object.fromEntries(Object.entries(rule.params).map(([k, spec]) => [k, otherValue(spec)]));
      const checked = validateParams(rule.id, params);
      expect(checked.ok, JSON.stringify(checked)).toBe(true);
      const changed = clausesFor(rule.id, [{ id: rule.id, params }]);
      expect(changed).not.toMatch(/undefined|null|NaN|\[object/);
      if (Object.keys(rule.params).length) expect(changed).not.toBe(withDefaults);
    });
  }

  it('states the parameters in the words', () => {
    expect(clausesFor('no-contact-ex-pupils-under-18', [{ id: 'no-contact-ex-pupils-under-18', params: { age: 16 } }])).toContain('until they reach the age of 16');
    expect(clausesFor('post-approval', [{ id: 'post-approval', params: { approverRole: 'dsl' } }])).toContain('approved by the Designated Safeguarding Lead');
    expect(clausesFor('posting-schedule', [{ id: 'posting-schedule', params: { day: 'friday', frequency: 'weekly' } }])).toContain('every Friday');
    expect(clausesFor('no-contact-parents', [{ id: 'no-contact-parents', params: { level: 'prohibited' } }])).toMatch(/^Staff must not accept/);
    expect(clausesFor('parent-post-escalation', [{ id: 'parent-post-escalation', params: { steps: ['request-removal', 'police'] } }])).toMatch(
      /remove the post straight away; contact the police/,
    );
    const review = clausesFor('review-period', [{ id: 'review-period', params: { months: 12 } }]);
    expect(review).toContain('reviewed every year');
  });

  it('names the school, its head, its DSL, the dates and the next review', () => {
    const doc = generatePolicy({
      ...base,
      schoolName: 'Riverside Academy',
      headTitle: 'Principal',
      dslName: 'Ms Amira Khan',
      rules: [{ id: 'governor-approval', params: { approvedOn: '2026-03-23', approvedBy: 'Full Governing Body' } }, { id: 'review-period', params: { months: 12 } }, { id: 'post-approval' }],
    });
    const text = renderPolicyText(doc);
    expect(text.startsWith('Riverside Academy\nSocial Media Policy\n')).toBe(true);
    expect(text).toContain('“the Principal” means the Principal of Riverside Academy');
    expect(text).toContain('The Designated Safeguarding Lead is Ms Amira Khan.');
    expect(text).toContain('approved by the Principal before it is published');
    expect(text).toContain('approved by the Full Governing Body on 23 March 2026');
    expect(text).toContain('The next review is due by 23 March 2027.');
    expect(text).not.toContain('Headteacher');
    expect(doc.details).toEqual([
      { label: 'Approved by', value: 'Full Governing Body, 23 March 2026' },
      { label: 'Review', value: 'Every year' },
      { label: 'Next review due', value: '23 March 2027' },
      { label: 'Issued', value: '23 November 2026' },
    ]);
    expect(doc.signOff.intro).toContain('Riverside Academy Social Media Policy, issued 23 November 2026');
    expect(doc.signOff.fields).toEqual(['Name', 'Role', 'Signature', 'Date']);
  });

  it('always states approval, review and sign-off, and says when it is not yet approved', () => {
    const doc = generatePolicy({ ...base, rules: [{ id: 'no-contact-pupils' }] });
    const ids = doc.sections.flatMap((s) => s.clauses.flatMap((c) => c.ruleIds));
    for (const id of ALWAYS_INCLUDED) expect(ids).toContain(id);
    expect(renderPolicyText(doc)).toContain('takes effect once it has been approved by the governing body');
    expect(doc.details[0]).toEqual({ label: 'Approved by', value: 'Not yet approved' });
    expect(doc.details[2]!.value).toBe('To be set when the policy is approved');
  });

  it('has the sections a school policy needs, numbered in order, and leaves out empty ones', () => {
    const all = generatePolicy({ ...base, rules: RULE_CATALOGUE.map((r) => ({ id: r.id })) });
    expect(all.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '1 Purpose and scope',
      '2 Contact with pupils and parents',
      '3 Personal use of social media',
      '4 The school’s own social media accounts',
      '5 Photographs, videos and consent',
      '6 Equipment and devices',
      '7 Concerns, incidents and reporting',
      '8 Breaches of this policy',
      '9 Training and awareness',
      '10 Approval, monitoring and review',
    ]);
    const few = generatePolicy({ ...base, rules: [{ id: 'breach-investigation' }] });
    expect(few.sections.map((s) => s.heading)).toEqual(['Purpose and scope', 'Breaches of this policy', 'Training and awareness', 'Approval, monitoring and review']);
    expect(few.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
  });

  it('ignores ids that are not in the catalogue', () => {
    expect(textOf([{ id: 'no-contact-pupils' }, { id: 'made-up' }])).toBe(textOf([{ id: 'no-contact-pupils' }]));
  });

  it('recommends the commonly present rules, not the unusual ones', () => {
    // What the health check misses in a policy is always offered to a school writing one.
    for (const r of [...COMMON_STAFF_RULES, ...COMMON_PARENT_RULES]) expect(RECOMMENDED_RULES).toContain(r.id);
    expect(RECOMMENDED_RULES).not.toContain('pupil-phone-in-office');
  });
});

describe('the plain text a generated policy is saved as', () => {
  for (const schoolName of ['Test School m4x1', 'Oakfield School 1920', 'st. helen’s, a church school', 'Ysgol Bro Ŵyr']) {
    it(`keeps the numbers whatever the school is called (${schoolName})`, () => {
      const doc = generatePolicy({ ...base, schoolName, title: 'policy 2026', rules: [{ id: 'no-contact-pupils' }] });
      const numbered = splitClauses(renderPolicyText(doc)).filter((c) => c.number);
      expect(numbered.map((c) => c.number)).toEqual(doc.sections.flatMap((s) => [s.number, ...s.clauses.map((c) => c.number)]));
      expect(renderPolicyText(doc)).toContain(`everyone who works at or for ${schoolName}`);
    });
  }

  for (const [name, rules] of [
    ['every rule', RULE_CATALOGUE.map((r) => ({ id: r.id }))],
    ['the recommended rules', RECOMMENDED_RULES.map((id) => ({ id }))],
    ['one rule', [{ id: 'safe-links' }]],
  ] as const) {
    it(`reads back through the clause splitter with the same numbers (${name})`, () => {
      const doc = generatePolicy({ ...base, dslName: 'Mr T. O’Neill', rules: [...rules] });
      const clauses = splitClauses(renderPolicyText(doc));
      expect(clauses.filter((c) => !c.number).map((c) => c.text)).toEqual([doc.schoolName, doc.title]);
      const expected = doc.sections.flatMap((s) => [
        { number: s.number, isHeading: true, text: s.heading },
        ...s.clauses.map((c) => ({ number: c.number, isHeading: false, text: c.text })),
      ]);
      expect(clauses.filter((c) => c.number).map((c) => ({ number: c.number, isHeading: c.isHeading, text: c.text }))).toEqual(expected);
    });
  }
});
