import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { openDraft, type VersionRef } from './rule-set-access.ts';
import { updateRule } from './rules-repository.ts';

/**
 * Accepts every proposal still undecided, with its settings as proposed: for a leader who has
 * read them and rejected or corrected the ones that were wrong. Each is audited as accepted.
 */
export async function acceptRemainingRules(ctx: SchoolContext, input: VersionRef): Promise<{ accepted: number }> {
  const open = await openDraft(ctx, input);
  const undecided = open.rules.filter((r) => r.status === 'proposed');
  const decidedAt = new Date();
  for (const rule of undecided) {
    await updateRule(ctx.tx, ctx.school.id, rule.id, { status: 'accepted', decidedBy: ctx.actor.personId, decidedAt });
    await recordAudit(ctx.tx, ctx.school.id, ctx.actor, { type: 'policy-rules.accepted', data: { ruleSetId: open.draft.id, ruleId: rule.ruleId, params: rule.params } });
  }
  return { accepted: undecided.length };
}
