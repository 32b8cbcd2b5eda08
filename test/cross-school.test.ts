import { beforeAll, describe, expect, it } from 'vitest';
import { savePhotoCheck } from '../src/features/photos/save-photo-check.ts';
import { importPublishedPolicy } from '../src/features/policies/import-published-policy.ts';
import { testApp, WebClient, type TestApp } from './support/app.ts';
import { asSchool, createPerson, createPupil, createSchool, type TestSchool } from './support/factories.ts';
import { plainImage } from './support/images.ts';

// Signs in as school A's Headteacher and requests every school route of the app with school B's
// slug, then with A's slug and B's ids. Every answer must be a 404 that shows none of B's data.

let t: TestApp;
let a: TestSchool;
let b: TestSchool;
let client: WebClient;
const ids: Record<string, string> = {};
const ownIds: Record<string, string> = {};
const secrets: string[] = [];

async function publishFor(school: TestSchool, headId: string, title: string) {
  return asSchool(t.database, school, { personId: headId }, (ctx) =>
    importPublishedPolicy(ctx, {
      title,
      audiences: ['staff', 'parents'],
      filename: 'policy.txt',
      bytes: Buffer.from(`${title}\n\nStaff must not share pupils' details.\n`),
      details: { approvedOn: '2025-01-10', approvedBy: 'Governing Body', reviewPeriodMonths: 24 },
    }),
  );
}

beforeAll(async () => {
  t = await testApp();
  a = await createSchool(t.database);
  b = await createSchool(t.database, { name: 'Hidden Bridge Academy' });
  const headA = await createPerson(t.database, a, ['headteacher']);
  const headB = await createPerson(t.database, b, ['headteacher'], { givenName: 'Zebedee', familyName: 'Quillfeather' });
  const pupilB = await createPupil(t.database, b, { legalFirstName: 'Xanthe', legalLastName: 'Brightwater' });
  const policyB = await publishFor(b, headB.id, 'Confidential B policy');
  const policyA = await publishFor(a, headA.id, 'Policy of A');
  Object.assign(ids, { personId: headB.id, pupilId: pupilB.id, policyId: policyB.policyId, versionId: policyB.versionId });
  Object.assign(ownIds, { personId: headA.id, policyId: policyA.policyId, versionId: policyA.versionId });
  // A checked photo in each school (`:id` in the photo routes).
  const photo = { bytes: await plainImage(40, 30).jpeg().toBuffer(), type: 'jpeg' as const, width: 40, height: 30 };
  const face = { x: 5, y: 5, width: 10, height: 10, score: 0.9 };
  const photoB = await asSchool(t.database, b, { personId: headB.id }, (ctx) => savePhotoCheck(ctx, { stripped: photo, faces: [face], hadLocation: false }));
  const photoA = await asSchool(t.database, a, { personId: headA.id }, (ctx) => savePhotoCheck(ctx, { stripped: photo, faces: [face], hadLocation: false }));
  Object.assign(ids, { id: photoB.id });
  Object.assign(ownIds, { id: photoA.id });
  // Rules are named by their catalogue id, the same in every school: the version id is what is B's.
  Object.assign(ids, { ruleId: 'no-contact-pupils' });
  Object.assign(ownIds, { ruleId: 'no-contact-pupils' });
  secrets.push('Hidden Bridge Academy', 'Zebedee', 'Quillfeather', 'Xanthe', 'Brightwater', 'Confidential B policy');
  client = new WebClient(t.app);
  await client.signIn(headA.email, headA.password);
});

// The JSON API's school routes too (/api/v1/s/:school/...).
const schoolRoutes = () => t.app.routeList.filter((r) => /^(\/api\/v1)?\/s\/:school/.test(r.url));

function fill(url: string, school: string, values: Record<string, string>) {
  return url.replace(':school', school).replace(/:(\w+)/g, (_, name: string) => {
    const v = values[name];
    if (!v) throw new Error(`no test id for :${name} in ${url}; add one to the cross-school test`);
    return v;
  });
}

// Routes whose forms upload a file: sent as multipart, as the browser sends them.
const UPLOADS = [/\/versions$/, /\/people\/import$/, /\/policies\/new$/];

async function request(method: string, url: string) {
  if (method === 'GET') return client.get(url);
  if (UPLOADS.some((re) => re.test(url))) {
    return client.upload(url, { filename: 'policy.txt', content: 'Title\n\nA clause.\n', contentType: 'text/plain' }, { title: 'x', audiences: 'staff' });
  }
  return client.post(url, { confirmed: 'yes', title: 'x', email: 'x@test.example' });
}

function expectHidden(res: { statusCode: number; body: string }, what: string) {
  expect(res.statusCode, what).toBe(404);
  for (const s of secrets) expect(res.body, `${what} leaks "${s}"`).not.toContain(s);
}

describe("school A's Headteacher, with school B's slug or ids", () => {
  it('walks a real list of routes', () => {
    expect(schoolRoutes().length).toBeGreaterThanOrEqual(15);
  });

  it("gets 404 on every school route with B's slug", async () => {
    for (const route of schoolRoutes()) {
      const url = fill(route.url, b.slug, ids);
      expectHidden(await request(route.method, url), `${route.method} ${url}`);
    }
  });

  it("gets 404 on every route that takes an id, with A's slug and B's ids", async () => {
    for (const route of schoolRoutes().filter((r) => /:(?!school)\w+/.test(r.url))) {
      const url = fill(route.url, a.slug, ids);
      expectHidden(await request(route.method, url), `${route.method} ${url}`);
    }
  });

  it("gets 404 when one id is A's own and another is B's", async () => {
    for (const route of schoolRoutes().filter((r) => r.url.includes(':policyId') && r.url.includes(':versionId'))) {
      const url = fill(route.url, a.slug, { ...ids, policyId: ownIds.policyId! });
      expectHidden(await request(route.method, url), `${route.method} ${url}`);
    }
  });

  it("still reaches A's own pages, so the 404s above are about B", async () => {
    for (const route of schoolRoutes().filter((r) => r.method === 'GET')) {
      const res = await client.get(fill(route.url, a.slug, ownIds));
      expect(res.statusCode, route.url).toBeLessThan(400);
    }
    const upload = await request('POST', fill('/s/:school/policies/:policyId/versions', a.slug, ownIds));
    expect(upload.statusCode).toBe(303);
  });
});
