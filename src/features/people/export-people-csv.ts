import { forbidden } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { peopleCsv, type PeopleCsvRow } from '../../core/roster/people-csv.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { adultListingOfSchool, parentLinksOfSchool, pupilsOfSchool } from './people-repository.ts';

/**
 * The school's people as CSV, in the import's own format so it can be edited and imported again.
 * Leaders only. Every cell is neutralised against formula injection (see core/roster/csv-safety.ts).
 */
export async function exportPeopleCsv(ctx: SchoolContext): Promise<{ filename: string; csv: string }> {
  if (!hasAnyRole(ctx.actor.roles, LEADERSHIP)) throw forbidden('Only the headteacher or senior leaders can export the people list.');
  const pupils = await pupilsOfSchool(ctx.tx, ctx.school.id);
  const adults = await adultListingOfSchool(ctx.tx, ctx.school.id);
  const links = await parentLinksOfSchool(ctx.tx, ctx.school.id);
  const pupilRef = new Map(pupils.map((p) => [p.id, p.misId ?? `${p.legalFirstName} ${p.legalLastName}`]));
  const childrenOf = new Map<string, string[]>();
  for (const l of links) {
    const ref = pupilRef.get(l.pupilId);
    if (ref) childrenOf.set(l.parentPersonId, [...(childrenOf.get(l.parentPersonId) ?? []), ref]);
  }

  const rows: PeopleCsvRow[] = [
    ...pupils.map((p) => ({
      role: 'pupil',
      firstName: p.legalFirstName,
      lastName: p.legalLastName,
      preferredName: p.preferredFirstName,
      preferredLastName: p.preferredLastName,
      dateOfBirth: p.dateOfBirth,
      yearGroup: p.yearGroup,
      misId: p.misId,
      email: null,
      leavingDate: p.leavingDate,
      admissionDate: p.admissionDate,
      parentOf: [],
      jobTitle: null,
    })),
    ...adults.map((a) => ({
      role: a.role,
      firstName: a.givenName,
      lastName: a.familyName,
      preferredName: a.preferredName,
      preferredLastName: null,
      dateOfBirth: a.dateOfBirth,
      yearGroup: null,
      misId: null,
      email: a.email,
      leavingDate: a.endedAt ? a.endedAt.toISOString().slice(0, 10) : null,
      admissionDate: null,
      parentOf: a.role === 'parent' ? (childrenOf.get(a.personId) ?? []) : [],
      jobTitle: a.jobTitle,
    })),
  ];
  return { filename: `${ctx.school.slug}-people-${new Date().toISOString().slice(0, 10)}.csv`, csv: peopleCsv(rows) };
}
