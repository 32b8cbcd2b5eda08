import { notFound } from '../../core/errors.ts';
import { acknowledgementStatus, type AcknowledgementStatus } from '../../core/policy/acknowledgement.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { acknowledgementsOfPolicies, findVersion, schoolMembers, type PolicyRow, type VersionRow } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface VersionAcknowledgements {
  policy: PolicyRow;
  version: VersionRow;
  status: AcknowledgementStatus;
}

/**
 * For leaders: everyone asked to sign a version (people holding a signing role the policy is
 * addressed to), with when they signed it or that they have not.
 */
export async function getAcknowledgementStatus(ctx: SchoolContext, input: { versionId: string }): Promise<VersionAcknowledgements> {
  requireLeader(ctx);
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found) throw notFound('That policy version');
  const members = await schoolMembers(ctx.tx, ctx.school.id);
  const acks = await acknowledgementsOfPolicies(ctx.tx, ctx.school.id, [found.policy.id]);
  const status = acknowledgementStatus(members, acks, { id: found.version.id, audiences: found.policy.audiences });
  return { ...found, status };
}
