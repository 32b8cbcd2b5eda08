import { beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

it('GET /healthz answers 200 with the database status', async () => {
  const res = await t.app.inject('/healthz');
  expect(res.statusCode).toBe(200);
  expect(res.json()).toEqual({ status: 'ok', database: { ok: true, kind: process.env.DATABASE_URL ? 'postgres' : 'pglite' } });
});

it('serves the stylesheet without the GDS Transport font and a 404 page for unknown addresses', async () => {
  const css = await t.app.inject('/assets/app.css');
  expect(css.statusCode).toBe(200);
  expect(css.body).not.toContain('GDS Transport');
  const missing = await t.app.inject('/no-such-page');
  expect(missing.statusCode).toBe(404);
  expect(missing.body).toContain('Page not found');
});
