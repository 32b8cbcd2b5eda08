import { describe, expect, it } from 'vitest';
import { splitClauses } from '../policy/split-clauses.ts';
import { COMMON_PARENT_RULES, COMMON_STAFF_RULES, healthCheck, type HealthRule } from './health-check.ts';

const TODAY = '2026-11-23';
const none = { approvedOn: null, reviewPeriodMonths: null, nextReviewOn: null };
const c = (number: string, text: string) => ({ number, text });
const all = (ids: ReadonlyArray<{ id: string }>): HealthRule[] => ids.map((r) => ({ id: r.id, params: {}, clauses: [] }));
const everyCommonRule = all([...COMMON_STAFF_RULES, ...COMMON_PARENT_RULES]);

describe('healthCheck', () => {
  it('says the review is overdue, citing the clause about review', () => {
    const clauses = [c('1', 'Aims of the policy.'), c('9', 'This policy will be reviewed every two years.')];
    const findings = healthCheck({ approvedOn: '2020-01-10', reviewPeriodMonths: 24, nextReviewOn: null }, clauses, everyCommonRule, TODAY);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'review-overdue', severity: 'high', clauses: [c('9', 'This policy will be reviewed every two years.')] });
    expect(findings[0]!.detail).toContain('due for review on 10 January 2022, more than 4 years ago');
  });

  it('uses the dates the policy states when Parapet has none, and asks for the approval to be recorded', () => {
    const clauses = [c('1.7', 'Approved at Full Governing Body meeting on 23rd March 2023')];
    const findings = healthCheck({ ...none, stated: { approvedOn: '2023-03-23', reviewPeriodMonths: 24 } }, clauses, everyCommonRule, TODAY);
    expect(findings.map((f) => f.kind)).toEqual(['review-overdue', 'approval-missing']);
    expect(findings[1]).toMatchObject({ severity: 'low', clauses: [clauses[0]] });
    expect(findings[1]!.detail).toContain('approved on 23 March 2023, but that is not recorded in Parapet');
  });

  it('cites a clause about approving the policy, not any clause that says "approved"', () => {
    const clauses = [c('4.1', 'Any exceptions must be approved by the Head teacher.'), c('1.2', 'This policy was adopted by the Board of Trustees.')];
    const approval = healthCheck(none, clauses, everyCommonRule, TODAY).find((f) => f.kind === 'approval-missing')!;
    expect(approval.clauses).toEqual([clauses[1]]);
    const only = healthCheck(none, [clauses[0]!], everyCommonRule, TODAY).find((f) => f.kind === 'approval-missing')!;
    expect(only.clauses).toEqual([]);
  });

  it('says plainly when there is no record of approval or review at all', () => {
    const kinds = healthCheck(none, [c('1', 'Staff must not friend pupils.')], everyCommonRule, TODAY).map((f) => [f.kind, f.severity]);
    expect(kinds).toEqual([
      ['approval-missing', 'high'],
      ['review-date-missing', 'medium'],
    ]);
  });

  it('finds a two-year review period beside "reviewed annually", naming both clauses', () => {
    const clauses = [c('1.8', 'Review Period: 2 years'), c('14.1', 'This policy will be reviewed annually.')];
    const found = healthCheck({ approvedOn: '2026-01-01', reviewPeriodMonths: 24, nextReviewOn: null }, clauses, everyCommonRule, TODAY);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'contradiction', clauses });
    expect(found[0]!.detail).toBe('The policy says both “Review Period: 2 years” (clause 1.8) and “reviewed annually” (clause 14.1). Decide how often it is reviewed and say it once.');
  });

  it('finds a confirmed ex-pupil age that differs from the text', () => {
    const clauses = [c('4.2', 'Staff must not contact ex-pupils under 16 on social media.')];
    const rules = [...everyCommonRule.filter((r) => r.id !== 'no-contact-ex-pupils-under-18'), { id: 'no-contact-ex-pupils-under-18', params: { age: 18 }, clauses }];
    const found = healthCheck({ approvedOn: '2026-01-01', reviewPeriodMonths: 24, nextReviewOn: null }, clauses, rules, TODAY);
    expect(found).toEqual([expect.objectContaining({ kind: 'contradiction', ruleId: 'no-contact-ex-pupils-under-18', clauses })]);
  });

  it('lists outdated references with the clause and the words', () => {
    const clauses = [c('14.1', 'In line with the Data Protection Act 1998 staff should not share data.'), c('1.19', 'Bebo is a social network.')];
    const found = healthCheck({ approvedOn: '2026-01-01', reviewPeriodMonths: 24, nextReviewOn: null }, clauses, everyCommonRule, TODAY);
    expect(found.map((f) => [f.title, f.clauses[0]!.number, f.quote])).toEqual([
      ['Refers to Data Protection Act 1998', '14.1', 'Data Protection Act 1998'],
      ['Refers to Bebo', '1.19', 'Bebo'],
    ]);
  });

  it('lists commonly present rules the policy lacks, for staff policies and for parents’ policies', () => {
    const fine = { approvedOn: '2026-01-01', reviewPeriodMonths: 24, nextReviewOn: null };
    const staff = healthCheck(fine, [], [], TODAY).filter((f) => f.kind === 'missing-rule');
    expect(staff.map((f) => f.ruleId)).toContain('no-contact-pupils');
    expect(staff.map((f) => f.ruleId)).not.toContain('parent-post-escalation');
    expect(staff[0]).toMatchObject({ severity: 'high', clauses: [], title: 'No rule: Staff do not friend, follow or message pupils on personal accounts' });
    const parents = healthCheck({ ...fine, audiences: ['parents'] }, [], [], TODAY).map((f) => f.ruleId);
    expect(parents).toEqual(['concerns-via-proper-channels', 'no-allegations', 'parent-post-escalation']);
  });

  it('runs on split policy text: the 2-year review beside "reviewed annually", and Twitter', () => {
    const text = 'Social Media Policy\n\n1. Policy details\n\nReview Period: 2 years\n\n2. Scope\n\nThis covers Facebook and Twitter.\n\n3. Review\n\nThis policy will be reviewed annually.\n';
    const found = healthCheck({ approvedOn: '2026-01-01', reviewPeriodMonths: null, nextReviewOn: null }, splitClauses(text), everyCommonRule, TODAY);
    expect(found.map((f) => f.kind)).toEqual(['contradiction', 'outdated-reference']);
    // With no period recorded, the first one the text states dates the review: 2 years from 2024-01-01 is past.
    const overdue = healthCheck({ approvedOn: '2024-01-01', reviewPeriodMonths: null, nextReviewOn: null }, splitClauses(text), everyCommonRule, TODAY);
    expect(overdue[0]).toMatchObject({ kind: 'review-overdue' });
    expect(overdue[0]!.detail).toContain('1 January 2026');
  });
});
