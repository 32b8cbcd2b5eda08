import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createPupil, createSchool, type TestSchool } from '../../../test/support/factories.ts';
import { RosterProblemsError } from '../../core/roster/problems.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../../platform/db/tenancy.ts';
import { importRoster } from './import-roster.ts';
import { listPeople } from './list-people.ts';
import { memberships, parentLinks, persons, pupils } from './schema.ts';
import { refusal } from '../../../test/support/refusal.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const bytes = (text: string) => new TextEncoder().encode(text);
const HEAD = 'role,first_name,last_name,preferred_name,date_of_birth,year_group,mis_id,email,parent_of,job_title\n';

async function setUp() {
  const school = await createSchool(database);
  const head = await createPerson(database, school, ['headteacher']);
  const run = (csv: string, roles: Parameters<typeof asSchool>[2]['roles'] = ['headteacher']) =>
    asSchool(database, school, { personId: head.id, roles }, (ctx) => importRoster(ctx, { filename: 'roster.csv', bytes: bytes(csv) }));
  return { school, head, run };
}

/** What the school holds, read as the system (so nothing is hidden by RLS). */
async function contents(school: TestSchool) {
  return withSystemTx(database.db, async (tx) => ({
    pupils: await tx.select().from(pupils).where(eq(pupils.schoolId, school.id)),
    memberships: await tx.select().from(memberships).where(eq(memberships.schoolId, school.id)),
    links: await tx.select().from(parentLinks).where(eq(parentLinks.schoolId, school.id)),
    audit: await tx.select().from(auditEvents).where(and(eq(auditEvents.schoolId, school.id), eq(auditEvents.type, 'roster.imported'))),
  }));
}

describe('importRoster', () => {
  it('imports pupils, staff and parents with their links, and records one audit event', async () => {
    const { school, head, run } = await setUp();
    const email = `jordan-${randomUUID().slice(0, 8)}@test.example`;
    const csv =
      HEAD +
      'pupil,Amelia,Smith,Millie,04/05/2016,Year 4,A1,,,\n' +
      'pupil,Bobby,Smith,,2017-09-01,3,A2,,,\n' +
      `Teacher,Jordan,Pryce,,,,,${email},,Class teacher\n` +
      'parent,Sam,Smith,,,,,,A1; Bobby Smith,\n';
    const summary = await run(csv);
    expect(summary).toMatchObject({
      rows: 4,
      pupilsCreated: 2,
      pupilsUpdated: 0,
      peopleCreated: 2,
      peopleUpdated: 0,
      rolesAdded: 2,
      parentLinksCreated: 2,
    });
    const after = await contents(school);
    expect(after.pupils.map((p) => [p.misId, p.legalFirstName, p.preferredFirstName, p.yearGroup, p.dateOfBirth]).sort()).toEqual([
      ['A1', 'Amelia', 'Millie', '4', '2016-05-04'],
      ['A2', 'Bobby', null, '3', '2017-09-01'],
    ]);
    expect(after.memberships.map((m) => [m.role, m.jobTitle]).sort()).toEqual([
      ['headteacher', null],
      ['parent', null],
      ['staff', 'Class teacher'],
    ]);
    expect(after.links).toHaveLength(2);
    expect(after.audit).toHaveLength(1);
    expect(after.audit[0]!.actorPersonId).toBe(head.id);
    expect(after.audit[0]!.data).toMatchObject({ filename: 'roster.csv', rows: 4, pupilsCreated: 2, parentLinksCreated: 2, via: 'web' });
    expect((after.audit[0]!.data as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);

    const listing = await asSchool(database, school, { personId: head.id }, (ctx) => listPeople(ctx));
    const sam = listing.adults.find((a) => a.name === 'Sam Smith')!;
    expect(sam.children.sort()).toEqual(['Bobby Smith', 'Millie Smith']);
    expect(listing.adults.find((a) => a.email === email)).toMatchObject({ hasAccount: false, canInvite: true });
  });

  it('imports nothing when one row is bad, and lists every problem with its line', async () => {
    const { school, run } = await setUp();
    const csv =
      HEAD +
      'pupil,Amelia,Smith,,04/05/2016,4,A1,,,\n' +
      'staff,Jordan,Pryce,,,,,jordan@test.example,,\n' +
      'pupil,Future,Child,,01/01/2099,1,A3,,,\n' +
      'parent,Sam,Smith,,,,,,Nobody Known,\n';
    const err = await refusal(run(csv));
    expect(err).toBeInstanceOf(RosterProblemsError);
    expect((err as RosterProblemsError).rosterProblems).toEqual([
      { line: 4, message: 'The date of birth 01/01/2099 is in the future.' },
      { line: 5, message: expect.stringContaining('parent_of names "Nobody Known"') },
    ]);
    expect(err.message).toContain('Nothing was imported');
    const after = await contents(school);
    expect(after.pupils).toEqual([]);
    expect(after.memberships.map((m) => m.role)).toEqual(['headteacher']);
    expect(after.audit).toEqual([]);
    const jordan = await withSystemTx(database.db, (tx) => tx.select().from(persons).where(eq(persons.email, 'jordan@test.example')));
    expect(jordan).toEqual([]);
  });

  it('updates on re-import, by MIS id or by name and date of birth, and never duplicates', async () => {
    const { school, run } = await setUp();
    const email = `gov-${randomUUID().slice(0, 8)}@test.example`;
    await run(
      HEAD +
        'pupil,Amelia,Smith,,04/05/2016,4,A1,,,\n' +
        'pupil,Cara,Jones,,01/02/2015,5,,,,\n' +
        `governor,Pat,Green,,,,,${email},,\n` +
        'volunteer,Lee,Brown,,,,,,,Reading helper\n' +
        'parent,Sam,Smith,,,,,,A1,\n',
    );
    const second = await run(
      HEAD +
        'pupil,Amelia,Smith,Millie,04/05/2016,5,A1,,,\n' + // same MIS id: new year group and preferred name
        'pupil,CARA,Jones,,01/02/2015,6,C3,,,\n' + // matched by name and birthday: gains an MIS id
        `governor,Patricia,Green,Pat,,,,${email.toUpperCase()},,\n` + // same email: not a new person, name kept
        'volunteer,Lee,Brown,,,,,,,Library\n' + // no email: matched by name and role
        'parent,Sam,Smith,,,,,,Millie Smith,\n', // same link again, by preferred name
    );
    expect(second).toMatchObject({ pupilsCreated: 0, pupilsUpdated: 2, peopleCreated: 0, peopleUpdated: 3, rolesAdded: 0, parentLinksCreated: 0 });
    const after = await contents(school);
    expect(after.pupils.map((p) => [p.legalFirstName, p.misId, p.yearGroup, p.preferredFirstName]).sort()).toEqual([
      ['Amelia', 'A1', '5', 'Millie'],
      ['CARA', 'C3', '6', null],
    ]);
    expect(after.memberships).toHaveLength(4);
    expect(after.memberships.find((m) => m.role === 'volunteer')!.jobTitle).toBe('Library');
    expect(after.links).toHaveLength(1);
    expect(after.audit).toHaveLength(2);
    const pat = await withSystemTx(database.db, (tx) => tx.select().from(persons).where(eq(persons.email, email)));
    expect(pat).toHaveLength(1);
    expect(pat[0]).toMatchObject({ givenName: 'Pat', preferredName: 'Pat' });

    const third = await run(HEAD + 'pupil,Amelia,Smith,Millie,04/05/2016,5,A1,,,\n');
    expect(third).toMatchObject({ pupilsCreated: 0, pupilsUpdated: 0, pupilsUnchanged: 1 });
  });

  it('refuses a pupil whose name and birthday match one on roll with another MIS id', async () => {
    const { school, run } = await setUp();
    await createPupil(database, school, { legalFirstName: 'Ada', legalLastName: 'King', dateOfBirth: '2015-03-03', misId: 'OLD1' });
    const err = await refusal(run(HEAD + 'pupil,Ada,King,,03/03/2015,5,NEW1,,,\n'));
    expect((err as RosterProblemsError).rosterProblems[0]!.message).toContain('already on roll with MIS id OLD1, not NEW1');
  });

  it("links a person who is already in another school, without duplicating them or showing that school's data", async () => {
    const a = await setUp();
    const b = await createSchool(database);
    const shared = await createPerson(database, b, ['staff', 'dsl'], { givenName: 'Robin', familyName: 'Hale' });
    await createPupil(database, b, { legalFirstName: 'Secret', legalLastName: 'Pupil' });

    const summary = await a.run(HEAD + `governor,Robin,Hale,,,,,${shared.email},,\n`);
    expect(summary).toMatchObject({ peopleCreated: 0, peopleUpdated: 1, rolesAdded: 1 });
    const rows = await withSystemTx(database.db, (tx) => tx.select().from(persons).where(eq(persons.email, shared.email)));
    expect(rows).toHaveLength(1);
    const seenFromA = await withSchoolTx(database.db, { schoolIds: [a.school.id], personId: a.head.id }, async (tx) => ({
      memberships: await tx.select().from(memberships).where(eq(memberships.personId, shared.id)),
      pupilsOfB: await tx.select().from(pupils).where(eq(pupils.schoolId, b.id)),
    }));
    expect(seenFromA.memberships.map((m) => [m.schoolId, m.role])).toEqual([[a.school.id, 'governor']]);
    expect(seenFromA.pupilsOfB).toEqual([]);
    const listing = await asSchool(database, a.school, { personId: a.head.id }, (ctx) => listPeople(ctx));
    expect(listing.adults.find((p) => p.personId === shared.id)!.roles.map((r) => r.role)).toEqual(['governor']);
    expect(listing.pupils).toEqual([]);
  });

  it('refuses anyone but a leader', async () => {
    const { school, run } = await setUp();
    const err = await refusal(run(HEAD + 'pupil,Amelia,Smith,,04/05/2016,4,A1,,,\n', ['staff', 'dsl']));
    expect(err.code).toBe('forbidden');
    expect((await contents(school)).pupils).toEqual([]);
  });

  it('lets the server operator import, recorded with no person', async () => {
    const school = await createSchool(database);
    const summary = await withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) =>
      importRoster(
        { tx, school: { id: school.id, slug: school.slug, name: school.name, trustId: null }, actor: { kind: 'server-operator' } },
        { filename: 'C:\\exports\\roster.csv', bytes: bytes(HEAD + 'pupil,Amelia,Smith,,04/05/2016,4,A1,,,\n') },
      ),
    );
    expect(summary.pupilsCreated).toBe(1);
    const { audit } = await contents(school);
    expect(audit[0]).toMatchObject({ actorPersonId: null, actorIp: null });
    expect(audit[0]!.data).toMatchObject({ filename: 'roster.csv', via: 'cli' });
  });
});
