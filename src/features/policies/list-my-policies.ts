import { acknowledgementKindFor, STATEMENTS, type AcknowledgementKind } from '../../core/policy/acknowledgement.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { acknowledgementsOfPolicies, publishedVersions } from './policy-repository.ts';

export interface MyPolicy {
  policyId: string;
  title: string;
  versionId: string;
  versionNumber: number;
  publishedAt: Date | null;
  /** What they are asked to record: a signature, or that they will comply. */
  kind: AcknowledgementKind;
  statement: string;
  /** When they acknowledged this version; null if they have not yet. */
  acknowledgedAt: Date | null;
}

/** The published policies addressed to the signed-in person's roles, and whether they have signed each. */
export async function listMyPolicies(ctx: SchoolContext): Promise<MyPolicy[]> {
  const published = await publishedVersions(ctx.tx, ctx.school.id);
  const acks = await acknowledgementsOfPolicies(ctx.tx, ctx.school.id, published.map((p) => p.policy.id), ctx.actor.personId);
  const out: MyPolicy[] = [];
  for (const { policy, version } of published) {
    const kind = acknowledgementKindFor(ctx.actor.roles, policy.audiences);
    if (!kind) continue;
    // A "will comply" recorded as a parent does not stand for a signature they now owe as staff.
    const ack = acks.find((a) => a.versionId === version.id && (a.kind === kind || a.kind === 'signed'));
    out.push({
      policyId: policy.id,
      title: policy.title,
      versionId: version.id,
      versionNumber: version.versionNumber,
      publishedAt: version.publishedAt,
      kind,
      statement: STATEMENTS[kind],
      acknowledgedAt: ack?.signedAt ?? null,
    });
  }
  return out;
}
