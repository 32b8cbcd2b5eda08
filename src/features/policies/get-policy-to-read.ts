import { notFound } from '../../core/errors.ts';
import { acknowledgementKindFor, STATEMENTS, type AcknowledgementKind } from '../../core/policy/acknowledgement.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { clausesOf, findAcknowledgement, findVersion, publishedVersionOf, type ClauseRow, type PolicyRow, type VersionRow } from './policy-repository.ts';

export interface PolicyToRead {
  policy: PolicyRow;
  version: VersionRow;
  clauses: ClauseRow[];
  /** What this person is asked to record; null when the policy is not addressed to their roles. */
  kind: AcknowledgementKind | null;
  statement: string | null;
  /** When they acknowledged this version, if they have. */
  acknowledgedAt: Date | null;
  /** For a superseded version: the version to read instead. */
  currentVersionId: string | null;
}

/** Anyone in the school: a published (or since superseded) version to read, and their own sign-off. Drafts are not shown. */
export async function getPolicyToRead(ctx: SchoolContext, input: { versionId: string }): Promise<PolicyToRead> {
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found || found.version.status === 'draft') throw notFound('That policy');
  const { policy, version } = found;
  const kind = acknowledgementKindFor(ctx.actor.roles, policy.audiences);
  const clauses = await clausesOf(ctx.tx, version.id);
  const ack = await findAcknowledgement(ctx.tx, version.id, ctx.actor.personId);
  const current = version.status === 'superseded' ? await publishedVersionOf(ctx.tx, policy.id) : undefined;
  const counts = ack && kind && (ack.kind === kind || ack.kind === 'signed');
  return {
    policy,
    version,
    clauses,
    kind,
    statement: kind ? STATEMENTS[kind] : null,
    acknowledgedAt: counts ? ack.signedAt : null,
    currentVersionId: current?.id ?? null,
  };
}
