import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, unneutraliseCsvCell } from './csv-safety.ts';
import { peopleCsv, type PeopleCsvRow } from './people-csv.ts';
import { readRosterFile } from './read-roster.ts';

const row: PeopleCsvRow = {
  role: 'pupil',
  firstName: '=HYPERLINK("http://x","y")',
  lastName: 'Smith, Jr',
  preferredName: '+Millie',
  preferredLastName: null,
  dateOfBirth: '2016-05-04',
  yearGroup: '4',
  misId: '@A1',
  email: null,
  leavingDate: null,
  admissionDate: null,
  parentOf: [],
  jobTitle: null,
};

describe('CSV export safety', () => {
  it('puts an apostrophe before cells a spreadsheet would run as a formula', () => {
    expect(neutraliseCsvCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCsvCell('+44')).toBe("'+44");
    expect(neutraliseCsvCell('-2')).toBe("'-2");
    expect(neutraliseCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCsvCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCsvCell('\r=1')).toBe("'\r=1");
    expect(neutraliseCsvCell('Amelia')).toBe('Amelia');
    expect(neutraliseCsvCell(null)).toBe('');
    expect(unneutraliseCsvCell("'=1")).toBe('=1');
    expect(unneutraliseCsvCell("O'Brien")).toBe("O'Brien");
  });

  it('writes the people export with every cell neutralised and quoted where needed', () => {
    const csv = peopleCsv([row]);
    expect(csv.startsWith('\uFEFFrole,first_name,last_name,')).toBe(true);
    const [, cells] = parse(csv, { bom: true }) as string[][];
    expect(cells![1]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cells![2]).toBe('Smith, Jr');
    expect(cells![3]).toBe("'+Millie");
    expect(cells![7]).toBe("'@A1");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('re-imports its own export exactly', () => {
    const file = readRosterFile(new TextEncoder().encode(peopleCsv([row])), { today: '2025-03-10' });
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({ firstName: row.firstName, lastName: row.lastName, preferredFirstName: row.preferredName, misId: '@A1' });
  });
});
