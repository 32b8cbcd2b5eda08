// Findings as the pages show them: numbered, labelled in words (not colour alone), with the
// rule's summary and the policy clause; and the text cut into plain and highlighted pieces.
import type { Finding } from '../../core/checks/types.ts';
import { ruleById } from '../../core/rules/catalogue.ts';

export const CATEGORY_LABELS: Record<Finding['category'], string> = {
  'pupil-name': "Pupil's name",
  'staff-name': "Staff member's name",
  'parent-name': "Parent's name",
  phone: 'Phone number',
  email: 'Email address',
  postcode: 'Postcode',
  'street-address': 'Street address',
  'date-of-birth': 'Date of birth',
  profanity: 'Swearing',
  abuse: 'Abuse or insult',
  threat: 'Threat',
  hate: 'Hate',
  sexual: 'Sexual content',
  allegation: 'Allegation',
  'school-identity': 'Names the school',
  'unsafe-link': 'Unsafe link',
  'personal-contact': 'Private contact',
  complaint: 'Complaint for the complaints procedure',
  solicitation: 'Solicitation',
};

export interface PresentedFinding extends Finding {
  number: number;
  label: string;
  severityLabel: string;
  ruleSummary: string;
}

export interface TextPiece {
  text: string;
  /** The finding highlighted by this piece, if any. */
  finding?: PresentedFinding;
}

export function presentFindings(findings: readonly Finding[]): PresentedFinding[] {
  return [...findings]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((f, i) => ({
      ...f,
      number: i + 1,
      label: CATEGORY_LABELS[f.category] ?? f.category,
      severityLabel: f.severity === 'block' ? 'Must fix' : 'Warning',
      ruleSummary: ruleById(f.rule)?.summary ?? f.rule,
    }));
}

/**
 * Plain and highlighted pieces of the text. Marks never nest: a finding inside one already marked
 * is listed only, and one that overlaps it is marked from where the earlier one ends.
 */
export function highlightPieces(text: string, findings: readonly PresentedFinding[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.end <= at || f.end > text.length) continue;
    const start = Math.max(f.start, at);
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
