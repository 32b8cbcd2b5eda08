// A generated policy as plain text, numbered as Parapet's clause splitter reads it back: this is
// what "Create as a new policy" uploads, so the new version's clauses carry the same numbers. The
// cover's facts are stated in the approval and review section, and signing happens in Parapet, so
// neither the cover table nor the paper sign-off sheet is repeated here.
import type { PolicyDocument } from './generate-policy.ts';

export function renderPolicyText(doc: PolicyDocument): string {
  const out: string[] = [doc.schoolName, doc.title, ''];
  for (const s of doc.sections) {
    out.push(`${s.number}. ${s.heading}`, '');
    for (const c of s.clauses) out.push(`${c.number} ${c.text}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
