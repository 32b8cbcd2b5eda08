// What every rule-set use case starts with: a leader, a version of this school's policy (the
// policy id in the address must be its own), and for changes the version's draft, locked.
import { AppError, notFound } from '../../core/errors.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { findVersion } from '../policies/policy-repository.ts';
import { requireLeader } from '../policies/require-leader.ts';
import { lockDraftOfVersion, rulesOf, type RuleRow, type RuleSetRow } from './rules-repository.ts';

export interface VersionRef {
  policyId: string;
  versionId: string;
}

export async function leaderVersion(ctx: SchoolContext, input: VersionRef) {
  requireLeader(ctx);
  const found = await findVersion(ctx.tx, ctx.school.id, input.versionId);
  if (!found || found.policy.id !== input.policyId) throw notFound('That policy version');
  return found;
}

export interface OpenDraft {
  policy: Awaited<ReturnType<typeof leaderVersion>>['policy'];
  version: Awaited<ReturnType<typeof leaderVersion>>['version'];
  draft: RuleSetRow;
  rules: RuleRow[];
}

/** The version's draft and its rules, locked until the transaction ends. */
export async function openDraft(ctx: SchoolContext, input: VersionRef): Promise<OpenDraft> {
  const { policy, version } = await leaderVersion(ctx, input);
  const draft = await lockDraftOfVersion(ctx.tx, ctx.school.id, version.id);
  if (!draft) {
    throw new AppError('conflict', 'There is no draft rule set for this version to change. Propose rules from the policy, or start a new revision of the active rules.');
  }
  return { policy, version, draft, rules: await rulesOf(ctx.tx, ctx.school.id, [draft.id]) };
}

/** One rule of the draft, by its catalogue id. */
export function ruleOfDraft(open: OpenDraft, ruleId: string): RuleRow {
  const rule = open.rules.find((r) => r.ruleId === ruleId);
  if (!rule) throw notFound('That rule');
  return rule;
}

const canonical = (v: unknown): string => JSON.stringify(v, (_k, val: unknown) =>
  val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b))) : val,
);
export const sameParams = (a: Record<string, unknown>, b: Record<string, unknown>) => canonical(a) === canonical(b);
