// Things a person should know about an import: little or nothing found, or a document that
// seems not to be a social media policy, or to stop part-way.
import type { ClauseView } from '../policy-text.ts';
import type { RuleProposal } from '../proposal.ts';

/** A social media policy typically yields 15–25 rules; fewer than this suggests something else. */
export const FEW_RULES = 5;

/** Words only a policy about social media uses often ("online" and "internet" are in every policy now). */
const SOCIAL_MEDIA = /\b(?:social (?:media|network\w*)|facebook|twitter|instagram|tiktok|snapchat|whatsapp|youtube|linkedin|blog\w*)\b/i;
/** Fewer clauses than this naming social media, in a document with rules, suggests another policy that touches on it. */
const FEW_MENTIONS = 3;

const SOCIAL = /\b(?:social (?:media|network\w*)|facebook|twitter|instagram|online|internet|blog\w*)\b/i;

/** The endings of the warnings that say a document may not be a social media policy at all. */
const NOT_A_POLICY = ['so no rules could be proposed.', ': this may not be a social media policy.', ': it may not be a social media policy.', 'rather than a social media policy.', 'may not be a social media policy, or it may be incomplete.'];

/** Does this warning say the document may not be a social media policy (so a script can stop)? */
export const saysNotAPolicy = (warning: string) => NOT_A_POLICY.some((end) => warning.endsWith(end));

export function warningsFor(views: readonly ClauseView[], rules: readonly RuleProposal[]): string[] {
  const text = views.filter((v) => !v.isHeading);
  if (!text.length) return ['No text was found in the document, so no rules could be proposed.'];
  const out: string[] = [];
  if (!views.some((v) => SOCIAL.test(v.plain))) out.push('The document never mentions social media or the internet: it may not be a social media policy.');
  if (rules.length === 0) out.push('No rules were found: this may not be a social media policy.');
  else if (rules.length < FEW_RULES) out.push(`Only ${rules.length} rule${rules.length === 1 ? ' was' : 's were'} found: this may not be a social media policy, or it may be incomplete.`);
  const mentions = text.filter((v) => SOCIAL_MEDIA.test(v.plain)).length;
  if (rules.length >= FEW_RULES && mentions < FEW_MENTIONS) {
    const where = mentions === 0 ? 'not named anywhere in the document' : `named in only ${mentions} clause${mentions === 1 ? '' : 's'}`;
    out.push(`Social media is ${where}: this may be another policy (such as child protection or acceptable use) rather than a social media policy.`);
  }
  const last = text[text.length - 1]!.plain.trim();
  // Stopping on a comma or a word that cannot end a sentence ("…their families or") is a cut-off, not a list item.
  if (last.length > 40 && /(?:,|\b(?:the|a|an|and|or|of|to|with|for|in|on|by|their|your|our|its|that|which|is|are|be|from|as|at|not))$/i.test(last)) out.push(`The document seems to stop part-way through a sentence (clause ${text[text.length - 1]!.number}): check that the whole policy was uploaded.`);
  return out;
}
