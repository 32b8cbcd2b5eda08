import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool } from '../../../test/support/factories.ts';
import { testApp, WebClient, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

describe('sign-in', () => {
  it('signs a Headteacher in and shows their dashboard', async () => {
    const school = await createSchool(t.database);
    const head = await createPerson(t.database, school, ['headteacher']);
    const client = new WebClient(t.app);
    const res = await client.signIn(head.email.toUpperCase(), head.password);
    expect(res.headers.location).toBe('/');
    const home = await client.get('/');
    expect(home.headers.location).toBe(`/s/${school.slug}`);
    const dash = await client.get(`/s/${school.slug}`);
    expect(dash.statusCode).toBe(200);
    expect(dash.body).toContain(school.name);
  });

  it('refuses a wrong password with a clear message and keeps the email typed', async () => {
    const school = await createSchool(t.database);
    const head = await createPerson(t.database, school, ['headteacher']);
    const client = new WebClient(t.app);
    await client.get('/sign-in');
    const res = await client.post('/sign-in', { email: head.email, password: 'not the password' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The email address or password is not right.');
    expect(res.body).toContain(`value="${head.email}"`);
  });

  it('locks sign-in after five wrong passwords, even with the right one', async () => {
    const school = await createSchool(t.database);
    const head = await createPerson(t.database, school, ['headteacher']);
    const client = new WebClient(t.app);
    await client.get('/sign-in');
    for (let i = 0; i < 5; i++) await client.post('/sign-in', { email: head.email, password: `wrong ${i}` });
    const res = await client.post('/sign-in', { email: head.email, password: head.password });
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Sign-in for this email address is locked');
  });

  it('refuses a form posted without a CSRF token and changes nothing', async () => {
    const school = await createSchool(t.database);
    const head = await createPerson(t.database, school, ['headteacher']);
    const client = new WebClient(t.app);
    const res = await client.post('/sign-in', { email: head.email, password: head.password }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('did not come from Parapet');
    expect(res.headers['set-cookie'] ?? '').not.toContain('parapet_session=');
  });

  it('sends people who are not signed in to the sign-in page', async () => {
    const school = await createSchool(t.database);
    const res = await new WebClient(t.app).get(`/s/${school.slug}`);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/s/${school.slug}`)}`);
  });

  it("answers 404 for another school's dashboard", async () => {
    const a = await createSchool(t.database);
    const b = await createSchool(t.database);
    const head = await createPerson(t.database, a, ['headteacher']);
    const client = new WebClient(t.app);
    await client.signIn(head.email, head.password);
    const res = await client.get(`/s/${b.slug}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(b.name);
  });

  it('signs out', async () => {
    const school = await createSchool(t.database);
    const head = await createPerson(t.database, school, ['headteacher']);
    const client = new WebClient(t.app);
    await client.signIn(head.email, head.password);
    await client.get(`/s/${school.slug}`);
    const out = await client.post('/sign-out');
    expect(out.statusCode).toBe(303);
    const after = await client.get(`/s/${school.slug}`);
    expect(after.statusCode).toBe(302);
  });
});
