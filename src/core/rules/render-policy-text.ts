// A generated policy as plain text, numbered as Parapet's clause splitter reads it back: this is
// what "Create as a new policy" uploads, so the new version's clauses carry the same numbers. The
// cover's facts are stated in the approval and review section, and signing happens in Parapet, so
// neither the cover table nor the paper sign-off sheet is repeated here.
import { splitClauses } from '../policy/split-clauses.ts';
import type { PolicyDocument } from './generate-policy.ts';

function body(doc: PolicyDocument): string[] {
  const out: string[] = [];
  for (const s of doc.sections) {
    out.push(`${s.number}. ${s.heading}`, '');
    for (const c of s.clauses) out.push(`${c.number} ${c.text}`, '');
  }
  return out;
}

/** Does the splitter read back every section and clause with the document's own number? */
function readsBack(text: string, doc: PolicyDocument): boolean {
  const numbered = splitClauses(text).filter((c) => c.number);
  const expected = doc.sections.flatMap((s) => [{ number: s.number, text: s.heading }, ...s.clauses.map((c) => ({ number: c.number, text: c.text }))]);
  return numbered.length === expected.length && numbered.every((c, i) => c.number === expected[i]!.number && c.text === expected[i]!.text);
}

export function renderPolicyText(doc: PolicyDocument): string {
  const lines = body(doc);
  // The school's name and the title head the text when the splitter takes them for title lines;
  // a name it reads as a sentence ("Oakfield School 1920", "St Mary's (VA)…") would take the
  // number 1 and shift every clause, so the header is shortened until the numbers hold.
  const headers = [[doc.schoolName, doc.title], [doc.title], []];
  for (const header of headers) {
    const text = `${[...header, ...(header.length ? [''] : []), ...lines].join('\n').trimEnd()}\n`;
    if (readsBack(text, doc) || header.length === 0) return text;
  }
  throw new Error('unreachable');
}
