import type { SchoolContext } from '../../platform/context.ts';
import { getPolicy } from '../policies/get-policy.ts';
import { activeSetOfPolicy, rulesOf } from './rules-repository.ts';

/**
 * A policy to write a new version of with Parapet, with the rules its active rule set turns on
 * (and their settings) to start from; none when it has no active rules yet.
 */
export async function getPolicyToRewrite(ctx: SchoolContext, input: { policyId: string }) {
  const { policy, versions } = await getPolicy(ctx, input);
  const active = await activeSetOfPolicy(ctx.tx, ctx.school.id, policy.id);
  const rules = active ? await rulesOf(ctx.tx, ctx.school.id, [active.id]) : [];
  return {
    policy,
    nextVersionNumber: Math.max(0, ...versions.map((v) => v.versionNumber)) + 1,
    activeRules: rules.filter((r) => r.status === 'accepted' || r.status === 'added').map((r) => ({ id: r.ruleId, params: r.params })),
  };
}
