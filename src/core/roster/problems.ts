import { AppError } from '../errors.ts';

/** Something wrong in a roster file, at a line of the file (the heading row is line 1). */
export interface RosterProblem {
  line: number;
  message: string;
}

/**
 * A roster that was not imported because some of its rows are wrong. Carries every problem, in
 * line order, so the person can fix the whole file at once.
 */
export class RosterProblemsError extends AppError {
  override name = 'RosterProblemsError';
  readonly rosterProblems: RosterProblem[];
  constructor(problems: readonly RosterProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    super(
      'invalid-input',
      `Nothing was imported: the file has ${sorted.length === 1 ? '1 problem' : `${sorted.length} problems`}. Correct ${sorted.length === 1 ? 'it' : 'them'} and upload the whole file again.`,
      sorted.map((p) => ({ field: `line ${p.line}`, message: p.message })),
    );
    this.rosterProblems = sorted;
  }
}
