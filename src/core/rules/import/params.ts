// Helpers for reading a rule's parameters from the clauses that back it.
import type { Evidence } from '../proposal.ts';
import type { ClauseView } from '../policy-text.ts';
import type { Hit, ParamFinding } from './engine.ts';
import { roleAfter, rolesIn } from './roles.ts';

export const noParams = (): ParamFinding => ({ params: {}, paramEvidence: {} });

export const evidenceAt = (view: ClauseView, phrase: string, reading: string): Evidence => ({ clause: view.number, phrase, reading });

/**
 * The role a rule names after a trigger ("approved by the Headteacher", "reported to the DSL"),
 * looked for in each hit's sentence, then its whole clause.
 */
export function roleParam(hits: readonly Hit[], name: string, trigger: RegExp, reading: string): ParamFinding {
  const owner = possessiveRole(hits, name, reading);
  if (owner.params[name]) return owner;
  for (const scope of ['sentence', 'clause'] as const) {
    for (const h of hits) {
      const text = scope === 'sentence' ? h.text : h.view.plain;
      const offset = scope === 'sentence' ? h.offset : 0;
      const role = roleAfter(text, trigger);
      if (role) {
        const phrase = h.view.text.slice(offset + role.index, offset + role.index + role.text.length);
        return { params: { [name]: role.role }, paramEvidence: { [name]: evidenceAt(h.view, phrase, reading) } };
      }
    }
  }
  return noParams();
}

/** "the Headteacher's written permission": a role owning the approval, named before it. */
const POSSESSIVE_APPROVAL = /['’]s? (?:prior |written |express |explicit )*(?:permission|consent|approval|agreement|authori[sz]ation)\b/i;

export function possessiveRole(hits: readonly Hit[], name: string, reading: string): ParamFinding {
  for (const h of hits) {
    const m = POSSESSIVE_APPROVAL.exec(h.text);
    if (!m) continue;
    const role = rolesIn(h.text.slice(Math.max(0, m.index - 60), m.index + 1)).pop();
    if (role) return { params: { [name]: role.role }, paramEvidence: { [name]: evidenceAt(h.view, role.text, reading) } };
  }
  return noParams();
}

/** The first role named anywhere in the hits' sentences. */
export function firstRole(hits: readonly Hit[], name: string, reading: string): ParamFinding {
  for (const h of hits) {
    const role = rolesIn(h.text)[0];
    if (role) {
      const phrase = h.view.text.slice(h.offset + role.index, h.offset + role.index + role.text.length);
      return { params: { [name]: role.role }, paramEvidence: { [name]: evidenceAt(h.view, phrase, reading) } };
    }
  }
  return noParams();
}

export function merge(...findings: ParamFinding[]): ParamFinding {
  return {
    params: Object.assign({}, ...findings.map((f) => f.params)),
    paramEvidence: Object.assign({}, ...findings.map((f) => f.paramEvidence)),
  };
}

/** The first hit whose sentence matches `re`, with the matched words, for a parameter's evidence. */
export function findIn(hits: readonly Hit[], re: RegExp): { hit: Hit; phrase: string; match: RegExpExecArray } | null {
  for (const h of hits) {
    const m = re.exec(h.text);
    if (m) return { hit: h, match: m, phrase: h.view.text.slice(h.offset + m.index, h.offset + m.index + m[0].length) };
  }
  return null;
}
