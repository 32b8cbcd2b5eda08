import { londonToday } from '../../core/dates.ts';
import { forbidden } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP, type Role } from '../../core/roles.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { adultListingOfSchool, parentLinksOfSchool, pupilsOfSchool, type PupilRecord } from './people-repository.ts';

export interface AdultEntry {
  personId: string;
  name: string;
  legalName: string;
  email: string | null;
  hasAccount: boolean;
  /** Can be sent an invitation: has an email, no account, and a current role here. */
  canInvite: boolean;
  roles: Array<{ role: Role; jobTitle: string | null; endedOn: string | null }>;
  children: string[];
}

export interface PupilEntry {
  id: string;
  name: string;
  legalName: string;
  misId: string | null;
  dateOfBirth: string;
  yearGroup: string | null;
  leavingDate: string | null;
  status: 'on-roll' | 'leaving' | 'left';
  parents: string[];
}

export interface PeopleListing {
  adults: AdultEntry[];
  pupils: PupilEntry[];
}

export const pupilName = (p: Pick<PupilRecord, 'legalFirstName' | 'legalLastName' | 'preferredFirstName' | 'preferredLastName'>) =>
  `${p.preferredFirstName ?? p.legalFirstName} ${p.preferredLastName ?? p.legalLastName}`;

/** Everyone in the school: adults with their roles, and pupils with year group and leaving status. Leaders only. */
export async function listPeople(ctx: SchoolContext): Promise<PeopleListing> {
  if (!hasAnyRole(ctx.actor.roles, LEADERSHIP)) throw forbidden('Only the headteacher or senior leaders can see the people list.');
  const [listing, pupils, links] = [
    await adultListingOfSchool(ctx.tx, ctx.school.id),
    await pupilsOfSchool(ctx.tx, ctx.school.id),
    await parentLinksOfSchool(ctx.tx, ctx.school.id),
  ];
  const today = londonToday();
  const adults = new Map<string, AdultEntry>();
  for (const row of listing) {
    const entry = adults.get(row.personId) ?? {
      personId: row.personId,
      name: `${row.preferredName ?? row.givenName} ${row.familyName}`,
      legalName: `${row.givenName} ${row.familyName}`,
      email: row.email,
      hasAccount: row.hasAccount,
      canInvite: false,
      roles: [],
      children: [],
    };
    const endedOn = row.endedAt ? row.endedAt.toISOString().slice(0, 10) : null;
    entry.roles.push({ role: row.role as Role, jobTitle: row.jobTitle, endedOn });
    entry.canInvite ||= !row.hasAccount && !!row.email && !endedOn;
    adults.set(row.personId, entry);
  }
  const pupilById = new Map(pupils.map((p) => [p.id, p]));
  const parentsOf = new Map<string, string[]>();
  for (const link of links) {
    const parent = adults.get(link.parentPersonId);
    const pupil = pupilById.get(link.pupilId);
    if (!parent || !pupil) continue;
    parent.children.push(pupilName(pupil));
    parentsOf.set(pupil.id, [...(parentsOf.get(pupil.id) ?? []), parent.name]);
  }
  return {
    adults: [...adults.values()],
    pupils: pupils.map((p) => ({
      id: p.id,
      name: pupilName(p),
      legalName: `${p.legalFirstName} ${p.legalLastName}`,
      misId: p.misId,
      dateOfBirth: p.dateOfBirth,
      yearGroup: p.yearGroup,
      leavingDate: p.leavingDate,
      status: !p.leavingDate ? 'on-roll' : p.leavingDate > today ? 'leaving' : 'left',
      parents: parentsOf.get(p.id) ?? [],
    })),
  };
}
