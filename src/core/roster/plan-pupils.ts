// Decides, before anything is written, which pupil on roll each pupil row updates (or that it
// adds a new one), and which pupil each parent's `parent_of` entry means. Pure: the use case
// loads the pupils on roll and writes the plan.
import type { RosterProblem } from './problems.ts';
import { nameKey, type AdultRow, type PupilRow, type RosterRow } from './roster-rows.ts';

export interface ExistingPupil {
  id: string;
  misId: string | null;
  legalFirstName: string;
  legalLastName: string;
  preferredFirstName: string | null;
  preferredLastName: string | null;
  dateOfBirth: string;
}

export interface PlannedPupil {
  row: PupilRow;
  /** The pupil's id: the one on roll it matches, or a fresh one. */
  id: string;
  existing: ExistingPupil | null;
}

export interface PlannedParentLink {
  /** The parent's row. */
  parentLine: number;
  pupilId: string;
}

export interface PupilPlan {
  pupils: PlannedPupil[];
  parentLinks: PlannedParentLink[];
  problems: RosterProblem[];
}

const misKey = (mis: string) => mis.trim().toLowerCase();
const identityKey = (first: string, last: string, dob: string) => `${nameKey(first, last)}|${dob}`;

/**
 * Matches pupil rows to the roll: by MIS id first, then by legal first and last name with date of
 * birth. A name-and-birthday match that carries a different MIS id is refused rather than guessed:
 * it is either a different child or a changed id, and a person should decide which.
 */
export function planPupils(rows: readonly RosterRow[], roll: readonly ExistingPupil[], newId: () => string): PupilPlan {
  const problems: RosterProblem[] = [];
  const byMis = new Map<string, ExistingPupil>();
  const byIdentity = new Map<string, ExistingPupil[]>();
  for (const p of roll) {
    if (p.misId && !byMis.has(misKey(p.misId))) byMis.set(misKey(p.misId), p);
    const key = identityKey(p.legalFirstName, p.legalLastName, p.dateOfBirth);
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), p]);
  }

  const claimedBy = new Map<string, number>();
  const pupils: PlannedPupil[] = [];
  for (const row of rows) {
    if (row.kind !== 'pupil') continue;
    let match: ExistingPupil | null = row.misId ? (byMis.get(misKey(row.misId)) ?? null) : null;
    if (!match) {
      const candidates = byIdentity.get(identityKey(row.firstName, row.lastName, row.dateOfBirth)) ?? [];
      if (candidates.length > 1) {
        problems.push({
          line: row.line,
          message: `More than one pupil on roll is called ${row.firstName} ${row.lastName} with this date of birth. Add their MIS id to the file so Parapet knows which one this is.`,
        });
        continue;
      }
      const candidate = candidates[0];
      if (candidate?.misId && row.misId && misKey(candidate.misId) !== misKey(row.misId)) {
        problems.push({
          line: row.line,
          message: `${row.firstName} ${row.lastName}, born on the same day, is already on roll with MIS id ${candidate.misId}, not ${row.misId}. If it is the same child, use ${candidate.misId}; if not, contact support.`,
        });
        continue;
      }
      match = candidate ?? null;
    }
    if (match) {
      const earlier = claimedBy.get(match.id);
      if (earlier !== undefined) {
        problems.push({
          line: row.line,
          message: `This row and line ${earlier} both match ${match.legalFirstName} ${match.legalLastName}, who is already on roll. Remove one of them.`,
        });
        continue;
      }
      claimedBy.set(match.id, row.line);
    }
    pupils.push({ row, id: match?.id ?? newId(), existing: match });
  }

  const { links, problems: linkProblems } = resolveParentLinks(rows, pupils, roll);
  return { pupils, parentLinks: links, problems: [...problems, ...linkProblems] };
}

interface RollEntry {
  id: string;
  misId: string | null;
  names: string[];
}

/** Finds the pupil each `parent_of` entry names, among the pupils in the file and those already on roll. */
function resolveParentLinks(rows: readonly RosterRow[], planned: readonly PlannedPupil[], roll: readonly ExistingPupil[]) {
  // The roll as it will be after the import: file rows override the pupils they update.
  const entries = new Map<string, RollEntry>();
  const entry = (id: string, misId: string | null, first: string, last: string, prefFirst: string | null, prefLast: string | null): RollEntry => ({
    id,
    misId,
    names: [nameKey(first, last), nameKey(prefFirst ?? first, prefLast ?? last), nameKey(prefFirst ?? first, last)],
  });
  for (const p of roll) entries.set(p.id, entry(p.id, p.misId, p.legalFirstName, p.legalLastName, p.preferredFirstName, p.preferredLastName));
  for (const { id, row, existing } of planned) {
    entries.set(id, entry(id, row.misId ?? existing?.misId ?? null, row.firstName, row.lastName, row.preferredFirstName, row.preferredLastName));
  }
  const all = [...entries.values()];

  const links: PlannedParentLink[] = [];
  const problems: RosterProblem[] = [];
  for (const row of rows) {
    if (row.kind !== 'adult' || row.role !== 'parent') continue;
    for (const ref of (row as AdultRow).parentOf) {
      const byMis = all.filter((e) => e.misId && misKey(e.misId) === misKey(ref));
      const found = byMis.length ? byMis : all.filter((e) => e.names.includes(nameKey(ref)));
      if (found.length === 1) {
        if (!links.some((l) => l.parentLine === row.line && l.pupilId === found[0]!.id)) {
          links.push({ parentLine: row.line, pupilId: found[0]!.id });
        }
      } else if (found.length > 1) {
        problems.push({ line: row.line, message: `More than one pupil is called "${ref}". Use the pupil's MIS id in parent_of instead.` });
      } else {
        problems.push({
          line: row.line,
          message: `parent_of names "${ref}", but no pupil with that MIS id or name is in this file or on roll. Check the spelling, or use the pupil's MIS id.`,
        });
      }
    }
  }
  return { links, problems };
}
