import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database.ts';
import { asSchool, createPerson, createPupil, createSchool } from '../../../test/support/factories.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { memberships, pupils } from '../people/schema.ts';
import { schools } from '../schools/schema.ts';
import { getCheckContext } from './check-context-cache.ts';
import { yearGroupLabel } from './checks-repository.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

describe('getCheckContext', () => {
  it('keeps one built context per school until its roster, details or rules change', async () => {
    const school = await createSchool(database);
    const head = await createPerson(database, school, ['headteacher']);
    const teacher = await createPerson(database, school, ['staff'], { givenName: 'Ottoline', familyName: 'Marchbanks' });
    const pupil = await createPupil(database, school, { legalFirstName: 'Peregrine', legalLastName: 'Oduya' });
    const get = () => asSchool(database, school, { personId: head.id }, (ctx) => getCheckContext(ctx));

    const first = await get();
    expect(await get()).toBe(first); // nothing changed: the same object, no rebuild

    await withSystemTx(database.db, (tx) => tx.update(pupils).set({ preferredFirstName: 'Perry', updatedAt: new Date() }).where(eq(pupils.id, pupil.id)));
    const renamed = await get();
    expect(renamed).not.toBe(first);
    expect(await get()).toBe(renamed);

    await withSystemTx(database.db, (tx) => tx.update(memberships).set({ endedAt: new Date(Date.now() - 1000) }).where(eq(memberships.personId, teacher.id)));
    const left = await get();
    expect(left).not.toBe(renamed);

    await withSystemTx(database.db, (tx) => tx.update(schools).set({ phone: '01632 960123' }).where(eq(schools.id, school.id)));
    expect(await get()).not.toBe(left);
  });

  it('never hands one school the context of another', async () => {
    const a = await createSchool(database);
    const b = await createSchool(database);
    const headA = await createPerson(database, a, ['headteacher']);
    const headB = await createPerson(database, b, ['headteacher']);
    const ctxA = await asSchool(database, a, { personId: headA.id }, (ctx) => getCheckContext(ctx));
    const ctxB = await asSchool(database, b, { personId: headB.id }, (ctx) => getCheckContext(ctx));
    expect(ctxA).not.toBe(ctxB);
  });
});

describe('yearGroupLabel', () => {
  it('says year groups as a school does', () => {
    expect(['6', '06', 'R', 'Reception', 'N', 'Year 6', '', null].map((y) => yearGroupLabel(y))).toEqual(['Year 6', 'Year 6', 'Reception', 'Reception', 'Nursery', 'Year 6', null, null]);
  });
});
