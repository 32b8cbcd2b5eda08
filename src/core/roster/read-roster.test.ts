import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decodeRosterBytes, MAX_ROSTER_BYTES } from './decode.ts';
import { mapHeadings } from './headings.ts';
import { readRosterFile } from './read-roster.ts';
import { parseRosterDate } from './roster-dates.ts';
import { parseRosterRole } from './roster-roles.ts';
import type { AdultRow, PupilRow } from './roster-rows.ts';
import { normaliseYearGroup } from './validate-rows.ts';

const today = '2025-03-10';
const read = (text: string | Uint8Array) =>
  readRosterFile(typeof text === 'string' ? new TextEncoder().encode(text) : text, { today });
const HEAD = 'role,first_name,last_name,preferred_name,date_of_birth,year_group\n';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('roster headings', () => {
  it('reads the documented format into typed rows', () => {
    const file = read(`${HEAD}pupil,Amelia,Smith,Millie,04/05/2016,Year 4\nstaff,Jordan,Pryce,,,\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        kind: 'pupil',
        line: 2,
        misId: null,
        firstName: 'Amelia',
        lastName: 'Smith',
        preferredFirstName: 'Millie',
        preferredLastName: null,
        dateOfBirth: '2016-05-04',
        yearGroup: '4',
        admissionDate: null,
        leavingDate: null,
      } satisfies PupilRow,
      {
        kind: 'adult',
        line: 3,
        role: 'staff',
        firstName: 'Jordan',
        lastName: 'Pryce',
        preferredName: null,
        dateOfBirth: null,
        email: null,
        jobTitle: null,
        leavingDate: null,
        parentOf: [],
      } satisfies AdultRow,
    ]);
  });

  it('accepts MIS export headings in any case, spacing and punctuation, with a byte-order mark', () => {
    const csv =
      '\uFEFFType,Legal Forename,LEGAL SURNAME,Preferred Forename,Preferred Surname,D.O.B.,NC Year,UPN,Admission Number,Date of Admission,Leaving Date,Email Address,Tutor Group\n' +
      'Student,Zoë,Ó Briain,Zo,O\'Brien,2016-05-04,5,A123456789012,0042,01/09/2020,,,5B\n';
    const file = read(csv);
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({
      kind: 'pupil',
      firstName: 'Zoë',
      lastName: 'Ó Briain',
      preferredFirstName: 'Zo',
      preferredLastName: "O'Brien",
      dateOfBirth: '2016-05-04',
      yearGroup: '5',
      misId: 'A123456789012',
      admissionDate: '2020-09-01',
    });
    // UPN is preferred to Admission Number; unknown columns are listed, not fatal.
    expect(file.ignoredHeadings).toEqual(['Admission Number', 'Tutor Group']);
  });

  it('names every missing required heading and lists the accepted ones, in one message', () => {
    const file = read('Forename,DOB\nAmelia,04/05/2016\n');
    expect(file.rows).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.line).toBe(1);
    expect(file.problems[0]!.message).toContain('these are missing: role, last_name');
    expect(file.problems[0]!.message).toContain('"Legal Surname"');
  });

  it('refuses the same heading twice', () => {
    const { problems } = mapHeadings(['role', 'first_name', 'last_name', 'First_Name']);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('"First_Name" appears twice (columns 2 and 4)') }]);
  });

  it('spots a file separated by semicolons', () => {
    const file = read('role;first_name;last_name\npupil;A;B\n');
    expect(file.problems[0]!.message).toContain('separated by semicolons or tabs');
  });
});

describe('roster file checks', () => {
  it('refuses a 50 MB file at once, before reading it', () => {
    // Bytes that are not UTF-8: had the file been decoded first, the answer would be about the
    // encoding rather than the size (no timing, so a busy machine cannot fail it).
    const big = new Uint8Array(50 * 1024 * 1024).fill(0xff);
    const err = thrown(() => read(big));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('at most 5 MB');
    expect(MAX_ROSTER_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses bytes that are not UTF-8 and says how to save the file from Excel, with the line', () => {
    const latin1 = Buffer.concat([Buffer.from(`${HEAD}pupil,Zo`), Buffer.from([0xeb]), Buffer.from(',Smith,,04/05/2016,5\n')]);
    const err = thrown(() => read(new Uint8Array(latin1)));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('not saved as UTF-8');
    expect(err.message).toContain('line 2');
    expect(err.message).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('refuses empty files and files with only a heading row', () => {
    expect(thrown(() => read('')).message).toContain('The file is empty');
    expect(thrown(() => read('\n \n')).message).toContain('The file is empty');
    expect(read(HEAD).problems).toEqual([{ line: 2, message: 'The file has a heading row but no people in it.' }]);
  });

  it('refuses a spreadsheet or other binary file', () => {
    expect(thrown(() => read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).message).toContain('not a CSV text file');
  });

  it('reports every ragged row by line, and forgives only empty cells left over at the end', () => {
    const file = read(`${HEAD}pupil,A,One,,04/05/2016,5\npupil,B,Two,04/05/2016,5\npupil,C,Three,,04/05/2016,5,,\npupil,D,Four,,04/05/2016,5,extra\n`);
    expect(file.problems).toEqual([
      { line: 3, message: expect.stringContaining('has 5 cells but the heading row has 6') },
      { line: 5, message: expect.stringContaining('has 7 cells but the heading row has 6') },
    ]);
    expect(file.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('counts lines as the file has them: Windows line ends, blank lines and names across two lines', () => {
    const file = read(`${HEAD.replace('\n', '\r\n')}\r\npupil,A,One,,04/05/2016,5\r\n"staff","B\r\nB",Two,,31/02/2015,\r\npupil,C,Three,,99/99/2016,5\r\n`);
    expect(file.problems.map((p) => p.line)).toEqual([4, 6]);
    expect(file.rows.map((r) => [r.line, r.firstName])).toEqual([[3, "A"]]);
  });

  it('reports an unclosed quotation mark with its line', () => {
    const file = read(`${HEAD}pupil,A,One,,04/05/2016,5\npupil,"B,Two,,04/05/2016,5\n`);
    expect(file.problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });
});

describe('roster rows', () => {
  it('reads UK dates and refuses impossible or ambiguous ones', () => {
    expect(parseRosterDate('4/5/2016', 'date')).toEqual({ ok: true, date: '2016-05-04' });
    expect(parseRosterDate('04/05/2016 00:00', 'date')).toEqual({ ok: true, date: '2016-05-04' });
    expect(parseRosterDate('2016-05-04', 'date')).toEqual({ ok: true, date: '2016-05-04' });
    expect(parseRosterDate('29/02/2016', 'date')).toEqual({ ok: true, date: '2016-02-29' });
    expect(parseRosterDate('31/02/2015', 'date')).toMatchObject({ ok: false, message: expect.stringContaining('not a real date') });
    expect(parseRosterDate('12/25/2015', 'date')).toMatchObject({ ok: false });
    expect(parseRosterDate('04/05/16', 'date')).toMatchObject({ ok: false, message: expect.stringContaining('two-digit year') });
    expect(parseRosterDate('May 4th', 'date')).toMatchObject({ ok: false, message: expect.stringContaining('day/month/year') });
  });

  it('understands the words people use for roles', () => {
    expect(parseRosterRole('Student')).toBe('pupil');
    expect(parseRosterRole('Teacher')).toBe('staff');
    expect(parseRosterRole('Parent/Carer')).toBe('parent');
    expect(parseRosterRole('deputy DSL')).toBe('deputy-dsl');
    expect(parseRosterRole('Head Teacher')).toBe('headteacher');
    expect(parseRosterRole('trust-admin')).toBeNull();
    expect(parseRosterRole('wizard')).toBeNull();
  });

  it('tidies year groups', () => {
    expect(['Year 5', 'Y5', '05', '5', 'yr 5'].map(normaliseYearGroup)).toEqual(['5', '5', '5', '5', '5']);
    expect(['Rec', 'YR', 'Reception', 'Year R'].map(normaliseYearGroup)).toEqual(['R', 'R', 'R', 'R']);
    expect(normaliseYearGroup('Nursery')).toBe('N');
    expect(normaliseYearGroup('L6')).toBe('L6');
  });

  it('gives each bad row its line and reason: dates, ages, roles, names, emails', () => {
    const file = read(
      'role,first_name,last_name,date_of_birth,email,admission_date,leaving_date,parent_of\n' +
        'pupil,Future,Child,01/01/2030,,,,\n' + // 2: future
        'pupil,Old,Child,01/01/1990,,,,\n' + // 3: too old
        'pupil,Baby,Child,01/01/2024,,,,\n' + // 4: too young
        'pupil,No,Birthday,,,,,\n' + // 5: no DOB
        'pupil,Bad,Date,31/02/2015,,,,\n' + // 6: impossible date
        'pupil,Leaves,Early,01/01/2016,,01/09/2020,01/09/2019,\n' + // 7: leaving before admission
        'wizard,Harry,Potter,,,,,\n' + // 8: unknown role
        'staff,,Nameless,,,,,\n' + // 9: no first name
        'staff,Bad,Email,,not-an-email,,,\n' + // 10: bad email
        'staff,Has,Children,,,,,Amelia Smith\n' + // 11: parent_of on staff
        'pupil,Good,Child,01/01/2016,,,,\n', // 12: fine
    );
    const byLine = (line: number) => file.problems.filter((p) => p.line === line).map((p) => p.message);
    expect(byLine(2)).toEqual(['The date of birth 01/01/2030 is in the future.']);
    expect(byLine(3)[0]).toContain('makes this pupil 35 years old');
    expect(byLine(4)[0]).toContain('pupils are at least 2');
    expect(byLine(5)).toEqual(['A pupil needs a date of birth.']);
    expect(byLine(6)[0]).toContain('not a real date');
    expect(byLine(7)[0]).toContain('leaving date 01/09/2019 is before the admission date');
    expect(byLine(8)[0]).toContain('"wizard" is not a role');
    expect(byLine(9)).toEqual(['The first name is missing.']);
    expect(byLine(10)).toEqual(['"not-an-email" is not an email address.']);
    expect(byLine(11)).toEqual(['Only a parent or carer row can have parent_of.']);
    expect(byLine(12)).toEqual([]);
    expect(file.rows.map((r) => r.line)).toEqual([12]);
  });

  it('asks for a date of birth column when the file has pupils but none', () => {
    const file = read('role,first_name,last_name\npupil,A,B\npupil,C,D\n');
    expect(file.problems).toEqual([{ line: 1, message: expect.stringContaining('no date of birth column') }]);
  });

  it('reports duplicate rows with both line numbers', () => {
    const file = read(
      'role,first_name,last_name,date_of_birth,mis_id,email\n' +
        'pupil,Amelia,Smith,04/05/2016,A1,\n' + // 2
        'pupil,Amelia,Smyth,04/05/2016,A1,\n' + // 3: same MIS id as 2
        'pupil,Amelia,SMITH,2016-05-04,,\n' + // 4: same name and DOB as 2
        'staff,Jordan,Pryce,,,j@school.example\n' + // 5
        'staff,Jo,Pryce,,,J@School.example\n' + // 6: email given to another person
        'staff,Jordan,Pryce,,,j@school.example\n' + // 7: same role and email
        'governor,Jordan,Pryce,,,j@school.example\n' + // 8: fine: one person, two roles
        'parent,Sam,Lee,,,\n' + // 9
        'parent,Sam,Lee,,,\n', // 10: same role and name
    );
    expect(file.problems).toEqual([
      { line: 3, message: 'This row repeats line 2: the same MIS id (A1). Remove one of them.' },
      { line: 4, message: 'This row repeats line 2: a pupil with the same name and date of birth. Remove one of them.' },
      { line: 6, message: expect.stringContaining('also given to Jordan Pryce on line 5') },
      { line: 7, message: 'This row repeats line 5: the same role and email address. Remove one of them.' },
      { line: 10, message: 'This row repeats line 9: the same role, name. Remove one of them.' },
    ]);
    expect(file.rows.map((r) => r.line)).toEqual([2, 5, 8, 9]);
  });

  it('keeps two people who share a name but not an email, and merges a parent listed once per child', () => {
    const file = read(
      'role,first_name,last_name,email,parent_of\n' +
        'parent,Sam,Lee,sam1@example.com,A1\n' +
        'parent,Sam,Lee,sam2@example.com,A2\n' +
        'parent,Sam,Lee,sam1@example.com,A3\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(3);
  });

  it('undoes the apostrophe a Parapet export puts before formula characters', () => {
    const file = read(`${HEAD}staff,'=Jo,'-Smith,,,\n`);
    expect(file.rows[0]).toMatchObject({ firstName: '=Jo', lastName: '-Smith' });
  });

  it('splits parent_of on semicolons', () => {
    const file = read('role,first_name,last_name,parent_of\nParent/Carer,Sam,Lee, A1 ; Amelia Smith ;\n');
    expect(file.rows[0]).toMatchObject({ role: 'parent', parentOf: ['A1', 'Amelia Smith'] });
  });
});

describe('decodeRosterBytes', () => {
  it('drops the byte-order mark', () => {
    expect(decodeRosterBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
});
