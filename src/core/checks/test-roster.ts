// A small fictional roster and school for the check engine's unit tests.
import { buildSchoolIndex, type CheckContext } from './engine.ts';
import type { ActiveRule, CheckKind, RosterPerson, SchoolIdentity } from './types.ts';
import { check } from './engine.ts';

export const TEST_PEOPLE: RosterPerson[] = [
  { role: 'pupil', firstName: 'Amelia', lastName: 'Smith', yearGroup: '6', dateOfBirth: '2015-03-04' },
  { role: 'pupil', firstName: 'William', lastName: 'Jones', preferredFirstName: 'Will', yearGroup: '4' },
  { role: 'pupil', firstName: 'Grace', lastName: 'Taylor', yearGroup: '3' },
  { role: 'pupil', firstName: 'May', lastName: 'Brown', yearGroup: '2' },
  { role: 'pupil', firstName: 'Holly', lastName: 'Green', yearGroup: 'Reception' },
  { role: 'pupil', firstName: 'Zoë', lastName: "O'Neill", yearGroup: '5' },
  { role: 'pupil', firstName: 'Siân', lastName: 'Davies-Price', yearGroup: '1' },
  { role: 'pupil', firstName: 'Oliver', lastName: 'Patel', yearGroup: '2' },
  { role: 'staff', firstName: 'Priya', lastName: 'Patel' },
  { role: 'staff', firstName: 'Tom', lastName: 'Whitfield' },
  { role: 'parent', firstName: 'Sarah', lastName: 'Smith' },
  { role: 'parent', firstName: 'Grace', lastName: 'Okafor' },
  { role: 'governor', firstName: 'John', lastName: 'Hughes' },
];

export const TEST_SCHOOL: SchoolIdentity = {
  name: 'Oakfield Primary School',
  domain: 'oakfield.sch.uk',
  phone: '01632 960123',
  email: 'office@oakfield.sch.uk',
  postcode: 'OX4 1AB',
  address: '12 Mill Lane, Oxford',
};

export function testContext(rules: ActiveRule[] = [], people = TEST_PEOPLE, school = TEST_SCHOOL): CheckContext {
  return { index: buildSchoolIndex(people, school), rules };
}

const shared = testContext();

// The language detectors have tests of their own; these tests look at the other categories.
const LANGUAGE = new Set(['profanity', 'abuse', 'threat', 'hate', 'sexual', 'allegation']);

/** [category, matched text] for each finding outside the language categories: compact for expectations. */
export function found(text: string, kind: CheckKind = 'post', ctx: CheckContext = shared): Array<[string, string]> {
  return check({ kind, text }, ctx)
    .filter((f) => !LANGUAGE.has(f.category))
    .map((f) => [f.category, f.text]);
}
