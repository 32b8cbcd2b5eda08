// Who a policy is addressed to, read from its scope sentences ("This policy applies to…",
// "Staff and volunteers are asked to sign…"), its title and its part headings ("Policy – Parents").
import { AUDIENCES, type Audience } from '../../policy/audiences.ts';
import type { ClauseView } from '../policy-text.ts';

const SCOPE =
  /\baudiences?\s*:|\b(?:(?:implemented|followed) by|(?:explains|sets out|describes) how|appl(?:y|ies) to|covers?|(?:expected|required) (?:of|from|to (?:follow|comply|adhere))|(?:are|is) (?:asked|expected|requested|required) to|asked to (?:sign|comply|follow|read|adhere)|addressed to|is for|intended for|written for|refers? to|code of conduct (?:that )?we expect of|must (?:comply|adhere)|everyone.{0,10}refers to)\b/i;

const AUDIENCE_WORDS: Record<Audience, RegExp> = {
  staff: /\b(?:staff|employees?|teachers?|members of staff|school representatives|workforce)\b/i,
  volunteers: /\b(?:volunteers?|voluntary capacity)\b/i,
  governors: /\bgovernors?\b|\bgoverning (?:body|bodies|board)\b/i,
  contractors: /\b(?:contractors?|third parties|third-party|agency workers?)\b/i,
  parents: /\b(?:parents?|carers?|parental use)\b/i,
  visitors: /\bvisitors?\b/i,
};

const PART_FOR_PARENTS = /(?:\bof parents(?: and carers)?$|[–—-]\s*parents\b|\bfor parents\b|\bparental use\b|\bparents(?: and carers)?:?$|\bby parents\b)/i;
const PART_FOR_STAFF = /(?:\bof staff$|[–—-]\s*staff\b|\bfor staff\b|^staff\b)/i;

export function audiencesOf(views: readonly ClauseView[], title: string | null): Audience[] {
  const found = new Set<Audience>();
  const addFrom = (text: string, only?: readonly Audience[]) => {
    for (const a of only ?? AUDIENCES) if (AUDIENCE_WORDS[a].test(text)) found.add(a);
  };
  if (title) {
    if (PART_FOR_PARENTS.test(title)) found.add('parents');
    if (/\bstaff\b/i.test(title)) found.add('staff');
  }
  for (const view of views) {
    if (view.isHeading) {
      if (PART_FOR_PARENTS.test(view.text)) found.add('parents');
      if (PART_FOR_STAFF.test(view.text) && view.text.length < 60) found.add('staff');
      continue;
    }
    for (const s of view.sentences) {
      if (PART_FOR_PARENTS.test(s.text) && /\b(?:sets out|this (?:document|policy|guide))\b/i.test(s.text)) found.add('parents');
      const scope = SCOPE.exec(s.text);
      if (!scope) continue;
      // The people named around the scope words, not the whole of a long sentence.
      addFrom(s.text.slice(Math.max(0, scope.index - 60), scope.index + scope[0].length + 200));
    }
  }
  if (!found.size) found.add('staff');
  return AUDIENCES.filter((a) => found.has(a));
}
