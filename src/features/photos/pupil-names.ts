// How a pupil is named on the tagging form and in its summary: the name they go by, with their
// legal name beside it when that differs, and their year group.
import { yearGroupLabel } from '../checks/checks-repository.ts';
import type { PupilChoice } from './photo-repository.ts';

const goesBy = (p: PupilChoice) => `${p.preferredFirstName || p.legalFirstName} ${p.preferredLastName || p.legalLastName}`;
const legal = (p: PupilChoice) => `${p.legalFirstName} ${p.legalLastName}`;

/** "Millie Fairweather (Year 6)": for summaries. */
export function pupilName(p: PupilChoice): string {
  const year = yearGroupLabel(p.yearGroup);
  return year ? `${goesBy(p)} (${year})` : goesBy(p);
}

/** "Fairweather, Amelia (known as Millie Fairweather)": for the list to choose from, by surname. */
export function pupilOption(p: PupilChoice): string {
  const name = `${p.legalLastName}, ${p.legalFirstName}`;
  return goesBy(p) === legal(p) ? name : `${name} (known as ${goesBy(p)})`;
}

const YEAR_ORDER = (label: string) => {
  if (label === 'Nursery') return -2;
  if (label === 'Reception') return -1;
  const year = /^Year (\d+)$/.exec(label);
  return year ? Number(year[1]) : 100;
};

export interface PupilGroup {
  label: string;
  pupils: Array<{ value: string; text: string }>;
}

/** The pupils grouped by year group (Nursery, Reception, Year 1 …, then any other groups, then none). */
export function groupPupils(pupils: readonly PupilChoice[]): PupilGroup[] {
  const groups = new Map<string, PupilGroup>();
  for (const p of pupils) {
    const label = yearGroupLabel(p.yearGroup) ?? 'No year group';
    const group = groups.get(label) ?? { label, pupils: [] };
    group.pupils.push({ value: `pupil:${p.id}`, text: pupilOption(p) });
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => YEAR_ORDER(a.label) - YEAR_ORDER(b.label) || a.label.localeCompare(b.label));
}
