import { SCHOOL_ROLES, type SchoolRole } from '../roles.ts';

/** A row of the roster is a pupil or an adult holding one school role. */
export type RosterRole = SchoolRole | 'pupil';

const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

// The words MIS exports and people use for each role. Keys are compared without case, spaces
// or punctuation, so "Parent/Carer", "parent carer" and "PARENT-CARER" are one.
const WORDS: Record<RosterRole, readonly string[]> = {
  pupil: ['pupil', 'student', 'child', 'learner'],
  headteacher: ['headteacher', 'head', 'head teacher', 'principal', 'executive headteacher', 'executive head'],
  dsl: ['dsl', 'designated safeguarding lead', 'safeguarding lead'],
  'deputy-dsl': ['deputy-dsl', 'deputy dsl', 'deputy designated safeguarding lead', 'deputy safeguarding lead'],
  slt: ['slt', 'senior leadership', 'senior leadership team', 'senior leader', 'deputy head', 'deputy headteacher', 'assistant head', 'assistant headteacher', 'vice principal', 'assistant principal'],
  'social-media-manager': ['social-media-manager', 'social media manager', 'social media lead'],
  staff: ['staff', 'teacher', 'teaching staff', 'teaching assistant', 'support staff', 'employee', 'member of staff', 'staff member'],
  volunteer: ['volunteer'],
  governor: ['governor', 'trustee', 'local governor', 'chair of governors'],
  contractor: ['contractor', 'supplier', 'agency staff', 'supply teacher'],
  parent: ['parent', 'carer', 'parent/carer', 'parent or carer', 'guardian', 'contact', 'parent contact'],
};

const lookup = new Map<string, RosterRole>();
for (const role of ['pupil', ...SCHOOL_ROLES] as RosterRole[]) {
  for (const word of WORDS[role]) lookup.set(key(word), role);
}

/** The role a roster cell names, or null when it names none Parapet knows. */
export function parseRosterRole(raw: string): RosterRole | null {
  return lookup.get(key(raw)) ?? null;
}

export const ROSTER_ROLE_NAMES: readonly RosterRole[] = ['pupil', ...SCHOOL_ROLES];
