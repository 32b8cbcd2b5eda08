import { AppError, notFound } from '../../core/errors.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { findVersion, lockPolicy, publishedVersionOf, updateVersion } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface PublishedVersion {
  policyId: string;
  versionId: string;
  versionNumber: number;
  /** False when it was already the published version (publishing twice changes nothing). */
  newlyPublished: boolean;
  /** The version it replaced, if any. */
  supersededVersionId: string | null;
}

/**
 * Makes a draft the version people read and sign. The version it replaces is marked superseded,
 * and everyone is asked to sign again. After the transaction commits, the caller queues the
 * reminder e-mails with `queuePolicyReminders(jobs, { schoolId, versionId })`.
 */
export async function publishPolicyVersion(ctx: SchoolContext, input: { versionId: string }): Promise<PublishedVersion> {
  requireLeader(ctx);
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found) throw notFound('That policy version');
  await lockPolicy(ctx.tx, ctx.school.id, found.policy.id);
  // Read again under the lock: another publish may have just committed.
  const version = (await findVersion(ctx.tx, ctx.school.id, input.versionId))!.version;
  const base = { policyId: version.policyId, versionId: version.id, versionNumber: version.versionNumber };
  if (version.status === 'published') return { ...base, newlyPublished: false, supersededVersionId: null };
  if (version.status === 'superseded') {
    throw new AppError('conflict', `Version ${version.versionNumber} has already been replaced by a newer version, so it cannot be published again.`);
  }
  const current = await publishedVersionOf(ctx.tx, version.policyId);
  if (current && current.versionNumber > version.versionNumber) {
    throw new AppError(
      'conflict',
      `Version ${current.versionNumber} is already published, and it is newer than version ${version.versionNumber}. Upload the text again as a new version if you want to go back to it.`,
    );
  }
  if (current) await updateVersion(ctx.tx, current.id, { status: 'superseded' });
  await updateVersion(ctx.tx, version.id, { status: 'published', publishedAt: new Date(), publishedBy: ctx.actor.personId });
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy.version-published', data: base });
  return { ...base, newlyPublished: true, supersededVersionId: current?.id ?? null };
}
