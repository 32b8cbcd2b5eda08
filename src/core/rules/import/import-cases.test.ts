// The importer on short policies written for these tests in wordings the seeds do not use:
// the patterns must follow the meaning of a rule, not one school's phrasing.
import { describe, expect, it } from 'vitest';
import { importPolicy } from '../import-policy.ts';
import { saysNotAPolicy } from './warnings.ts';

const rule = (text: string, id: string) => importPolicy(text).rules.find((r) => r.id === id);
const ids = (text: string) => importPolicy(text).rules.map((r) => r.id);
const meta = (text: string) => importPolicy(text).metadata;

describe('ages for ex-pupils', () => {
  it.each([
    ['Staff must not accept friend requests from ex-pupils under 13.', 13],
    ['Do not connect online with former students until they reach 21.', 21],
    ['Staff must not follow former students aged under sixteen on social media.', 16],
    ['Staff should not be friends online with anyone who has left the school and is still of school age, nor with ex-pupils generally.', 16],
    ['No member of staff may message an ex-pupil below the age of 19 on any social network.', 19],
    ['Former students may not be followed online until their 18th birthday.', 18],
    ['Staff may connect online with former pupils over the age of 21 only.', 21],
  ])('%s → %i', (text, age) => {
    expect(rule(text, 'no-contact-ex-pupils-under-18')?.params).toEqual({ age });
  });

  it('does not read a welcome for ex-pupils as a rule about them', () => {
    expect(rule("Ex-pupils are welcome to follow the school's Facebook page for news of reunions.", 'no-contact-ex-pupils-under-18')).toBeUndefined();
  });

  it('states no age when the policy gives none', () => {
    expect(rule('Staff must not contact former pupils through personal social media accounts.', 'no-contact-ex-pupils-under-18')?.params).toEqual({});
  });
});

describe('review periods and dates', () => {
  it.each([
    ['This policy will be reviewed every two years.', 24],
    ['The governors review this policy annually.', 12],
    ['This policy is reviewed every 18 months by the Headteacher.', 18],
    ['Review period: three years', 36],
    ['Review cycle: biennially', 24],
    ['The trustees review this policy on a three-year cycle.', 36],
    ['This policy is reviewed two-yearly.', 24],
  ])('%s → %i months', (text, months) => {
    expect(meta(`Social Media Policy\n\n${text}`).reviewPeriodMonths).toBe(months);
    expect(rule(`Social Media Policy\n\n${text}`, 'review-period')?.params.months).toBe(months);
  });

  it('reads a next review date as a month or a term, and the period as the gap from the policy date', () => {
    const m = meta('Social Media Policy\n\nDate: September 2021\n\nNext review: Summer 2024\n\nStaff must not befriend pupils online.');
    expect(m).toMatchObject({ datedOn: '2021-09-01', nextReview: '2024-04-01', reviewPeriodMonths: 31 });
  });

  it('works out the next review from an approval date and a period', () => {
    const m = meta('E-Safety and Social Media Policy\n\nRatified by the Board of Trustees on 12/09/2023. This policy will be reviewed every three years.');
    expect(m).toMatchObject({ approvedOn: '2023-09-12', approvedBy: 'Board of Trustees', reviewPeriodMonths: 36, nextReview: '2026-09-12' });
    expect(rule('Ratified by the Board of Trustees on 12/09/2023.', 'governor-approval')?.params).toEqual({ approvedOn: '2023-09-12', approvedBy: 'Board of Trustees' });
  });

  it('does not take a reminder or another review for the policy review period', () => {
    expect(meta('Social Media Policy\n\nStaff are reminded annually of this policy. The weekly post is reviewed termly.').reviewPeriodMonths).toBeNull();
  });

  it.each([
    ['Approved at Full Governing Body meeting on 23rd March 2023', '2023-03-23', 'Full Governing Body'],
    ['The Governing Body adopted this policy on 1st January 2012.', '2012-01-01', 'Governing Body'],
    ['Date approved: 4 July 2022\n\nApproved by: Local Governing Body', '2022-07-04', 'Local Governing Body'],
    ['This policy was agreed by the Curriculum Committee on March 3, 2021.', '2021-03-03', 'Curriculum Committee'],
  ])('approval: %s', (text, on, by) => {
    expect(meta(`Social Media Policy\n\n${text}`)).toMatchObject({ approvedOn: on, approvedBy: by });
  });
});

describe('roles, schedules and how firmly parents are kept at a distance', () => {
  it('maps the roles a policy names to role ids', () => {
    expect(rule('Staff must not give pupils their personal mobile numbers unless this is agreed in advance by the Principal.', 'personal-device-exception')?.params).toEqual({ approverRole: 'headteacher' });
    expect(rule("The school's logo must not be used online without the permission of the Chair of Governors.", 'school-identity-permission')?.params).toEqual({ approverRole: 'chair-of-governors' });
    expect(rule('Any friend request from a pupil must be declined and reported to the Designated Safeguarding Lead (DSL).', 'report-pupil-contact')?.params).toEqual({ reportTo: 'dsl' });
    expect(rule('Staff with family links to pupils should declare these relationships to their line manager.', 'declare-relationships')?.params).toEqual({ declareTo: 'line-manager' });
    expect(rule("The school crest may appear online only with the Chair of Governors' written consent.", 'school-identity-permission')?.params).toEqual({ approverRole: 'chair-of-governors' });
    expect(rule('Relationships with families of pupils must be declared to the School Business Manager.', 'declare-relationships')?.params).toEqual({});
  });

  it.each([
    ['We publish a round-up post every Wednesday afternoon.', { day: 'wednesday', frequency: 'weekly' }],
    ['A monthly update is posted on our Facebook page.', { frequency: 'monthly' }],
  ])('schedule: %s', (text, params) => {
    expect(rule(text, 'posting-schedule')?.params).toEqual(params);
  });

  it.each([
    ['Staff must not be friends with parents on social media.', 'prohibited'],
    ['Staff are discouraged from accepting friend requests from parents on Facebook.', 'discouraged'],
    ['It is advisable that staff do not connect with parents on social networking sites.', 'discouraged'],
    ['Staff should use their professional judgement before connecting with parents on social media.', 'judgement'],
    ['Staff may accept friend requests from parents online where a genuine friendship already exists.', 'judgement'],
    ['Staff are advised to avoid accepting friend requests from parents on social media.', 'discouraged'],
    ['Staff should think carefully before becoming friends with parents on Facebook.', 'judgement'],
  ])('parents: %s → %s', (text, level) => {
    expect(rule(text, 'no-contact-parents')?.params).toEqual({ level });
  });
});

describe('messy documents', () => {
  const MESSY = [
    'Oakfield School – Social Media Policy',
    '',
    'CONTENTS',
    '1. Introduction ........................ 2',
    '2. Staff conduct ....................... 3',
    '3. Reporting ........................... 4',
    '',
    'Oakfield School – Social Media Policy',
    'Page 1 of 3',
    '',
    '1. Introduction',
    '',
    'This policy applies to all staff and volunteers at Oakfield School.',
    '',
    '2. Staff conduct',
    '',
    '\uf0b7\tStaff must not accept friend requests from',
    'pupils or follow them on any social network.',
    '\uf0b7\tStaff must never post photographs of pupils on their personal',
    'accounts.',
    '',
    'Oakfield School – Social Media Policy',
    'Page 2 of 3',
    '',
    '3. Reporting',
    '',
    '•  Any safeguarding concern must be passed to the Designated Safeguarding Lead without delay.',
    '•  Breaches of this policy may lead to disciplinary action.',
    '',
    'Oakfield School – Social Media Policy',
    'Page 3 of 3',
  ].join('\n');

  it('reads through contents pages, bullets, broken wraps and running headers', () => {
    const result = importPolicy(MESSY);
    expect(result.rules.map((r) => r.id)).toEqual(['pupil-image-consent', 'no-contact-pupils', 'breach-investigation', 'safeguarding-to-dsl']);
    expect(result.rules.find((r) => r.id === 'no-contact-pupils')?.clauses[0]?.text).toBe('Staff must not accept friend requests from pupils or follow them on any social network.');
    expect(result.rules.find((r) => r.id === 'pupil-image-consent')?.params).toEqual({ personalAccounts: 'never' });
    expect(result.metadata).toMatchObject({ title: 'Social Media Policy', schoolName: 'Oakfield School', audiences: ['staff', 'volunteers'] });
    expect(result.warnings).toEqual(['Only 4 rules were found: this may not be a social media policy, or it may be incomplete.']);
  });

  it('warns when the text stops part-way through a sentence', () => {
    const result = importPolicy('Social Media Policy\n\nStaff must not befriend pupils on social media. Staff must not share confidential information about pupils, their families or');
    expect(result.warnings.some((w) => w.includes('seems to stop part-way'))).toBe(true);
  });

  it('reads the ladder for a parent\'s post in other words', () => {
    const text = [
      'Social media: what we ask of parents',
      '',
      'Where a parent has posted offensive comments about a member of staff, the Principal will first ask the parent to delete them.',
      'The parent will then be asked to come into school to discuss the matter.',
      'If the comments stay up we will report them to the social networking site, issue a formal warning and, where necessary, contact the police.',
    ].join('\n');
    expect(rule(text, 'parent-post-escalation')?.params).toEqual({ steps: ['request-removal', 'meeting-with-head', 'report-to-platform', 'written-warning', 'police'] });
  });

  it('reads a policy written for parents', () => {
    const text = [
      'Social Media: Guidance for Parents and Carers',
      '',
      'This guidance is for parents and carers of pupils at Hollybank Primary School.',
      '',
      'Please do not post photographs or videos of other people’s children taken at school events.',
      'If you have a concern about your child’s class, please do not use social media to air it; speak to the class teacher or use our complaints procedure.',
      'Abusive, threatening or offensive comments about staff will not be tolerated.',
      '',
      'What the school will do',
      '',
      'If a parent posts inappropriate comments about the school, we will first ask them to remove the post.',
      'We will invite them to a meeting with the Headteacher.',
      'Where the comments continue we will report them to the platform and may take legal advice.',
      'Where a crime may have been committed we will contact the police.',
    ].join('\n');
    const result = importPolicy(text);
    expect(result.metadata.audiences).toEqual(['parents']);
    expect(result.rules.map((r) => r.id)).toEqual(['pupil-image-consent', 'no-offensive-content', 'concerns-via-proper-channels', 'parent-post-escalation']);
    expect(result.rules.find((r) => r.id === 'parent-post-escalation')?.params).toEqual({
      steps: ['request-removal', 'meeting-with-head', 'report-to-platform', 'legal-advice', 'police'],
    });
  });
});

describe('lists of requirements written as gerunds, and labelled dates', () => {
  const LIST = [
    'Online Conduct Policy',
    '',
    'Members of staff are expected to follow these requirements:',
    '',
    '- Not accepting connection requests from pupils, or from former pupils under the age of 14',
    '- Not talking about anything to do with pupils or colleagues online, or posting pictures of school trips',
    '- Not describing themselves online as working at the school',
    '- Taking great care when corresponding with parents through social media, using the school office e-mail where possible',
    '',
    'Parents are asked to take complaints directly to the school rather than posting them on social media.',
  ].join('\n');

  it('reads "Not accepting…" in a list of requirements as a prohibition', () => {
    const result = importPolicy(LIST);
    const params = Object.fromEntries(result.rules.map((r) => [r.id, r.params]));
    expect(params).toMatchObject({
      'no-contact-pupils': {},
      'no-contact-ex-pupils-under-18': { age: 14 },
      'pupil-image-consent': { personalAccounts: 'never' },
      'concerns-via-proper-channels': {},
    });
    expect(result.metadata.audiences).toEqual(['staff', 'parents']);
  });

  it('takes a past review for the date of the document, not the next review', () => {
    expect(meta('Social Media Policy\n\nReviewed – Oct 2019\n\nStaff must not befriend pupils online.')).toMatchObject({ nextReview: null, datedOn: '2019-10-01' });
    expect(meta('Social Media Policy\n\nLast reviewed: March 2020. Next review due: March 2022.')).toMatchObject({ nextReview: '2022-03-01', reviewPeriodMonths: 24 });
  });

  it('finds who approved a policy on a line near a bare approval date', () => {
    expect(meta('Social Media Policy\n\nDate ratified: 9th May 2022\n\nAgreed by the Pupil Welfare and Safeguarding Committee on 9th May 2022')).toMatchObject({
      approvedOn: '2022-05-09',
      approvedBy: 'Pupil Welfare and Safeguarding Committee',
    });
  });
});

describe('short imperatives in a list of recommendations', () => {
  it.each([
    ['Do not put your occupation on your profile.', 'no-school-identity-in-profile'],
    ['Do not accept students as friends.', 'no-contact-pupils'],
    ['Staff must not use the school intranet for personal use.', 'school-equipment-use'],
    ['Any inappropriate usage found will lead to disciplinary measures.', 'breach-investigation'],
  ])('%s → %s', (text, id) => {
    expect(ids(`Social Networking Guidance\n\n${text}`)).toContain(id);
  });
});

describe('documents that are not policies', () => {
  it('proposes nothing for empty text and says so', () => {
    expect(importPolicy('')).toEqual({
      metadata: expect.objectContaining({ title: null, approvedOn: null, audiences: ['staff'] }),
      rules: [],
      warnings: ['No text was found in the document, so no rules could be proposed.'],
    });
    expect(importPolicy([]).rules).toEqual([]);
  });

  it('warns that few rules were found in something else', () => {
    const result = importPolicy('Minutes of the PTA meeting\n\nThe cake sale raised £240. The summer fair will be on 5 July 2025 in the main hall. Volunteers should contact the office.');
    expect(result.rules).toEqual([]);
    expect(result.warnings).toContain('No rules were found: this may not be a social media policy.');
    expect(ids('Our school values kindness and respect. Pupils are encouraged to read every night.')).toEqual([]);
  });

  it('reads only the first 600,000 characters of a huge document, and says so', () => {
    const huge = `Social Media Policy\n\nStaff must not befriend pupils on social media.\n\n${'Our school values kindness. '.repeat(30000)}`;
    const result = importPolicy(huge);
    expect(result.rules.map((r) => r.id)).toEqual(['no-contact-pupils']);
    expect(result.warnings[0]).toBe('The document is very long, so only its first 600,000 characters (about 200 pages) were read.');
    expect(importPolicy('. '.repeat(1000)).rules).toEqual([]);
  });

  it('marks the warnings that say a document may not be a social media policy', () => {
    expect(importPolicy('').warnings.every(saysNotAPolicy)).toBe(true);
    expect(importPolicy('Minutes\n\nThe cake sale raised £240.').warnings.filter(saysNotAPolicy)).toHaveLength(2);
    expect(importPolicy('Social Media Policy\n\nStaff must not befriend pupils on social media. Staff must not share confidential information about pupils, their families or').warnings.filter(saysNotAPolicy)).toHaveLength(1);
  });

  it('does not take an invitation to report inappropriate comments for a ban on offensive content', () => {
    expect(ids('Parents may tell the school office about inappropriate comments they see on the class WhatsApp group.')).not.toContain('no-offensive-content');
  });

  it('does not read a rule from a sentence that negates it conditionally', () => {
    expect(ids('Even if you do not identify your profession or place of work, your conduct online reflects on the school.')).not.toContain('no-school-identity-in-profile');
  });
});
