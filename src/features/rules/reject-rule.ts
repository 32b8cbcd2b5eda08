import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { openDraft, ruleOfDraft, type VersionRef } from './rule-set-access.ts';
import { updateRule } from './rules-repository.ts';

/** Leaves a rule out of the draft: the policy does not say it (or the school does not want it enforced). */
export async function rejectRule(ctx: SchoolContext, input: VersionRef & { ruleId: string }): Promise<void> {
  const open = await openDraft(ctx, input);
  const rule = ruleOfDraft(open, input.ruleId);
  await updateRule(ctx.tx, ctx.school.id, rule.id, { status: 'rejected', decidedBy: ctx.actor.personId, decidedAt: new Date() });
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy-rules.rejected', data: { ruleSetId: open.draft.id, ruleId: rule.ruleId } });
}
