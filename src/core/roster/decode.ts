import { AppError, invalid } from '../errors.ts';

/** Largest roster file accepted: a secondary school's full export is well under 1 MB. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

const SAVE_AS_UTF8 =
  'In Excel, choose File, Save As, and pick "CSV UTF-8 (Comma delimited) (*.csv)", then upload that file.';

/**
 * Turns the uploaded bytes into text. Refuses, before reading them, files that are too large;
 * refuses bytes that are not UTF-8 (older "CSV (Comma delimited)" saves are Windows-1252, and
 * guessing would quietly mangle names such as Zoë or Siân). The byte-order mark Excel writes is
 * dropped.
 */
export function decodeRosterBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ROSTER_BYTES) {
    throw new AppError(
      'too-large',
      `The file is ${formatMegabytes(bytes.byteLength)}, and a roster file can be at most 5 MB. Nothing was imported. Check you chose the roster export, not another file.`,
    );
  }
  if (bytes.byteLength === 0) throw invalid('The file is empty. Nothing was imported. Choose the CSV file exported from your MIS.');
  let text: string;
  try {
    // fatal: throw on any byte sequence that is not UTF-8; ignoreBOM false: drop a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    throw invalid(
      `The file is not saved as UTF-8 text${line ? ` (the first unreadable character is on line ${line})` : ''}, so names with accents could be spoilt. Nothing was imported. ${SAVE_AS_UTF8}`,
    );
  }
  if (text.includes('\u0000')) {
    throw invalid(`The file is not a CSV text file (it holds binary data, like a spreadsheet or a picture). Nothing was imported. ${SAVE_AS_UTF8}`);
  }
  if (text.trim() === '') throw invalid('The file is empty. Nothing was imported. Choose the CSV file exported from your MIS.');
  return text;
}

/** Finds the line holding the first byte sequence that is not UTF-8, for the message. */
function firstBadLine(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return null;
}

function formatMegabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
