import { invalid, type FieldProblem } from '../../core/errors.ts';
import { generatePolicy, nextReviewDate, type ChosenRule, type GenerateInput, type PolicyDocument } from '../../core/rules/generate-policy.ts';
import { renderPolicyText } from '../../core/rules/render-policy-text.ts';
import { validateParams } from '../../core/rules/validate-params.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { createPolicy } from '../policies/create-policy.ts';
import { getPolicy } from '../policies/get-policy.ts';
import { requireLeader } from '../policies/require-leader.ts';
import { setVersionDetails } from '../policies/set-version-details.ts';
import { uploadPolicyVersion } from '../policies/upload-policy-version.ts';
import { createRuleSet, insertRules } from './rules-repository.ts';

export type GeneratedTarget = { newPolicy: { title: string; audiences: readonly string[] } } | { policyId: string };

export interface CreatedFromRules {
  policyId: string;
  policyTitle: string;
  versionId: string;
  versionNumber: number;
  clauses: number;
  rules: number;
}

/** The clauses of the document that state each rule, as the confirm page cites them. */
export function clausesByRule(doc: PolicyDocument): Map<string, Array<{ number: string; text: string }>> {
  const out = new Map<string, Array<{ number: string; text: string }>>();
  for (const c of doc.sections.flatMap((s) => s.clauses)) {
    for (const id of c.ruleIds) out.set(id, [...(out.get(id) ?? []), { number: c.number, text: c.text }]);
  }
  return out;
}

/**
 * Saves a policy written by Parapet: as a new policy or as the next draft version of one, through
 * the same upload as a file a school brings (plain text, numbered as the clause splitter reads
 * it), with the approval details it states. The chosen rules become the version's draft rule set,
 * each added by this leader and citing the clauses that state it: once the version is published,
 * the leader activates them on the rules page like any other.
 */
export async function createGeneratedPolicy(
  ctx: SchoolContext,
  input: { target: GeneratedTarget; generate: Omit<GenerateInput, 'schoolName'> },
): Promise<CreatedFromRules> {
  requireLeader(ctx);
  const problems: FieldProblem[] = [];
  const rules: ChosenRule[] = [];
  for (const r of input.generate.rules) {
    const checked = validateParams(r.id, r.params ?? {});
    if (checked.ok) rules.push({ id: r.id, params: checked.params });
    else problems.push(...checked.problems.map((p) => ({ field: `${r.id}-${p.field}`, message: p.message })));
  }
  if (problems.length) throw invalid('Some settings need correcting. Nothing was saved.', problems);

  const policy = 'newPolicy' in input.target ? await createPolicy(ctx, input.target.newPolicy) : (await getPolicy(ctx, { policyId: input.target.policyId })).policy;
  const doc = generatePolicy({ ...input.generate, rules, schoolName: ctx.school.name, title: input.generate.title || policy.title });
  const filename = `${doc.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'policy'}.txt`;
  const version = await uploadPolicyVersion(ctx, { policyId: policy.id, filename, bytes: Buffer.from(renderPolicyText(doc), 'utf8') });

  const approval = rules.find((r) => r.id === 'governor-approval')?.params ?? {};
  const review = rules.find((r) => r.id === 'review-period')?.params ?? {};
  await setVersionDetails(
    ctx,
    {
      versionId: version.versionId,
      approvedOn: typeof approval.approvedOn === 'string' ? approval.approvedOn : null,
      approvedBy: typeof approval.approvedBy === 'string' && approval.approvedBy ? approval.approvedBy : null,
      reviewPeriodMonths: typeof review.months === 'number' ? review.months : null,
      nextReviewOn: nextReviewDate(rules),
    },
    input.generate.issuedOn,
  );

  const cited = clausesByRule(doc);
  const chosen = rules.filter((r) => cited.has(r.id));
  const set = await createRuleSet(ctx.tx, {
    schoolId: ctx.school.id,
    policyId: policy.id,
    versionId: version.versionId,
    origin: 'manual',
    createdBy: ctx.actor.personId,
  });
  const now = new Date();
  await insertRules(
    ctx.tx,
    chosen.map((r) => ({
      schoolId: ctx.school.id,
      ruleSetId: set.id,
      ruleId: r.id,
      status: 'added' as const,
      params: r.params ?? {},
      confidence: null,
      clauses: cited.get(r.id)!,
      why: 'Chosen when the policy was written with Parapet.',
      decidedBy: ctx.actor.personId,
      decidedAt: now,
    })),
  );
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.proposed',
    data: { ruleSetId: set.id, versionId: version.versionId, revision: set.revision, origin: 'manual', rules: chosen.map((r) => r.id) },
  });
  return {
    policyId: policy.id,
    policyTitle: policy.title,
    versionId: version.versionId,
    versionNumber: version.versionNumber,
    clauses: version.clauses,
    rules: chosen.length,
  };
}
