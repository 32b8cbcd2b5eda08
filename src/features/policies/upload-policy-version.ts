import { createHash } from 'node:crypto';
import { invalid, notFound } from '../../core/errors.ts';
import { splitClauses, type Clause } from '../../core/policy/split-clauses.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { extractPolicyText, type ExtractedPolicy } from './extract-text.ts';
import { storeFile } from '../../platform/files/file-repository.ts';
import { insertClauses, insertVersion, lastVersionNumber, lockPolicy } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface PolicyUpload {
  filename: string;
  bytes: Uint8Array;
}

export interface ReadPolicy extends ExtractedPolicy {
  sha256: string;
  clauses: Clause[];
}

/**
 * Reads an upload's text and splits it into clauses, without touching the database: a file
 * that cannot be read is refused before anything is saved.
 */
export async function readPolicyUpload(upload: PolicyUpload): Promise<ReadPolicy> {
  const extracted = await extractPolicyText(upload.filename, upload.bytes);
  const clauses = splitClauses(extracted.text);
  if (!clauses.some((c) => !c.isHeading)) {
    throw invalid('No policy text could be found in the document, only headings. Nothing was saved. Check you chose the policy itself.');
  }
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return { ...extracted, sha256, clauses };
}

/** Short, printable file name for display; the bytes are kept under their hash. */
const cleanFilename = (name: string) => name.replace(/[\\/]/g, '_').replace(/[^\P{C}]/gu, '').trim().slice(0, 200) || 'policy';

/**
 * Adds a new draft version to a policy from an uploaded file: keeps the file, its text and its
 * clauses, numbered one after the policy's last version.
 */
export async function uploadPolicyVersion(
  ctx: SchoolContext,
  input: { policyId: string } & PolicyUpload,
): Promise<{ versionId: string; versionNumber: number; clauses: number }> {
  requireLeader(ctx);
  const read = await readPolicyUpload(input);
  const policy = await lockPolicy(ctx.tx, ctx.school.id, input.policyId);
  if (!policy) throw notFound('That policy');
  await storeFile(ctx.tx, { schoolId: ctx.school.id, sha256: read.sha256, mediaType: read.mediaType, bytes: Buffer.from(input.bytes) });
  const versionNumber = (await lastVersionNumber(ctx.tx, policy.id)) + 1;
  const version = await insertVersion(ctx.tx, {
    schoolId: ctx.school.id,
    policyId: policy.id,
    versionNumber,
    status: 'draft',
    sourceFilename: cleanFilename(input.filename),
    sourceFormat: read.format,
    sourceSha256: read.sha256,
    text: read.text,
    createdBy: ctx.actor.personId,
  });
  await insertClauses(ctx.tx, ctx.school.id, version.id, read.clauses);
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy.version-uploaded',
    data: { policyId: policy.id, versionId: version.id, versionNumber, sha256: read.sha256, clauses: read.clauses.length },
  });
  return { versionId: version.id, versionNumber, clauses: read.clauses.length };
}
