import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { applyChange, type RuleChange } from './decide-params.ts';
import { openDraft, ruleOfDraft, sameParams, type VersionRef } from './rule-set-access.ts';
import { updateRule } from './rules-repository.ts';

/** Changes the parameters (and note) of a rule already accepted or added; its decision stands. */
export async function editRule(ctx: SchoolContext, input: VersionRef & { ruleId: string } & RuleChange): Promise<{ changed: boolean }> {
  const open = await openDraft(ctx, input);
  const rule = ruleOfDraft(open, input.ruleId);
  if (rule.status !== 'accepted' && rule.status !== 'added') {
    throw new AppError('conflict', 'Accept this rule first: only accepted rules have settings to change.');
  }
  const { params, note } = applyChange(rule, input);
  const changed = !sameParams(rule.params, params) || note !== rule.note;
  if (!changed) return { changed };
  await updateRule(ctx.tx, ctx.school.id, rule.id, { params, note, decidedBy: ctx.actor.personId, decidedAt: new Date() });
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.edited',
    data: { ruleSetId: open.draft.id, ruleId: rule.ruleId, before: rule.params, after: params, note },
  });
  return { changed };
}
