// Everything the engine needs to know about one school, prepared once: the roster's names, its
// pupils' dates of birth, and the school's own published details (which are never findings).
import { buildNameIndex, type NameIndex } from './name-index.ts';
import { prepareSchool, type PreparedSchool } from './school-profile.ts';
import type { RosterPerson, SchoolIdentity } from './types.ts';

export interface SchoolIndex {
  names: NameIndex;
  school: PreparedSchool;
  /** Pupils by date of birth (YYYY-MM-DD): indexes into names.people are not kept, just display names. */
  pupilBirthdays: Map<string, string[]>;
}

export function buildSchoolIndex(people: readonly RosterPerson[], school: SchoolIdentity = {}): SchoolIndex {
  const pupilBirthdays = new Map<string, string[]>();
  for (const p of people) {
    if (p.role !== 'pupil' || !p.dateOfBirth || !/^\d{4}-\d{2}-\d{2}$/.test(p.dateOfBirth)) continue;
    const name = [p.preferredFirstName || p.firstName, p.preferredLastName || p.lastName].join(' ');
    const list = pupilBirthdays.get(p.dateOfBirth);
    if (list) list.push(name);
    else pupilBirthdays.set(p.dateOfBirth, [name]);
  }
  return { names: buildNameIndex(people), school: prepareSchool(school), pupilBirthdays };
}
