import { describe, expect, it } from 'vitest';
import { planPupils, type ExistingPupil } from './plan-pupils.ts';
import type { AdultRow, PupilRow, RosterRow } from './roster-rows.ts';

const pupil = (line: number, over: Partial<PupilRow> = {}): PupilRow => ({
  kind: 'pupil',
  line,
  misId: null,
  firstName: 'Amelia',
  lastName: 'Smith',
  preferredFirstName: null,
  preferredLastName: null,
  dateOfBirth: '2016-05-04',
  yearGroup: '4',
  admissionDate: null,
  leavingDate: null,
  ...over,
});
const parent = (line: number, parentOf: string[]): AdultRow => ({
  kind: 'adult',
  line,
  role: 'parent',
  firstName: 'Sam',
  lastName: 'Lee',
  preferredName: null,
  dateOfBirth: null,
  email: null,
  jobTitle: null,
  leavingDate: null,
  parentOf,
});
const onRoll = (id: string, over: Partial<ExistingPupil> = {}): ExistingPupil => ({
  id,
  misId: null,
  legalFirstName: 'Amelia',
  legalLastName: 'Smith',
  preferredFirstName: null,
  preferredLastName: null,
  dateOfBirth: '2016-05-04',
  ...over,
});
let n = 0;
const newId = () => `new-${++n}`;
const plan = (rows: RosterRow[], roll: ExistingPupil[]) => planPupils(rows, roll, newId);

describe('planPupils', () => {
  it('matches by MIS id first, then by legal name and date of birth, else adds', () => {
    const result = plan(
      [pupil(2, { misId: 'A1', firstName: 'Amy' }), pupil(3, { lastName: 'Jones', misId: 'B2' }), pupil(4, { lastName: 'Brown' })],
      [onRoll('p1', { misId: 'A1' }), onRoll('p2', { legalLastName: 'JONES' })],
    );
    expect(result.problems).toEqual([]);
    expect(result.pupils.map((p) => [p.row.line, p.existing?.id ?? null])).toEqual([
      [2, 'p1'],
      [3, 'p2'],
      [4, null],
    ]);
    expect(result.pupils[2]!.id).toMatch(/^new-/);
  });

  it('refuses a name-and-birthday match that carries a different MIS id', () => {
    const result = plan([pupil(2, { misId: 'NEW' })], [onRoll('p1', { misId: 'OLD' })]);
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('already on roll with MIS id OLD, not NEW') }]);
  });

  it('refuses two rows that match the same pupil on roll', () => {
    const result = plan([pupil(2, { misId: 'A1', lastName: 'Other' }), pupil(3)], [onRoll('p1', { misId: 'A1' })]);
    expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('line 2 both match Amelia Smith') }]);
  });

  it('refuses to guess between two pupils on roll with one name and birthday', () => {
    const result = plan([pupil(2)], [onRoll('p1'), onRoll('p2')]);
    expect(result.problems[0]!.message).toContain('More than one pupil on roll');
  });

  it('links parents to pupils in the file or on roll, by MIS id or name, and reports unknown or ambiguous children', () => {
    const result = plan(
      [
        pupil(2, { misId: 'A1', preferredFirstName: 'Millie' }),
        parent(3, ['a1', 'Bobby Tables', 'Millie Smith']),
        parent(4, ['Nobody Here']),
        parent(5, ['Twin One']),
      ],
      [
        onRoll('p9', { legalFirstName: 'Bobby', legalLastName: 'Tables', misId: 'Z9' }),
        onRoll('t1', { legalFirstName: 'Twin', legalLastName: 'One', dateOfBirth: '2015-01-01' }),
        onRoll('t2', { legalFirstName: 'Twin', legalLastName: 'One', dateOfBirth: '2014-01-01' }),
      ],
    );
    const amelia = result.pupils[0]!.id;
    expect(result.parentLinks).toEqual([
      { parentLine: 3, pupilId: amelia },
      { parentLine: 3, pupilId: 'p9' },
    ]);
    expect(result.problems).toEqual([
      { line: 4, message: expect.stringContaining('names "Nobody Here", but no pupil') },
      { line: 5, message: expect.stringContaining('More than one pupil is called "Twin One"') },
    ]);
  });
});
