// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, which
// some of them skip first) as a formula: `=HYPERLINK("http://evil.example","Click")` in a pupil's
// name would become a live link in the Head's spreadsheet. OWASP's advice for CSV exports is to
// start such cells with an apostrophe, which makes the spreadsheet show the text as it is.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that is safe to open in Excel, LibreOffice or Google Sheets. */
export function neutraliseCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseCsvCell on import, so an exported roster re-imports exactly. */
export function unneutraliseCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
