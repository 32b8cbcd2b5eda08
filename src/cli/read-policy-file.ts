// Reads a policy file for the command line, with a clear message for each thing that can go
// wrong: no file, an empty or huge file, an encrypted Word document, a scanned PDF, a text file
// saved in an older encoding (read as Windows-1252 rather than refused, and said so).
import { open, stat } from 'node:fs/promises';
import { AppError } from '../core/errors.ts';
import { extractPolicyText, MAX_POLICY_BYTES } from '../features/policies/extract-text.ts';

export type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const MB = 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown', 'text', '']);
const extensionOf = (path: string) => /\.([a-z0-9]{1,8})$/i.exec(path)?.[1]?.toLowerCase() ?? '';
const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** An Office file encrypted with a password is a compound (OLE) file holding an "EncryptedPackage" stream. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return false;
  return Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** UTF-8 or UTF-16 (by byte-order mark, or by the zero bytes of plain English in UTF-16), else Windows-1252. */
export function decodeTextFile(bytes: Uint8Array): { text: string; note: string | null } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), note: null };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'Read as UTF-16 text.' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'Read as UTF-16 text.' };
  const sample = bytes.subarray(0, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) zeroOdd++;
      else zeroEven++;
    }
  });
  if (sample.length >= 4 && zeroOdd > sample.length / 4 && zeroEven === 0) return { text: new TextDecoder('utf-16le').decode(bytes), note: 'Read as UTF-16 text.' };
  if (sample.length >= 4 && zeroEven > sample.length / 4 && zeroOdd === 0) return { text: new TextDecoder('utf-16be').decode(bytes), note: 'Read as UTF-16 text.' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      note: 'The file is not saved as UTF-8, so it was read as Windows-1252 (the usual encoding of older Windows text files). If quotes or accents look wrong, save it as UTF-8 and try again.',
    };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, the euro sign…);
// Node's decoder treats the two as one, so those are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

export async function readPolicyFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `${path} is a folder, not a file. Give the path of the policy document itself.` };
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `There is no file at ${path}. Check the name and the folder.` };
    return { ok: false, message: `${path} cannot be read (${code ?? (err as Error).message}).` };
  }
  // Refused before reading, so a wrong 2 GB file costs nothing.
  if (size > MAX_POLICY_BYTES) {
    return { ok: false, message: `${path} is ${(size / MB).toFixed(1)} MB, and a policy can be at most ${MAX_POLICY_BYTES / MB} MB. If it holds large pictures, save a copy without them, or save it as plain text.` };
  }
  if (size === 0) return { ok: false, message: `${path} is empty. Check you chose the policy document itself.` };

  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }

  const ext = extensionOf(path);
  if (isEncryptedOffice(bytes)) {
    return { ok: false, message: `${path} is protected by a password, so its text cannot be read. Open it in Word, remove the password (File, Info, Protect Document, Encrypt with Password, and clear it), save it and try again.` };
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const binary = head.includes('%PDF-') || startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);
  if (TEXT_EXTENSIONS.has(ext) && !binary) {
    const decoded = decodeTextFile(bytes);
    const note = decoded.note;
    const text = ext === 'md' || ext === 'markdown' ? markdownToText(decoded.text) : decoded.text;
    if (text.replaceAll('\u0000', '').replace(/[\s\ufeff]/g, '') === '') return { ok: false, message: `${path} has no text in it. Check you chose the policy document itself.` };
    return { ok: true, text, notes: note ? [note] : [] };
  }
  try {
    const extracted = await extractPolicyText(path, bytes);
    return { ok: true, text: extracted.text, notes: [] };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: `${path}: ${forTheCommandLine(err.message)}` };
    throw err;
  }
}

/** Markdown as the words a reader sees: headings without #, emphasis without asterisks, links as their text. */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, '')
        .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)([^*_\n]{1,300}?)\1/g, '$2')
        .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{1,300}?)[*_](?=[\s.,;:!?)]|$)/g, '$1$2')
        .replace(/`([^`\n]{1,300})`/g, '$1'),
    )
    .join('\n');
}

/** The upload page's messages, without the parts that only make sense there. */
function forTheCommandLine(message: string): string {
  return message
    .replace(/\s*Nothing was saved\.\s*/g, ' ')
    .replace(/\bupload (?:it|that|a copy)\b/gi, (m) => m.replace(/upload/i, 'try'))
    .replace(/\bUpload\b/g, 'Use')
    .replace(/\bupload\b/g, 'use')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
