import { londonToday } from '../../core/dates.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { listMyPolicies, type MyPolicy } from './list-my-policies.ts';
import { listPolicies, type PolicyListItem } from './list-policies.ts';

export interface PolicyDashboard {
  /** Leaders: every policy, with its review state and sign-off (empty for everyone else). */
  library: PolicyListItem[];
  /** Leaders: policies whose review date has passed. */
  overdue: PolicyListItem[];
  /** Leaders: policies with no governors' approval date recorded. */
  unapproved: PolicyListItem[];
  /** Everyone: published policies addressed to them that they have not signed yet. */
  toSign: MyPolicy[];
}

/** The policy panels on a school's front page. */
export async function getPolicyDashboard(ctx: SchoolContext, today: string = londonToday()): Promise<PolicyDashboard> {
  const library = hasAnyRole(ctx.actor.roles, LEADERSHIP) ? await listPolicies(ctx, today) : [];
  const mine = await listMyPolicies(ctx);
  return {
    library,
    overdue: library.filter((p) => p.review.state === 'overdue'),
    unapproved: library.filter((p) => (p.current || p.draft) && !p.approved),
    toSign: mine.filter((p) => !p.acknowledgedAt),
  };
}
