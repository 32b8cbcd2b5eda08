// The ladder of steps a policy gives for a parent's inappropriate post: each step found in the
// passage that describes it, in the order the policy gives them.
import { PARENT_POST_STEPS } from '../catalogue.ts';
import type { Evidence } from '../proposal.ts';
import type { ClauseView } from '../policy-text.ts';
import { quoteOf, type Detection } from './engine.ts';
import type { ParamFinding } from './engine.ts';

type Step = (typeof PARENT_POST_STEPS)[number];

const STEP_PATTERNS: Record<Step, RegExp> = {
  'report-to-platform': /'?report abuse'?|\breport(?:ed)? (?:it |them |the (?:post|comments?|content) )?to (?:the )?(?:appropriate )?(?:site|platform|provider|host|network|social (?:media|networking) (?:site|company|provider)|facebook)\b|\bcontact (?:the )?(?:host|provider|platform)\b/i,
  'request-removal': /\b(?:ask(?:ed)?|request(?:ed|ing)?|expect\w*)\b[^.;]{0,60}\b(?:remov\w+|tak(?:e|en) (?:it |them )?down|delet\w+)\b|\bremoves? such (?:comments|posts)\b/i,
  'meeting-with-head':
    /\b(?:meeting|meet|speak|talk)(?:ing)? (?:with )?(?:the )?(?:head ?teacher|principal|head|senior|a member of (?:the )?(?:senior|leadership))\b|\b(?:come|coming) into school\b|\bdiscuss (?:it|this|the (?:matter|post|issue|comments?)) with (?:the )?(?:head ?teacher|principal|head)\b|\battend a meeting\b|\bcome in(?:to school)? to (?:discuss|talk|meet)\b|\binvited (?:in|to (?:a )?meeting)\b/i,
  'written-warning': /\b(?:written|formal) warning\b|\bin writing\b[^.;]{0,40}\bwarning\b|\bwarning letter\b|\bletter (?:from|of) warning\b/i,
  'legal-advice': /\blegal (?:advice|action)\b|\bsolicitors?\b/i,
  police: /\bpolice\b/i,
  'block-from-school-forums': /\bblock(?:ed|ing)?\b|\brestrict\w* (?:\w+ ){0,3}access\b|\bban(?:ned)? from\b/i,
};

const PARENT_POST = /\b(?:parents?|carers?|you)\b[^.;]{0,160}\b(?:post\w*|comments?|content|material)\b|\b(?:post\w*|comments?)\b[^.;]{0,80}\bparents?\b/i;

/** A run of clauses (gaps of at most two) in which the steps are found. */
interface Passage {
  steps: Array<{ step: Step; view: ClauseView; phrase: string; at: number }>;
  views: ClauseView[];
}

export function detectEscalation(views: readonly ClauseView[]): { detection: Detection; params: ParamFinding } | null {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  let gap = 0;
  for (const view of views) {
    if (view.isHeading) continue;
    const found: Passage['steps'] = [];
    for (const step of PARENT_POST_STEPS) {
      const m = STEP_PATTERNS[step].exec(view.plain);
      if (m) found.push({ step, view, phrase: view.text.slice(m.index, m.index + m[0].length), at: view.index * 10000 + m.index });
    }
    if (found.length) {
      if (!current || gap > 2) {
        current = { steps: [], views: [] };
        passages.push(current);
      }
      current.steps.push(...found);
      current.views.push(view);
      gap = 0;
    } else gap++;
  }
  let best: { passage: Passage; order: Passage['steps'] } | null = null;
  for (const passage of passages) {
    // The passage, or the two clauses before it, must be about a parent's post.
    const first = passage.views[0]!.index;
    const context = [...views.slice(Math.max(0, first - 2), first), ...passage.views];
    if (!context.some((v) => PARENT_POST.test(v.plain))) continue;
    const seen = new Set<Step>();
    const order = passage.steps.sort((a, b) => a.at - b.at).filter((s) => (seen.has(s.step) ? false : (seen.add(s.step), true)));
    if (order.length >= 3 && (!best || order.length > best.order.length)) best = { passage, order };
  }
  if (!best) return null;
  const evidence: Evidence[] = best.order.map((s) => ({ clause: s.view.number, phrase: s.phrase, reading: `step: ${s.step}` }));
  const confidence = Math.min(0.95, 0.5 + 0.08 * best.order.length);
  const cited = [...new Set(best.order.map((s) => s.view))].slice(0, 3);
  return {
    detection: { id: 'parent-post-escalation', confidence, clauses: cited.map(quoteOf), evidence, hits: [] },
    params: {
      params: { steps: best.order.map((s) => s.step) },
      paramEvidence: { steps: { clause: best.order[0]!.view.number, phrase: best.order.map((s) => s.phrase).join(' → '), reading: 'the steps, in the order the policy gives them' } },
    },
  };
}
