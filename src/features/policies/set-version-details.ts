import { londonToday } from '../../core/dates.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { validateVersionDetails, type VersionDetails, type VersionDetailsInput } from '../../core/policy/version-details.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { findVersion, updateVersion } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

/**
 * Records when the governors approved a version, who approved it, and when it is next reviewed.
 * Allowed on a draft or the published version (approval often follows publication); a
 * superseded version's record stays as it was.
 */
export async function setVersionDetails(
  ctx: SchoolContext,
  input: { versionId: string } & VersionDetailsInput,
  today: string = londonToday(),
): Promise<VersionDetails> {
  requireLeader(ctx);
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found) throw notFound('That policy version');
  if (found.version.status === 'superseded') {
    throw new AppError('conflict', `Version ${found.version.versionNumber} has been replaced by a newer version, so its details can no longer be changed.`);
  }
  const result = validateVersionDetails(input, today);
  if (!result.ok) throw invalid('Some answers need correcting.', result.problems);
  const d = result.details;
  await updateVersion(ctx.tx, found.version.id, d);
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy.version-details-set',
    data: { versionId: found.version.id, ...d },
  });
  return d;
}
