import { beforeAll, expect, it } from 'vitest';
import { testApp, WebClient, type TestApp } from './support/app.ts';
import { createPerson, createSchool, createTrust } from './support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

it("a trust administrator reaches every school of their trust, and no other school", async () => {
  const trust = await createTrust(t.database);
  const first = await createSchool(t.database, { trustId: trust.id, name: 'Alder Primary' });
  const second = await createSchool(t.database, { trustId: trust.id, name: 'Birch Primary' });
  const otherTrust = await createTrust(t.database);
  const outside = await createSchool(t.database, { trustId: otherTrust.id, name: 'Cedar Outside Academy' });
  const admin = await createPerson(t.database, null, [], { trustAdminOf: trust.id });

  const client = new WebClient(t.app);
  await client.signIn(admin.email, admin.password);
  const choose = await client.get('/');
  expect(choose.statusCode).toBe(200);
  expect(choose.body).toContain('Alder Primary');
  expect(choose.body).toContain('Birch Primary');
  expect(choose.body).not.toContain('Cedar Outside Academy');

  for (const school of [first, second]) {
    expect((await client.get(`/s/${school.slug}/people`)).statusCode).toBe(200);
    expect((await client.get(`/s/${school.slug}/policies`)).statusCode).toBe(200);
  }
  for (const path of ['', '/people', '/policies']) {
    const res = await client.get(`/s/${outside.slug}${path}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Cedar Outside Academy');
  }
});
