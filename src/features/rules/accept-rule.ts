import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { applyChange, type RuleChange } from './decide-params.ts';
import { openDraft, ruleOfDraft, sameParams, type VersionRef } from './rule-set-access.ts';
import { updateRule } from './rules-repository.ts';

/** Accepts a proposed (or earlier rejected) rule into the draft, with its parameters as the leader set them. */
export async function acceptRule(ctx: SchoolContext, input: VersionRef & { ruleId: string } & RuleChange): Promise<void> {
  const open = await openDraft(ctx, input);
  const rule = ruleOfDraft(open, input.ruleId);
  const { params, note } = applyChange(rule, input);
  // A rule the leader added stays "added": that records that the import missed it.
  await updateRule(ctx.tx, ctx.school.id, rule.id, {
    status: rule.status === 'added' ? 'added' : 'accepted',
    params,
    note,
    decidedBy: ctx.actor.personId,
    decidedAt: new Date(),
  });
  const ruleSetId = open.draft.id;
  if (!sameParams(rule.params, params)) {
    await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy-rules.edited', data: { ruleSetId, ruleId: rule.ruleId, before: rule.params, after: params, note } });
  }
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy-rules.accepted', data: { ruleSetId, ruleId: rule.ruleId, params } });
}
