import { AppError, forbidden, invalid, notFound } from '../../core/errors.ts';
import { acknowledgementKindFor, STATEMENTS, type AcknowledgementKind } from '../../core/policy/acknowledgement.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { findAcknowledgement, findVersion, insertAcknowledgement, upgradeAcknowledgement } from './policy-repository.ts';

export interface Acknowledged {
  kind: AcknowledgementKind;
  statement: string;
  signedAt: Date;
  /** False when they had already acknowledged this version (nothing new was recorded). */
  recorded: boolean;
}

/**
 * The signed-in person signs (or, as a parent, agrees to comply with) the published version of a
 * policy, in the words their role calls for. Signing twice records nothing new; a newer version
 * must be signed afresh.
 */
export async function acknowledgePolicy(ctx: SchoolContext, input: { versionId: string; confirmed: boolean }): Promise<Acknowledged> {
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found || found.version.status === 'draft') throw notFound('That policy');
  const { version, policy } = found;
  if (version.status === 'superseded') {
    throw new AppError('conflict', `A newer version of ${policy.title} has been published. Read the new version and sign that instead. Nothing was recorded.`);
  }
  const kind = acknowledgementKindFor(ctx.actor.roles, policy.audiences);
  if (!kind) throw forbidden(`${policy.title} is not addressed to your role in this school, so there is nothing for you to sign.`);

  const existing = await findAcknowledgement(ctx.tx, version.id, ctx.actor.personId);
  if (existing && (existing.kind === kind || existing.kind === 'signed')) {
    return { kind: existing.kind, statement: existing.statement, signedAt: existing.signedAt, recorded: false };
  }
  if (!input.confirmed) {
    throw invalid('Some answers need correcting.', [{ field: 'confirm', message: `Tick the box to confirm: ${STATEMENTS[kind]}` }]);
  }
  const values = {
    kind,
    statement: STATEMENTS[kind],
    signedAt: new Date(),
    ip: ctx.actor.ip,
    userAgent: ctx.actor.userAgent,
  };
  // A parent who has since joined the staff signs over their earlier "will comply".
  const { row, inserted } = existing
    ? { row: await upgradeAcknowledgement(ctx.tx, existing.id, values), inserted: true }
    : await insertAcknowledgement(ctx.tx, { ...values, schoolId: ctx.school.id, versionId: version.id, personId: ctx.actor.personId });
  if (!inserted) return { kind: row.kind, statement: row.statement, signedAt: row.signedAt, recorded: false };
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy.acknowledged',
    data: { versionId: version.id, personId: ctx.actor.personId, kind },
  });
  return { kind: row.kind, statement: row.statement, signedAt: row.signedAt, recorded: true };
}
