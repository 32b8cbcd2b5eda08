import { AUDIENCES, isAudience } from '../../core/policy/audiences.ts';
import { invalid, type FieldProblem } from '../../core/errors.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { insertPolicy } from './policy-repository.ts';
import { requireLeader } from './require-leader.ts';

export interface CreatePolicyInput {
  title: string;
  /** Some of: staff, volunteers, governors, contractors, parents, visitors. */
  audiences: readonly string[];
}

export const MAX_TITLE_LENGTH = 200;

/** Checks a new policy's title and audiences; returns one problem per field that needs correcting. */
export function policyProblems(input: CreatePolicyInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = input.title.trim();
  if (!title) problems.push({ field: 'title', message: 'Enter the policy’s title, like "Social media policy"' });
  else if (title.length > MAX_TITLE_LENGTH) problems.push({ field: 'title', message: `The title must be ${MAX_TITLE_LENGTH} characters or fewer` });
  if (input.audiences.length === 0) problems.push({ field: 'audiences', message: 'Choose who the policy is for' });
  else if (!input.audiences.every(isAudience)) problems.push({ field: 'audiences', message: `Choose from: ${AUDIENCES.join(', ')}` });
  return problems;
}

/** Adds a policy to the school's library. Its text arrives with its first version. */
export async function createPolicy(ctx: SchoolContext, input: CreatePolicyInput): Promise<{ id: string; title: string }> {
  requireLeader(ctx);
  const problems = policyProblems(input);
  if (problems.length) throw invalid('Some answers need correcting.', problems);
  const audiences = AUDIENCES.filter((a) => input.audiences.includes(a)); // canonical order, no repeats
  const policy = await insertPolicy(ctx.tx, { schoolId: ctx.school.id, title: input.title.trim(), audiences });
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy.created', data: { policyId: policy.id, title: policy.title } });
  return { id: policy.id, title: policy.title };
}
