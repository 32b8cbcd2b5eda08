import { londonToday } from '../../core/dates.ts';
import { acknowledgementStatus } from '../../core/policy/acknowledgement.ts';
import { reviewStatus, type ReviewStatus } from '../../core/policy/review-status.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { acknowledgementsOfPolicies, listPolicies as policiesOf, schoolMembers, versionsOf, type VersionSummary } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface PolicyListItem {
  id: string;
  title: string;
  audiences: string[];
  /** The published version people read and sign; null until one is published. */
  current: VersionSummary | null;
  /** The newest draft, when there is one newer than the published version. */
  draft: VersionSummary | null;
  /** The published version's review state (the draft's, before anything is published). */
  review: ReviewStatus;
  /** Whether the version it is about has a governors' approval date. */
  approved: boolean;
  /** Signatures on the published version, of those asked to sign it. */
  signOff: { signed: number; total: number } | null;
  /** Who signs, in a word: "staff" when only staff are asked, otherwise "people". */
  signers: 'staff' | 'people';
}

/** The school's policy library: each policy, its current version, review state and sign-off. */
export async function listPolicies(ctx: SchoolContext, today: string = londonToday()): Promise<PolicyListItem[]> {
  requireLeader(ctx);
  const policies = await policiesOf(ctx.tx, ctx.school.id);
  const ids = policies.map((p) => p.id);
  const versions = await versionsOf(ctx.tx, ctx.school.id, ids);
  const acks = await acknowledgementsOfPolicies(ctx.tx, ctx.school.id, ids);
  const members = await schoolMembers(ctx.tx, ctx.school.id);
  return policies.map((p) => {
    const mine = versions.filter((v) => v.policyId === p.id); // newest first
    const current = mine.find((v) => v.status === 'published') ?? null;
    const draft = mine.find((v) => v.status === 'draft' && (!current || v.versionNumber > current.versionNumber)) ?? null;
    const about = current ?? draft;
    const status = current
      ? acknowledgementStatus(members, acks.filter((a) => a.policyId === p.id), { id: current.id, audiences: p.audiences })
      : null;
    return {
      id: p.id,
      title: p.title,
      audiences: p.audiences,
      current,
      draft,
      review: reviewStatus(about ?? { approvedOn: null, reviewPeriodMonths: null, nextReviewOn: null }, today),
      approved: Boolean(about?.approvedOn),
      signOff: status ? { signed: status.signed, total: status.total } : null,
      signers: p.audiences.some((a) => ['volunteers', 'governors', 'contractors'].includes(a)) ? 'people' : 'staff',
    };
  });
}
