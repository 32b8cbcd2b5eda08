import { notFound } from '../../core/errors.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { findPolicy, versionsOf } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

/** One policy with all its versions, newest first. */
export async function getPolicy(ctx: SchoolContext, input: { policyId: string }) {
  requireLeader(ctx);
  const policy = await findPolicy(ctx.tx, ctx.school.id, input.policyId);
  if (!policy) throw notFound('That policy');
  const versions = await versionsOf(ctx.tx, ctx.school.id, [policy.id]);
  return { policy, versions };
}
