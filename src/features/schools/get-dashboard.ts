import { and, count, eq, isNull } from 'drizzle-orm';
import type { SchoolContext } from '../../platform/context.ts';
import { memberships, pupils } from '../people/schema.ts';
import { getPolicyDashboard, type PolicyDashboard } from '../policies/get-policy-dashboard.ts';

export interface Dashboard {
  pupils: number;
  people: number;
  policies: PolicyDashboard;
}

/** The figures on a school's front page. */
export async function getDashboard(ctx: SchoolContext): Promise<Dashboard> {
  const [p] = await ctx.tx.select({ n: count() }).from(pupils).where(and(eq(pupils.schoolId, ctx.school.id), isNull(pupils.leavingDate)));
  const [m] = await ctx.tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.schoolId, ctx.school.id), isNull(memberships.endedAt)));
  const policies = await getPolicyDashboard(ctx);
  return { pupils: p?.n ?? 0, people: m?.n ?? 0, policies };
}
