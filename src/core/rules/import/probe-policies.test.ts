import { describe, expect, it } from 'vitest';
import { importPolicy } from '../import-policy.ts';
import { CHILD_PROTECTION_POLICY, COLLEGE_GUIDANCE, INFANT_SCHOOL_POLICY, PERMISSIVE_GUIDANCE, SECONDARY_CODE, TRUST_STAFF_CODE } from './probe-policies.ts';

const paramsById = (text: string) => Object.fromEntries(importPolicy(text).rules.map((r) => [r.id, r.params]));

describe('policies in other voices', () => {
  it("a trust's staff code: every rule it states, and nothing else", () => {
    expect(paramsById(TRUST_STAFF_CODE)).toEqual({
      'pupil-image-consent': { personalAccounts: 'never' },
      'no-name-with-image': {},
      'no-personal-data': {},
      'no-offensive-content': {},
      'no-school-identity-in-profile': {},
      'no-solicitation': {},
      'concerns-via-proper-channels': {},
      'no-contact-pupils': {},
      'no-contact-ex-pupils-under-18': { age: 18 },
      'no-contact-parents': { level: 'discouraged' },
      'declare-relationships': { declareTo: 'headteacher' },
      'report-pupil-contact': { reportTo: 'dsl' },
      'designated-account-managers': {},
      'post-approval': { approverRole: 'slt' },
      'breach-investigation': {},
      'safeguarding-to-dsl': { reportTo: 'dsl' },
      'staff-support-after-abuse': {},
      'governor-approval': { approvedOn: '2022-02-02', approvedBy: 'Trust Board' },
      'review-period': { months: 24, nextReview: '2024-02-01' },
      'staff-training': {},
      'equipment-monitoring': {},
    });
    expect(importPolicy(TRUST_STAFF_CODE).metadata).toMatchObject({
      title: 'Online Safety and Social Media Code for Staff',
      schoolName: 'Riverside Academy',
      audiences: ['staff', 'volunteers', 'governors'],
      headTitle: 'Principal',
    });
  });

  it("an infant school's policy for parents and staff, in capitals with a contents page", () => {
    expect(paramsById(INFANT_SCHOOL_POLICY)).toEqual({
      'pupil-not-identified': {},
      'pupil-image-consent': { personalAccounts: 'never' },
      'no-personal-data': {},
      'no-offensive-content': {},
      'concerns-via-proper-channels': {},
      'no-contact-pupils': {},
      'no-contact-parents': { level: 'prohibited' },
      'parent-post-escalation': { steps: ['request-removal', 'meeting-with-head', 'report-to-platform', 'police', 'legal-advice'] },
      'governor-approval': { approvedOn: '2023-07-10' },
      'review-period': { months: 12 },
    });
    expect(importPolicy(INFANT_SCHOOL_POLICY).metadata).toMatchObject({
      title: 'Social Media Policy',
      schoolName: "St. Mary's C of E Infant School",
      approvedOn: '2023-07-10',
      reviewPeriodMonths: 12,
      nextReview: '2024-07-10',
      audiences: ['staff', 'parents'],
    });
  });

  it("a college's guidance, with procedures and upkeep in other words", () => {
    expect(paramsById(COLLEGE_GUIDANCE)).toEqual({
      'no-allegations': {},
      'school-identity-permission': { approverRole: 'headteacher' },
      'safe-links': {},
      'no-personal-contact-details': {},
      'professional-account-content': {},
      'personal-device-exception': { approverRole: 'headteacher' },
      'school-equipment-use': { approverRole: 'slt' },
      'pupil-phone-in-office': {},
      'comment-moderation': {},
      'indecent-images-police': {},
      'unsuitable-material-hr': {},
      'judgement-justification': {},
      'consistent-judgement': {},
      'queries-resolved': {},
      'new-staff-profile-review': {},
      'review-period': { months: 36, nextReview: '2023-01-01' },
      'staff-acknowledgement': {},
      'annual-reminder': {},
    });
    expect(importPolicy(COLLEGE_GUIDANCE).metadata).toMatchObject({
      title: 'Staff Guidance: Social Networking and Electronic Communication',
      schoolName: 'Greenfields Community College',
      datedOn: '2020-01-01',
      headTitle: 'Head of School',
    });
  });

  it('guidance that permits, or says the school does not do something, proposes no rules', () => {
    const result = importPolicy(PERMISSIVE_GUIDANCE);
    expect(result.rules).toEqual([]);
    expect(result.warnings).toEqual(['No rules were found: this may not be a social media policy.']);
  });

  it('a child protection policy: the rules it shares, no "allegations against staff" read as a ban, and a warning', () => {
    const result = importPolicy(CHILD_PROTECTION_POLICY);
    expect(result.rules.map((r) => r.id)).not.toContain('no-allegations');
    expect(result.rules.map((r) => r.id)).toContain('safeguarding-to-dsl');
    expect(result.warnings).toEqual([
      'Social media is not named anywhere in the document: this may be another policy (such as child protection or acceptable use) rather than a social media policy.',
    ]);
  });

  it("a secondary school's code: an approach reported to the DSL, abuse supported, names kept off photographs", () => {
    expect(paramsById(SECONDARY_CODE)).toEqual({
      'pupil-image-consent': {},
      'no-name-with-image': {},
      'no-contact-pupils': {},
      'no-contact-ex-pupils-under-18': { age: 18 },
      'no-contact-parents': { level: 'discouraged' },
      'declare-relationships': { declareTo: 'deputy-headteacher' },
      'report-pupil-contact': { reportTo: 'dsl' },
      'designated-account-managers': {},
      'post-approval': { approverRole: 'headteacher' },
      'posting-schedule': { day: 'friday', frequency: 'weekly' },
      'breach-investigation': {},
      'cyberbullying-evidence': {},
      'staff-support-after-abuse': {},
    });
    expect(importPolicy(SECONDARY_CODE).metadata).toMatchObject({ title: 'Code of Conduct for Online Communication', schoolName: 'Westfield High School', datedOn: '2024-09-01' });
  });
});
