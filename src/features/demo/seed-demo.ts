import { count } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { hashPassword } from '../auth/passwords.ts';
import { memberships, persons, trustMemberships } from '../people/schema.ts';
import { schools, trusts } from '../schools/schema.ts';
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_TRUST } from './demo-schools.ts';

export interface DemoLogin {
  school: string;
  role: string;
  email: string;
}

/** On first start with an empty database, create the demo. Returns the logins, or null if there was data. */
export async function seedDemoIfEmpty(database: Database, logger: Logger): Promise<DemoLogin[] | null> {
  const [row] = await withSystemTx(database.db, (tx) => tx.select({ n: count() }).from(schools));
  if ((row?.n ?? 0) > 0) return null;
  return seedDemo(database, logger);
}

export async function seedDemo(database: Database, logger: Logger): Promise<DemoLogin[] | null> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins = await withSystemTx(database.db, async (tx) => {
    const existing = await tx.select({ n: count() }).from(trusts);
    if ((existing[0]?.n ?? 0) > 0) return null;
    const [trust] = await tx.insert(trusts).values(DEMO_TRUST).returning();
    const out: DemoLogin[] = [];
    const [trustAdmin] = await tx
      .insert(persons)
      .values({ email: 'trust.admin@meadowbank.example', givenName: 'Morgan', familyName: 'Ellery', passwordHash })
      .returning();
    await tx.insert(trustMemberships).values({ trustId: trust!.id, personId: trustAdmin!.id });
    out.push({ school: DEMO_TRUST.name, role: 'trust administrator', email: trustAdmin!.email! });
    for (const demo of DEMO_SCHOOLS) {
      const [school] = await tx
        .insert(schools)
        .values({ trustId: trust!.id, name: demo.name, slug: demo.slug, domain: demo.domain, email: `office@${demo.domain}` })
        .returning();
      await recordAudit(tx, null, { personId: null, ip: null }, {
        type: 'school.created',
        data: { schoolId: school!.id, name: demo.name, slug: demo.slug },
      });
      const people = [
        { role: 'headteacher', given: 'Alex', family: 'Marsh', email: `head@${demo.domain}` },
        { role: 'staff', given: 'Jordan', family: 'Pryce', email: `teacher@${demo.domain}` },
      ];
      for (const p of people) {
        const [person] = await tx
          .insert(persons)
          .values({ email: p.email, givenName: p.given, familyName: p.family, passwordHash })
          .returning();
        await tx.insert(memberships).values({ schoolId: school!.id, personId: person!.id, role: p.role });
        out.push({ school: demo.name, role: p.role, email: p.email });
      }
    }
    return out;
  });
  if (logins) printLogins(logins, logger);
  return logins;
}

function printLogins(logins: DemoLogin[], logger: Logger): void {
  logger.info('demo trust created');
  const lines = [
    '',
    'Demo sign-in details (password for every account: ' + DEMO_PASSWORD + ')',
    ...logins.map((l) => `  ${l.email.padEnd(36)} ${l.role.padEnd(22)} ${l.school}`),
    '',
  ];
  console.log(lines.join('\n'));
}
