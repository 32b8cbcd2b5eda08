// First pass over a policy's plain text, before it is split into clauses: normalise spacing and
// drop what is not part of the policy itself — contents pages, page numbers and the running
// headers and footers that PDF and Word exports repeat on every page.

const TOC_LINE = /^(.{2,}?)\s*(?:\.{3,}|…{2,}|(?:\. ){3,}|_{3,}|\t)[\s.]*(\d{1,3}|[ivxlc]{1,6})$/i;
const CONTENTS_HEADING = /^(table of )?contents( page)?:?$/i;
/** The paper sign-off block's blanks ("Signed: ______ Headteacher", "Date: ____"): signing happens in Parapet. */
const FORM_BLANK = /^[A-Za-z ()/]{0,30}:?\s*_{3,}[\sA-Za-z()/]{0,30}$/;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;

/** A line repeated this often (ignoring digits) is a running header or footer. */
const REPEATS_FOR_HEADER = 3;

export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/\*\*([^*\n]{1,500}?)\*\*/g, '$1') // Markdown bold left by converters: keep the words only
    .split('\n')
    .map((line) => line.trimEnd()) // not a /[ \t]+$/gm replace: that is quadratic on long runs of spaces
    .join('\n');
}

/** Contents entries and form blanks are short: longer lines are never tested (and never backtrack for long). */
const SHORT_LINE = 200;
const isContentsLine = (line: string) => {
  const t = line.trim();
  return t.length <= SHORT_LINE && TOC_LINE.test(t) && !/^[-•·*▪]\s/.test(t);
};

/**
 * Returns the text's lines with contents pages, page numbers and repeated headers or footers
 * removed (a removed line becomes blank, so paragraph breaks survive).
 */
export function cleanLines(text: string): string[] {
  const lines = normaliseText(text).split('\n');
  const out = lines.map((l) => l);

  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (isContentsLine(lines[i]!) || (t.length <= SHORT_LINE && (PAGE_NUMBER.test(t) || FORM_BLANK.test(t)))) out[i] = '';
  }
  // "Contents" heading: dropped when the next non-blank line was a contents entry.
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_HEADING.test(lines[i]!.trim())) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j < lines.length && isContentsLine(lines[j]!)) out[i] = '';
  }
  // Running headers and footers: the same short line (digits aside) three or more times.
  const seen = new Map<string, number>();
  const key = (l: string) => l.trim().replace(/\d+/g, '#').toLowerCase();
  for (const l of out) {
    const t = l.trim();
    if (t.length < 3 || t.length > 100 || /^[-•·*▪\uf0b7]/.test(t)) continue;
    seen.set(key(l), (seen.get(key(l)) ?? 0) + 1);
  }
  const kept = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!.trim();
    if (!t) continue;
    const k = key(out[i]!);
    if ((seen.get(k) ?? 0) < REPEATS_FOR_HEADER) continue;
    if (kept.has(k)) out[i] = '';
    else kept.add(k); // the first is kept: it is often the title
  }
  return out.map((l) => l.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').trimEnd());
}
