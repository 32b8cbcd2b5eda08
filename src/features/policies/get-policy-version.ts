import { londonToday } from '../../core/dates.ts';
import { notFound } from '../../core/errors.ts';
import { acknowledgementStatus } from '../../core/policy/acknowledgement.ts';
import { reviewStatus, type ReviewStatus } from '../../core/policy/review-status.ts';
import type { SchoolContext } from '../../platform/context.ts';
import {
  acknowledgementsOfPolicies,
  clausesOf,
  findVersion,
  schoolMembers,
  type ClauseRow,
  type PolicyRow,
  type VersionRow,
} from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface PolicyVersionView {
  policy: PolicyRow;
  version: VersionRow;
  clauses: ClauseRow[];
  review: ReviewStatus;
  /** How many of those asked have signed this version (for a draft: how many will be asked). */
  signOff: { signed: number; total: number };
}

/** For leaders: one version of a policy, with its clauses, details and sign-off. */
export async function getPolicyVersion(ctx: SchoolContext, input: { versionId: string }, today: string = londonToday()): Promise<PolicyVersionView> {
  requireLeader(ctx);
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found) throw notFound('That policy version');
  const clauses = await clausesOf(ctx.tx, found.version.id);
  const members = await schoolMembers(ctx.tx, ctx.school.id);
  const acks = await acknowledgementsOfPolicies(ctx.tx, ctx.school.id, [found.policy.id]);
  const status = acknowledgementStatus(members, acks, { id: found.version.id, audiences: found.policy.audiences });
  return {
    ...found,
    clauses,
    review: reviewStatus(found.version, today),
    signOff: { signed: status.signed, total: status.total },
  };
}
