import { AppError } from '../../core/errors.ts';
import { ruleById } from '../../core/rules/catalogue.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { lockPolicy } from '../policies/policy-repository.ts';
import { openDraft, type VersionRef } from './rule-set-access.ts';
import { activeSetOfPolicy, updateRuleSet } from './rules-repository.ts';

export interface ActivatedRuleSet {
  ruleSetId: string;
  revision: number;
  rules: number;
  /** The set it replaced as the policy's active rules, if any. */
  supersededRuleSetId: string | null;
}

/**
 * Makes the version's draft the rules the school's checks and workflows follow. Refused while any
 * proposal is undecided (ADR 0010: nothing is enforced that a leader has not looked at), and
 * only for the published version, so the rules are the ones staff have been asked to sign.
 */
export async function activateRuleSet(ctx: SchoolContext, input: VersionRef): Promise<ActivatedRuleSet> {
  const open = await openDraft(ctx, input);
  await lockPolicy(ctx.tx, ctx.school.id, open.policy.id);
  const { version, draft, rules } = open;
  if (version.status !== 'published') {
    throw new AppError(
      'conflict',
      version.status === 'draft'
        ? `Publish version ${version.versionNumber} first: the rules the school follows must come from the policy staff are asked to sign.`
        : `Version ${version.versionNumber} has been replaced by a newer version, so its rules cannot be made active.`,
    );
  }
  const undecided = rules.filter((r) => r.status === 'proposed');
  if (undecided.length) {
    const names = undecided.slice(0, 3).map((r) => `“${ruleById(r.ruleId)?.summary.replace(/\.$/, '') ?? r.ruleId}”`);
    const more = undecided.length > 3 ? ` and ${undecided.length - 3} more` : '';
    throw new AppError(
      'conflict',
      `${undecided.length === 1 ? '1 proposal is' : `${undecided.length} proposals are`} still undecided: ${names.join(', ')}${more}. Accept or reject each one, then activate the rule set.`,
    );
  }
  const kept = rules.filter((r) => r.status === 'accepted' || r.status === 'added');
  if (kept.length === 0) throw new AppError('conflict', 'Accept or add at least one rule before activating the rule set.');

  const now = new Date();
  const previous = await activeSetOfPolicy(ctx.tx, ctx.school.id, open.policy.id);
  if (previous) await updateRuleSet(ctx.tx, ctx.school.id, previous.id, { status: 'superseded', supersededAt: now });
  await updateRuleSet(ctx.tx, ctx.school.id, draft.id, { status: 'active', activatedBy: ctx.actor.personId, activatedAt: now });
  await recordAudit(ctx.tx, ctx.school.id, ctx.actor, {
    type: 'policy-rules.activated',
    data: { ruleSetId: draft.id, versionId: version.id, revision: draft.revision, rules: kept.map((r) => r.ruleId).sort(), superseded: previous?.id ?? null },
  });
  return { ruleSetId: draft.id, revision: draft.revision, rules: kept.length, supersededRuleSetId: previous?.id ?? null };
}
