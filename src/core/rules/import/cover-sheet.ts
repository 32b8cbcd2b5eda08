// A policy's cover sheet, as Word tables come out in plain text: a label on one line and its value
// on the next ("Date for Review" / "September 2023"), a label broken over lines ("Date reviewed by
// the" / "Governing Body" / "FGB 22.11.2022"), or table cells joined by pipes. Here each label is
// joined to its value so the metadata readers see "Date for Review September 2023".
import { sentencesOf, type ClauseView } from '../policy-text.ts';
import { datesIn } from './dates.ts';

const LABEL = /^\W*(?:date|dated|review|next review|approv|ratif|adopt|agreed|issued|version|audience|signed)\w*\b/i;
const SHORT_LABEL = 50;
const SHORT_VALUE = 60;

/** Pipes of a table row become spaces; "Review dateNovember 2025" (cells run together) is parted. */
function tidy(text: string): string {
  const t = text.replace(/\s*\|\s*/g, ' ').trim();
  return t.length <= 120 ? t.replace(/([a-z])([A-Z])/g, '$1 $2') : t;
}

function merged(first: ClauseView, parts: readonly string[]): ClauseView {
  const text = parts.join(' ');
  return { ...first, text, plain: text, sentences: sentencesOf(text), isHeading: false };
}

export function withCoverLabels(views: readonly ClauseView[]): ClauseView[] {
  const out: ClauseView[] = [];
  for (let i = 0; i < views.length; i++) {
    const view = views[i]!;
    const text = tidy(view.plain);
    const isLabel = text.length <= SHORT_LABEL && LABEL.test(text) && datesIn(text).length === 0 && !/[.;]$/.test(text);
    if (!isLabel) {
      out.push(text === view.plain ? view : merged(view, [text]));
      continue;
    }
    const parts = [text];
    let j = i + 1;
    // Up to three short value lines (an audience list is three lines), stopping at the first date.
    while (j < views.length && j <= i + 3) {
      const next = tidy(views[j]!.plain);
      if (next.length > SHORT_VALUE || LABEL.test(next) || /[.;]$/.test(next)) break;
      parts.push(next);
      j++;
      if (datesIn(next).length) break;
    }
    out.push(merged(view, parts));
    i = j - 1;
  }
  return out;
}
