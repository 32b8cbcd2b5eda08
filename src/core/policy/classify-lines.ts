// Second pass: turn cleaned lines into logical lines (joining broken line wraps) and say what
// each one looks like — a heading, a list item or an ordinary paragraph.

/** One logical line: a paragraph, list item or heading candidate, wraps joined. */
export interface LogicalLine {
  text: string;
  /** Index of the blank-line-separated block it came from. */
  block: number;
  /** Lines in that block (a heading alone in its block is more surely a heading). */
  blockSize: number;
  kind: 'heading' | 'item' | 'paragraph';
  /** How sure we are that a heading is one: numbered/Title Case/CAPS are strong, sentence case weak. */
  strength: 'strong' | 'weak' | null;
  /** The policy's own number for this heading or clause, e.g. "4" or "4.2". */
  ownNumber: string | null;
  /** "4. Safer Online Behaviour" style: a whole number that may restart under a parent heading. */
  ownNumberIsWhole: boolean;
}

// Bullet glyphs from Word, PDF and Markdown exports (\uf0b7 is Word's Symbol-font bullet).
const BULLET = /^(?:[•·▪◦●■➢►✓\uf0b7\uf0a7\uf076\uf0d8](?:\s*)|[-*–o](?:\s+)|e\s+(?=[A-Z]))+/;
const LIST_LABEL = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+/i;
const DOTTED_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+([A-Z("'‘“].*)$/;
const WHOLE_NUMBER = /^(\d{1,2})[.)]?\s+(\S.*)$/;
/** "Appendix 1", "Part B": always headings, even in a run of short lines. */
export const PART_HEADING = /^(appendix|annex|annexe|part|section|schedule)\s+([0-9]+|[a-z]|[ivx]+)\b/i;
const SENTENCE_END = /[.!?;:]["'”’)]*$/;
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or the to with via per nor its their our your vs etc'.split(' '),
);

export const stripBullet = (line: string) => line.replace(BULLET, '').trim();
const isBulleted = (line: string) => BULLET.test(line) && stripBullet(line).length > 0;
const startsLower = (line: string) => /^[a-z]/.test(stripBullet(line)) && !isBulleted(line);

/** Title Case, ALL CAPS, or a short sentence-case line: could this line be a heading? */
export function headingStrength(raw: string): 'strong' | 'weak' | null {
  const text = raw.trim();
  if (!text || text.length > 100 || text.includes('__') || /[,;]$/.test(text)) return null;
  if (!/^[A-Z(]/.test(text) || /\b(19|20)\d\d\b/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > 12) return null;
  if (PART_HEADING.test(text)) return 'strong';
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'strong';
  const endsWithStop = /[.:]$/.test(text);
  const significant = words.map((w) => w.replace(/^[("'‘“]+/, '')).filter((w) => /^[A-Za-z]/.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  const titleCase = significant.length >= 2 && significant.every((w) => /^[A-Z]/.test(w));
  if (titleCase && (!endsWithStop || words.length <= 8) && !/[!?]$/.test(text)) return 'strong';
  if (words.length === 1 && /^[A-Z][A-Za-z-]+\.?$/.test(text)) return 'weak';
  if (words.length <= 10 && !/[.:;!?,]$/.test(text) && !text.includes(':') && !/\d/.test(text)) return 'weak';
  return null;
}

/** Joins wrapped lines into logical lines, block by block. */
function logicalLines(lines: readonly string[]): Array<{ text: string; block: number; blockSize: number }> {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) blocks.push(current);

  const out: Array<{ text: string; block: number; blockSize: number; lines: number }> = [];
  blocks.forEach((blockLines, b) => {
    let first = true;
    for (const line of blockLines) {
      const prev = out[out.length - 1];
      if (prev && !isBulleted(line) && !SENTENCE_END.test(prev.text)) {
        // A line wrap: inside a block, when the next line starts in lower case or the previous
        // line ran to a wrapping width; across a blank line (as PDF page breaks leave), only
        // when the previous line stops mid-word-stream and the next starts in lower case.
        const sameBlock = !first;
        const joinInBlock = sameBlock && (startsLower(line) || (prev.text.length >= 60 && !headingStrength(line)));
        const joinAcross =
          !sameBlock && /[A-Za-z]$/.test(prev.text) && startsLower(line) && headingStrength(prev.text) !== 'strong';
        if (joinInBlock || joinAcross) {
          prev.text = `${prev.text} ${line}`;
          first = false;
          continue;
        }
      }
      out.push({ text: line, block: b, blockSize: blockLines.length, lines: 1 });
      first = false;
    }
  });
  return out;
}

/** Splits the cleaned lines into logical lines and classifies each. */
export function classifyLines(lines: readonly string[]): LogicalLine[] {
  const logical = logicalLines(lines);
  return logical.map((l, i): LogicalLine => {
    const next = logical[i + 1];
    const base = { block: l.block, blockSize: l.blockSize, ownNumber: null, ownNumberIsWhole: false, strength: null };
    if (isBulleted(l.text)) return { ...base, text: stripBullet(l.text), kind: 'item' };

    const dotted = DOTTED_NUMBER.exec(l.text);
    if (dotted) {
      const strength = headingStrength(dotted[2]!);
      return { ...base, text: dotted[2]!, ownNumber: dotted[1]!, kind: strength ? 'heading' : 'paragraph', strength: strength ? 'strong' : null };
    }
    const whole = WHOLE_NUMBER.exec(l.text);
    if (whole && headingStrength(whole[2]!) && !/[.:]$/.test(whole[2]!)) {
      return { ...base, text: whole[2]!, ownNumber: whole[1]!, ownNumberIsWhole: true, kind: 'heading', strength: 'strong' };
    }
    if (LIST_LABEL.test(l.text)) return { ...base, text: l.text, kind: 'item' };

    const strength = headingStrength(l.text);
    // A weak (sentence-case) heading must be followed by something that is not its continuation;
    // a Title Case line ending in a full stop ("Respect.") must head text, or it is a sentence.
    const headsText = next !== undefined && !headingStrength(next.text);
    const strong = strength === 'strong' && (!/\.$/.test(l.text) || headsText);
    if (strong || (strength === 'weak' && next && !startsLower(next.text))) {
      return { ...base, text: l.text, kind: 'heading', strength: strong ? 'strong' : 'weak' };
    }
    return { ...base, text: l.text, kind: 'paragraph' };
  });
}
