// Turns a policy's plain text into numbered clauses with its headings kept, so that people can
// read it clause by clause and later checks can cite "clause 4.2".
import { cleanLines } from './clean-text.ts';
import { classifyLines, headingStrength, PART_HEADING, type LogicalLine } from './classify-lines.ts';

export interface Clause {
  /** 1, 2, 3… in reading order. */
  position: number;
  /** "4", "4.2", "3.1.2"; empty for the document's title lines. */
  number: string;
  /** The heading this clause sits under (for a heading, its own text); null before any heading. */
  heading: string | null;
  isHeading: boolean;
  text: string;
}

type Line = LogicalLine & { title?: boolean };

/** Short one-line "headings" in a row between paragraphs are really a list (e.g. of other policies). */
function demoteLists(lines: Line[]): void {
  const demote = (l: Line) => {
    l.kind = 'item';
    l.strength = null;
  };
  const isPlainHeading = (l: Line | undefined) => l?.kind === 'heading' && !l.ownNumber && !PART_HEADING.test(l.text);
  // Three or more heading-like lines in one block: a list (e.g. "Tolerance / Honesty / Respect").
  const byBlock = new Map<number, Line[]>();
  for (const l of lines) {
    const block = byBlock.get(l.block);
    if (block) block.push(l);
    else byBlock.set(l.block, [l]);
  }
  for (const block of byBlock.values()) {
    const headingLike = (l: Line) => isPlainHeading(l) || (l.kind === 'paragraph' && headingStrength(l.text) !== null);
    if (block.length >= 3 && block.every(headingLike)) block.forEach(demote);
  }
  // Two or more one-line blocks of heading-like lines straight after a paragraph: a list.
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1]!.kind === 'heading') continue;
    let j = i;
    while (j < lines.length && isPlainHeading(lines[j]) && lines[j]!.blockSize === 1) j++;
    if (j - i >= 2) lines.slice(i, j).forEach(demote);
  }
}

/** Heading lines before the first paragraph are the title, except one that directly heads text. */
function markTitle(lines: Line[]): void {
  let i = 0;
  while (i < lines.length && lines[i]!.kind === 'heading' && !lines[i]!.ownNumber) i++;
  const headsText = i < lines.length && lines[i]!.kind !== 'heading';
  const titleCount = headsText ? i - 1 : i;
  for (let k = 0; k < titleCount; k++) lines[k]!.title = true;
}

/**
 * Does the document number its own top-level sections ("1. Introduction", "2. Scope")? A run of
 * numbered headings straight under an unnumbered heading is that heading's subsections instead.
 */
function nestedWholeNumbers(lines: readonly Line[]): { nested: Set<Line>; explicitTopLevel: boolean } {
  const nested = new Set<Line>();
  let explicitTopLevel = false;
  let afterUnnumberedHeading = false;
  let group: number | null = null;
  for (const l of lines) {
    if (l.kind !== 'heading' || l.title) {
      afterUnnumberedHeading = false;
      continue;
    }
    if (l.ownNumber && l.ownNumberIsWhole) {
      const n = Number(l.ownNumber);
      if (afterUnnumberedHeading || (group !== null && n > group)) {
        nested.add(l);
        group = n;
      } else explicitTopLevel = true;
      afterUnnumberedHeading = false;
    } else if (!l.ownNumber) {
      afterUnnumberedHeading = true;
      group = null;
    }
  }
  return { nested, explicitTopLevel };
}

export function splitClauses(text: string): Clause[] {
  const lines: Line[] = classifyLines(cleanLines(text));
  demoteLists(lines);
  markTitle(lines);
  const { nested, explicitTopLevel } = nestedWholeNumbers(lines);

  const issued = new Set<string>();
  const clauses: Clause[] = [];
  let top = 0; // the last top-level section number given
  let section: string | null = null; // the number clauses are counted under
  let parentSection: string | null = null; // the last unnumbered heading's number, for nesting
  let heading: string | null = null;
  let counter = 0;
  let seenExplicitTop = false;

  const push = (number: string, isHeading: boolean, textOut: string) => {
    if (number) issued.add(number);
    clauses.push({ position: clauses.length + 1, number, heading, isHeading, text: textOut });
  };
  const startSection = (number: string, text: string) => {
    section = number;
    counter = 0;
    heading = text;
    push(number, true, text);
  };
  const nextAutoTop = () => {
    do top++;
    while (issued.has(String(top)));
    return String(top);
  };

  for (const l of lines) {
    if (l.kind === 'heading' && l.title) {
      heading = l.text;
      push('', true, l.text);
      continue;
    }
    if (l.kind === 'heading') {
      const own = l.ownNumber;
      if (own && l.ownNumberIsWhole && nested.has(l) && parentSection) {
        const candidate = `${parentSection}.${own}`;
        startSection(issued.has(candidate) ? nextAutoTop() : candidate, l.text);
      } else if (own && l.ownNumberIsWhole) {
        seenExplicitTop = true;
        const n = Number(own);
        if (n > top && !issued.has(own)) {
          top = n;
          startSection(own, l.text);
        } else startSection(nextAutoTop(), l.text);
        parentSection = null;
      } else if (own && !issued.has(own)) {
        top = Math.max(top, Number(own.split('.')[0]));
        startSection(own, l.text);
      } else if (explicitTopLevel) {
        // In a document that numbers its own sections, an unnumbered heading is a subheading (or,
        // before the numbering starts, front matter): it gets no number of its own.
        heading = own ? `${own} ${l.text}` : l.text;
        push('', true, heading);
        if (!seenExplicitTop && section === null) section = '0';
      } else {
        const number = nextAutoTop();
        startSection(number, own ? `${own} ${l.text}` : l.text);
        parentSection = number;
      }
      continue;
    }
    if (section === null) section = explicitTopLevel ? '0' : nextAutoTop();
    const own = l.ownNumber;
    if (own && !issued.has(own)) {
      if (own.startsWith(`${section}.`) && /^\d+$/.test(own.slice(section.length + 1))) counter = Number(own.slice(section.length + 1));
      push(own, false, l.text);
      continue;
    }
    let number: string;
    do number = `${section}.${++counter}`;
    while (issued.has(number));
    push(number, false, own ? `${own} ${l.text}` : l.text);
  }
  return clauses;
}
