import { readFileSync } from 'node:fs';
import { count, eq, like, or } from 'drizzle-orm';
import type { Logger } from 'pino';
import { isSchoolRole } from '../../core/roles.ts';
import type { SchoolRef } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Database } from '../../platform/db/client.ts';
import { withSchoolTx, withSystemTx } from '../../platform/db/tenancy.ts';
import { hashPassword } from '../auth/passwords.ts';
import { importRoster } from '../people/import-roster.ts';
import { memberships, persons, trustMemberships } from '../people/schema.ts';
import { acknowledgePolicy } from '../policies/acknowledge-policy.ts';
import { importPublishedPolicy } from '../policies/import-published-policy.ts';
import { importPolicy } from '../../core/rules/import-policy.ts';
import { acceptRemainingRules } from '../rules/accept-remaining-rules.ts';
import { activateRuleSet } from '../rules/activate-rule-set.ts';
import { proposeRuleSet } from '../rules/propose-rule-set.ts';
import { schools, trusts } from '../schools/schema.ts';
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_TRUST, type DemoSchool } from './demo-schools.ts';
import { demoRosterCsv } from './demo-roster.ts';

export interface DemoLogin {
  school: string;
  role: string;
  email: string;
}

const SEEDS = new URL('./seeds/', import.meta.url);
/** The demo school whose proposed rules are left for the Head to review. */
const RULES_TO_REVIEW = 'lache';
/** Demo staff who have already signed their school's policy, so the sign-off page has both kinds. */
const ALREADY_SIGNED = ['head@', 'dsl@', 'office@', 'chair@'];

/** On first start with an empty database, create the demo. Returns the logins, or null if there was data. */
export async function seedDemoIfEmpty(database: Database, logger: Logger): Promise<DemoLogin[] | null> {
  const [row] = await withSystemTx(database.db, (tx) => tx.select({ n: count() }).from(schools));
  if ((row?.n ?? 0) > 0) return null;
  return seedDemo(database, logger);
}

/**
 * The demo trust with five schools, one per seed policy. Each school's people come in through
 * the roster import and its policy through the same use cases a Headteacher's upload uses.
 */
export async function seedDemo(database: Database, logger: Logger): Promise<DemoLogin[] | null> {
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await withSystemTx(database.db, async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(trusts).where(eq(trusts.slug, DEMO_TRUST.slug));
    if ((existing?.n ?? 0) > 0) return null;
    const [trust] = await tx.insert(trusts).values(DEMO_TRUST).returning();
    const [admin] = await tx
      .insert(persons)
      .values({ email: `trust.admin@${DEMO_TRUST.slug}.example`, givenName: 'Morgan', familyName: 'Ellery', passwordHash })
      .returning();
    await tx.insert(trustMemberships).values({ trustId: trust!.id, personId: admin!.id });
    const refs: Array<{ demo: DemoSchool; ref: SchoolRef }> = [];
    for (const demo of DEMO_SCHOOLS) {
      const [school] = await tx
        .insert(schools)
        .values({ trustId: trust!.id, name: demo.name, slug: demo.slug, domain: demo.domain, email: `office@${demo.domain}` })
        .returning();
      await recordAudit(tx, null, { personId: null, ip: null }, {
        type: 'school.created',
        data: { schoolId: school!.id, name: demo.name, slug: demo.slug },
      });
      refs.push({ demo, ref: { id: school!.id, slug: school!.slug, name: school!.name, trustId: school!.trustId } });
    }
    return { refs, adminEmail: admin!.email! };
  });
  if (!created) return null;

  const logins: DemoLogin[] = [{ school: DEMO_TRUST.name, role: 'trust administrator', email: created.adminEmail }];
  for (const [i, { demo, ref }] of created.refs.entries()) {
    await seedSchool(database, demo, ref, i, passwordHash);
    logins.push(
      { school: demo.name, role: 'headteacher', email: `head@${demo.domain}` },
      { school: demo.name, role: 'teacher', email: `teacher@${demo.domain}` },
      { school: demo.name, role: 'parent', email: `parent@${demo.domain}` },
    );
  }
  logger.info({ ms: Date.now() - started }, 'demo trust created');
  printLogins(logins);
  return logins;
}

async function seedSchool(database: Database, demo: DemoSchool, school: SchoolRef, index: number, passwordHash: string) {
  const csv = Buffer.from(demoRosterCsv(demo.domain, index + 1));
  await withSchoolTx(database.db, { schoolIds: [school.id] }, (tx) =>
    importRoster({ tx, school, actor: { kind: 'server-operator' } }, { filename: `${demo.slug}-roster.csv`, bytes: csv }),
  );
  // Every fictional adult of the demo can sign in with the demo password.
  const adults = await withSystemTx(database.db, async (tx) => {
    await tx
      .update(persons)
      .set({ passwordHash })
      .where(or(like(persons.email, `%@${demo.domain}`), like(persons.email, `%@parents.${demo.domain}`)));
    return tx
      .select({ id: persons.id, email: persons.email, role: memberships.role })
      .from(persons)
      .innerJoin(memberships, eq(memberships.personId, persons.id))
      .where(eq(memberships.schoolId, school.id));
  });
  const actorFor = (email: string) => {
    const rows = adults.filter((a) => a.email === email);
    if (rows.length === 0) throw new Error(`demo person ${email} is missing from the roster`);
    return { personId: rows[0]!.id, roles: rows.map((r) => r.role).filter(isSchoolRole), ip: null, userAgent: 'parapet demo' };
  };
  const head = actorFor(`head@${demo.domain}`);
  const published = await withSchoolTx(database.db, { schoolIds: [school.id], personId: head.personId }, (tx) =>
    importPublishedPolicy(
      { tx, school, actor: head },
      {
        title: 'Social media policy',
        audiences: ['staff', 'volunteers', 'governors', 'contractors', 'parents', 'visitors'],
        filename: `${demo.slug}-social-media-policy.txt`,
        bytes: readFileSync(new URL(demo.seed, SEEDS)),
        details: {
          approvedOn: demo.approvedOn,
          approvedBy: demo.approvedBy,
          reviewPeriodMonths: demo.reviewPeriodMonths,
          nextReviewOn: demo.nextReviewOn,
        },
      },
    ),
  );
  // Rules proposed from the policy, through the Head's own use cases. Lache's wait for the Head to
  // review them; elsewhere they are accepted and active, so checks cite the school's clauses.
  const version = { policyId: published.policyId, versionId: published.versionId };
  await withSchoolTx(database.db, { schoolIds: [school.id], personId: head.personId }, async (tx) => {
    const ctx = { tx, school, actor: head };
    await proposeRuleSet(ctx, version, importPolicy);
    if (demo.slug === RULES_TO_REVIEW) return;
    await acceptRemainingRules(ctx, version);
    await activateRuleSet(ctx, version);
  });
  for (const prefix of ALREADY_SIGNED) {
    const actor = actorFor(`${prefix}${demo.domain}`);
    await withSchoolTx(database.db, { schoolIds: [school.id], personId: actor.personId }, (tx) =>
      acknowledgePolicy({ tx, school, actor }, { versionId: published.versionId, confirmed: true }),
    );
  }
}

function printLogins(logins: DemoLogin[]): void {
  const lines = [
    '',
    `Demo sign-in details (the password for every demo account is ${DEMO_PASSWORD}):`,
    ...logins.map((l) => `  ${l.email.padEnd(34)} ${l.role.padEnd(20)} ${l.school}`),
    '',
  ];
  console.log(lines.join('\n'));
}

