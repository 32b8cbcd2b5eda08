import { describe, expect, it } from 'vitest';
import { planAdults, type AdultPlanOptions, type SchoolAdult } from './plan-adults.ts';
import type { AdultRow } from './roster-rows.ts';

const adult = (line: number, over: Partial<AdultRow> = {}): AdultRow => ({
  kind: 'adult',
  line,
  role: 'staff',
  firstName: 'Jordan',
  lastName: 'Pryce',
  preferredName: null,
  dateOfBirth: null,
  email: null,
  jobTitle: null,
  leavingDate: null,
  parentOf: [],
  ...over,
});
const member = (personId: string, over: Partial<SchoolAdult> = {}): SchoolAdult => ({
  personId,
  email: null,
  givenName: 'Jordan',
  familyName: 'Pryce',
  preferredName: null,
  dateOfBirth: null,
  role: 'staff',
  membershipId: `m-${personId}-${over.role ?? 'staff'}`,
  ...over,
});
let n = 0;
const options = (over: Partial<AdultPlanOptions> = {}): AdultPlanOptions => ({
  today: '2025-03-10',
  hasJobTitle: true,
  hasLeavingDate: true,
  elsewhere: new Map(),
  newId: () => `new-${++n}`,
  ...over,
});

describe('planAdults', () => {
  it('makes one person per email, with a role for each row', () => {
    const plan = planAdults(
      [adult(2, { email: 'j@x.example', jobTitle: 'Teacher' }), adult(3, { email: 'j@x.example', role: 'governor' })],
      [],
      options(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.persons).toHaveLength(1);
    expect(plan.persons[0]).toMatchObject({ source: 'new', email: 'j@x.example' });
    expect(plan.memberships.map((m) => [m.role, m.jobTitle, m.existingMembershipId])).toEqual([
      ['staff', 'Teacher', null],
      ['governor', null, null],
    ]);
  });

  it('finds people in the school by email, in other schools by email, or by name and role', () => {
    const plan = planAdults(
      [
        adult(2, { email: 'here@x.example' }),
        adult(3, { email: 'elsewhere@x.example', firstName: 'Robin', lastName: 'Hale', role: 'governor' }),
        adult(4, { firstName: 'Lee', lastName: 'Brown', role: 'volunteer' }),
        adult(5, { firstName: 'Cam', lastName: 'Ray', email: 'cam@x.example' }),
      ],
      [
        member('p-here', { email: 'here@x.example', givenName: 'Jo' }),
        member('p-lee', { givenName: 'Lee', familyName: 'Brown', role: 'volunteer' }),
        member('p-cam', { givenName: 'Cam', familyName: 'Ray' }),
      ],
      options({ elsewhere: new Map([['elsewhere@x.example', 'p-elsewhere']]) }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.persons.map((p) => [p.id, p.source])).toEqual([
      ['p-here', 'school'],
      ['p-elsewhere', 'elsewhere'],
      ['p-lee', 'school'],
      ['p-cam', 'school'],
    ]);
    // Cam had no email: the roster fills it in. Jo keeps the name already held.
    expect(plan.persons.find((p) => p.id === 'p-cam')!.email).toBe('cam@x.example');
    expect(plan.persons.find((p) => p.id === 'p-here')!.givenName).toBe('Jo');
    expect(plan.memberships.find((m) => m.personId === 'p-here')!.existingMembershipId).toBe('m-p-here-staff');
    expect(plan.memberships.find((m) => m.personId === 'p-elsewhere')!.existingMembershipId).toBeNull();
  });

  it('refuses to guess between two people in the school with one name and role and no email', () => {
    const plan = planAdults([adult(2)], [member('a'), member('b')], options());
    expect(plan.problems).toEqual([{ line: 2, message: expect.stringContaining('More than one staff called Jordan Pryce') }]);
  });

  it('ends a role whose leaving date has passed, and leaves details alone when their column is absent', () => {
    const past = planAdults([adult(2, { leavingDate: '2024-07-20' }), adult(3, { firstName: 'Al', leavingDate: '2026-07-20' })], [], options());
    expect(past.memberships.map((m) => m.endedOn)).toEqual(['2024-07-20', null]);
    const absent = planAdults([adult(2)], [], options({ hasJobTitle: false, hasLeavingDate: false }));
    expect(absent.memberships[0]).toMatchObject({ jobTitle: undefined, endedOn: undefined });
  });
});
