import type { VersionDetailsInput } from '../../core/policy/version-details.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { createPolicy } from './create-policy.ts';
import { publishPolicyVersion, type PublishedVersion } from './publish-policy-version.ts';
import { setVersionDetails } from './set-version-details.ts';
import { uploadPolicyVersion } from './upload-policy-version.ts';

export interface ImportPolicyInput {
  title: string;
  audiences: readonly string[];
  /** The document: plain text, .docx or .pdf, as it would be uploaded. */
  filename: string;
  bytes: Uint8Array;
  /** The governors' approval and review dates, if known. */
  details?: Partial<VersionDetailsInput>;
}

/**
 * Adds a policy and publishes its first version in one go, as a leader would through the pages
 * (create, upload, record approval, publish), e.g. for the demo schools. Run it in one
 * transaction; call `queuePolicyReminders` after it commits if people should be e-mailed.
 */
export async function importPublishedPolicy(ctx: SchoolContext, input: ImportPolicyInput): Promise<PublishedVersion & { clauses: number }> {
  const policy = await createPolicy(ctx, { title: input.title, audiences: input.audiences });
  const uploaded = await uploadPolicyVersion(ctx, { policyId: policy.id, filename: input.filename, bytes: input.bytes });
  if (input.details) {
    await setVersionDetails(ctx, {
      versionId: uploaded.versionId,
      approvedOn: input.details.approvedOn ?? null,
      approvedBy: input.details.approvedBy ?? null,
      reviewPeriodMonths: input.details.reviewPeriodMonths ?? null,
      nextReviewOn: input.details.nextReviewOn ?? null,
    });
  }
  const published = await publishPolicyVersion(ctx, { versionId: uploaded.versionId });
  return { ...published, clauses: uploaded.clauses };
}
