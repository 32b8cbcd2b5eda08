import { CsvError, parse } from 'csv-parse/sync';
import { unneutraliseCsvCell } from './csv-safety.ts';
import { mapHeadings, type RosterField } from './headings.ts';
import type { RosterProblem } from './problems.ts';

/** One data row of the file, with the cells Parapet reads, by field. */
export interface RosterRecord {
  line: number;
  cells: Partial<Record<RosterField, string>>;
}

export interface RosterTable {
  records: RosterRecord[];
  /** Which fields the file has a column for. */
  fields: ReadonlySet<RosterField>;
  /** Headings in the file that Parapet leaves out. */
  ignoredHeadings: string[];
}

interface Row {
  record: string[];
  /** The line the row ends on, as csv-parse counts. */
  endLine: number;
}

/**
 * Reads CSV text into rows keyed by field. Rows with the wrong number of cells are reported
 * line by line rather than stopping at the first; surplus empty cells at the end of a row
 * (a common spreadsheet leftover) are allowed.
 */
export function parseRosterText(text: string): { table: RosterTable | null; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const ragged: Row[] = [];
  let rows: Row[];
  try {
    const parsed = parse(text.replace(/\r\n?/g, '\n'), {
      info: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: false,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (!err) return undefined;
        const record = (err as CsvError & { record?: string[] }).record;
        if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && record) ragged.push({ record, endLine: Number(err.lines) });
        else problems.push({ line: Number(err.lines), message: csvErrorMessage(err) });
        return undefined;
      },
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    rows = parsed.map((p) => ({ record: p.record, endLine: p.info.lines }));
  } catch (err) {
    if (err instanceof CsvError) return { table: null, problems: [...problems, { line: Number(err.lines), message: csvErrorMessage(err) }] };
    throw err;
  }

  const header = rows[0];
  if (!header) return { table: null, problems: [{ line: 1, message: 'The file has no rows. Choose the CSV file exported from your MIS.' }] };
  const width = header.record.length;
  for (const row of ragged) {
    if (row.record.length > width && row.record.slice(width).every((c) => c.trim() === '')) {
      rows.push({ record: row.record.slice(0, width), endLine: row.endLine });
    } else {
      problems.push({
        line: startLine(row),
        message: `This row has ${row.record.length} cells but the heading row has ${width}. Check for a missing or extra comma, or a name with a comma in it that is not in quotes.`,
      });
    }
  }
  rows.sort((a, b) => a.endLine - b.endLine);

  const { map, problems: headingProblems } = mapHeadings(header.record);
  if (headingProblems.length) return { table: null, problems: headingProblems };
  if (rows.length === 1 && problems.length === 0) {
    return { table: null, problems: [{ line: 2, message: 'The file has a heading row but no people in it.' }] };
  }

  const entries = Object.entries(map.columns) as Array<[RosterField, number]>;
  const records = rows.slice(1).map((row): RosterRecord => {
    const cells: Partial<Record<RosterField, string>> = {};
    for (const [field, index] of entries) {
      const value = unneutraliseCsvCell((row.record[index] ?? '').trim());
      if (value !== '') cells[field] = value;
    }
    return { line: startLine(row), cells };
  });
  return { table: { records, fields: new Set(entries.map(([f]) => f)), ignoredHeadings: map.ignored }, problems };
}

/** A quoted cell may span lines; report the line the row starts on. */
function startLine(row: Row): number {
  let n = 0;
  for (const cell of row.record) for (const ch of cell) if (ch === '\n') n += 1;
  return row.endLine - n;
}

function csvErrorMessage(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quotation mark opened on or before this line is never closed, so the rest of the file cannot be read. Check the quotation marks around names.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'A quotation mark is in the wrong place. A cell with a quotation mark inside it must be wrapped in quotation marks, with the inner ones doubled ("").';
    default:
      return 'This row cannot be read as CSV. Check its commas and quotation marks.';
  }
}
