// Checks one text against the school's roster and active policy. Nothing is stored: the text
// lives only in this request, and no audit event is written (it would hold the text).
import { checkText as runEngine } from '../../core/checks/engine.ts';
import type { CheckKind, Finding } from '../../core/checks/types.ts';
import { AppError } from '../../core/errors.ts';
import type { SchoolContext } from '../../platform/context.ts';
import { requireCheckAccess } from './check-access.ts';
import { getCheckContext } from './check-context-cache.ts';

/** Far longer than any social media post (Facebook's limit is 63,206 characters). */
export const MAX_TEXT_CHARS = 100_000;

export interface TextToCheck {
  kind: CheckKind;
  text: string;
  withImage?: boolean | undefined;
}

export interface TextCheckResult {
  findings: Finding[];
  /** One sentence for people and screen readers, e.g. "2 problems to fix and 1 warning." */
  summary: string;
  blocking: number;
  warnings: number;
}

export const TEXT_MESSAGES = {
  empty: 'Enter the text you want to check.',
  tooLong: `The text is too long to check: it can be at most ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters. Check it in parts.`,
};

export async function checkText(ctx: SchoolContext, input: TextToCheck): Promise<TextCheckResult> {
  requireCheckAccess(ctx.actor.roles);
  if (input.text.trim() === '') throw new AppError('invalid-input', TEXT_MESSAGES.empty, [{ field: 'text', message: TEXT_MESSAGES.empty }]);
  if (input.text.length > MAX_TEXT_CHARS) throw new AppError('too-large', TEXT_MESSAGES.tooLong, [{ field: 'text', message: TEXT_MESSAGES.tooLong }]);
  const context = await getCheckContext(ctx);
  let findings: Finding[];
  try {
    findings = runEngine({ kind: input.kind, text: input.text, withImage: input.withImage ?? false }, context).findings;
  } catch (err) {
    // Engine errors may quote the text in their message: only the kind of error goes on.
    throw new AppError('internal', `The check could not be completed (${(err as Error).name ?? 'error'}). Nothing was stored.`);
  }
  return summarise(findings);
}

export function summarise(findings: Finding[]): TextCheckResult {
  const blocking = findings.filter((f) => f.severity === 'block').length;
  const warnings = findings.length - blocking;
  const parts = [
    blocking ? `${blocking} ${blocking === 1 ? 'problem' : 'problems'} to fix` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  const summary = parts.length ? `${parts.join(' and ')}.`.replace(/^./, (c) => c.toUpperCase()) : 'No problems found.';
  return { findings, summary, blocking, warnings };
}
