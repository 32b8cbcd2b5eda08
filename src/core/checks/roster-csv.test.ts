import { describe, expect, it } from 'vitest';
import { isoDate, parseRosterCsv } from './roster-csv.ts';

describe('roster CSV for checks', () => {
  it('reads people, preferred names, dates of birth and year groups; adult roles are staff', () => {
    const { people, problems } = parseRosterCsv(
      '\ufeffrole,first_name,last_name,preferred_name,date_of_birth,year_group,extra\npupil,William,Jones,Will,04/03/2015,4,x\nheadteacher,Ann,Lee,,,\nparent,Sam,Jones,Sammy Jones,,\n',
    );
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { role: 'pupil', firstName: 'William', lastName: 'Jones', preferredFirstName: 'Will', yearGroup: '4', dateOfBirth: '2015-03-04' },
      { role: 'staff', firstName: 'Ann', lastName: 'Lee' },
      { role: 'parent', firstName: 'Sam', lastName: 'Jones', preferredFirstName: 'Sammy', preferredLastName: 'Jones' },
    ]);
  });

  it('skips bad rows with a line number and keeps the rest', () => {
    const { people, problems } = parseRosterCsv('role,first_name,last_name,date_of_birth\nwizard,Harry,Potter,\npupil,,,\npupil,Amelia,Smith,31/02/2015\n');
    expect(people).toEqual([{ role: 'pupil', firstName: 'Amelia', lastName: 'Smith' }]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Line 2: the role "wizard"/);
    expect(problems[2]).toMatch(/^Line 4: the date of birth "31\/02\/2015"/);
  });

  it('refuses a file without the needed columns, or one that is not CSV', () => {
    expect(parseRosterCsv('name,age\nAmelia,10\n').problems[0]).toMatch(/needs the columns role, first_name and last_name/);
    expect(parseRosterCsv('role,first_name,last_name\n"pupil,Amelia\n').problems[0]).toMatch(/not a readable CSV/);
  });

  it('reads dates both ways round and refuses impossible ones', () => {
    expect(isoDate('2015-3-4')).toBe('2015-03-04');
    expect(isoDate('4.3.2015')).toBe('2015-03-04');
    expect(isoDate('29/02/2015')).toBeNull();
    expect(isoDate('soon')).toBeNull();
  });
});
