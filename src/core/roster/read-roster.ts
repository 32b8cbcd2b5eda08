import { decodeRosterBytes } from './decode.ts';
import type { RosterField } from './headings.ts';
import { parseRosterText } from './parse-roster.ts';
import type { RosterProblem } from './problems.ts';
import type { RosterRow } from './roster-rows.ts';
import { validateRosterTable, type ValidateOptions } from './validate-rows.ts';

export interface RosterFile {
  /** The rows that passed every check on their own. */
  rows: RosterRow[];
  /** Which fields the file has a column for: a column that is absent leaves that detail as it is. */
  fields: ReadonlySet<RosterField>;
  ignoredHeadings: string[];
  /** Every problem found, with its line. Anything here means nothing may be imported. */
  problems: RosterProblem[];
}

/**
 * Reads an uploaded roster from its bytes to typed rows. Problems with the file as a whole (too
 * large, not UTF-8, empty) throw an AppError; problems with headings or rows are returned, all of them.
 */
export function readRosterFile(bytes: Uint8Array, options: ValidateOptions): RosterFile {
  const text = decodeRosterBytes(bytes);
  const { table, problems } = parseRosterText(text);
  if (!table) return { rows: [], fields: new Set(), ignoredHeadings: [], problems };
  const checked = validateRosterTable(table, options);
  return {
    rows: checked.rows,
    fields: table.fields,
    ignoredHeadings: table.ignoredHeadings,
    problems: [...problems, ...checked.problems],
  };
}
