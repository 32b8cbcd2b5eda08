import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/checks/types.ts';
import { highlightPieces, presentFindings } from './present-findings.ts';

const finding = (start: number, end: number, text: string, severity: Finding['severity'] = 'block'): Finding => ({
  category: 'pupil-name',
  rule: 'pupil-not-identified',
  start,
  end,
  text,
  severity,
  confidence: 0.9,
  reason: 'This names a pupil.',
});

describe('presentFindings and highlightPieces', () => {
  it('numbers findings in text order and labels them in words', () => {
    const [a, b] = presentFindings([finding(10, 15, 'Smith', 'warn'), finding(0, 6, 'Amelia')]);
    expect([a!.number, a!.text, a!.severityLabel, a!.label]).toEqual([1, 'Amelia', 'Must fix', "Pupil's name"]);
    expect([b!.number, b!.severityLabel]).toEqual([2, 'Warning']);
    expect(a!.ruleSummary).not.toBe('pupil-not-identified');
  });

  it('cuts the text into plain and marked pieces that join back to the text, skipping a finding inside another', () => {
    const text = 'Well done Amelia Smith today';
    const findings = presentFindings([finding(10, 22, 'Amelia Smith'), finding(17, 22, 'Smith'), finding(23, 28, 'today')]);
    const pieces = highlightPieces(text, findings);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.finding).map((p) => p.text)).toEqual(['Amelia Smith', 'today']);
  });

  it('marks the rest of a finding that overlaps the one before it', () => {
    const text = 'Ring me on 07700 900123';
    const pieces = highlightPieces(text, presentFindings([finding(0, 12, 'Ring me on 0'), finding(11, 23, '07700 900123')]));
    expect(pieces.map((p) => [p.text, p.finding?.number])).toEqual([['Ring me on 0', 1], ['7700 900123', 2]]);
  });
});
