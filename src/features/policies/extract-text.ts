// Reads the text out of an uploaded policy: plain text, Word (.docx) or PDF. The kind of file is
// told by its first bytes, not only its name, and every refusal says what to do instead.
import mammoth from 'mammoth';
import { AppError, invalid } from '../../core/errors.ts';

export const MAX_POLICY_BYTES = 20 * 1024 * 1024;
/** A social media policy is a few pages; this bounds the work a hostile PDF can cause. */
const MAX_PDF_PAGES = 300;

export type SourceFormat = 'text' | 'docx' | 'pdf';

export interface ExtractedPolicy {
  format: SourceFormat;
  mediaType: string;
  text: string;
}

const MEDIA_TYPES: Record<SourceFormat, string> = {
  text: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const NOTHING_SAVED = 'Nothing was saved.';
const WORD_UNREADABLE = `This Word document could not be read. It may be damaged or password-protected. ${NOTHING_SAVED} Open it in Word, remove any password, save it again as a .docx file and upload that.`;
const OLD_WORD = `This looks like an older Word document (.doc) or a password-protected one, which Parapet cannot read. ${NOTHING_SAVED} Open it in Word, remove any password, choose File, Save As, "Word Document (.docx)", and upload that.`;
const SCANNED_PDF = `This PDF has no text in it — it looks like a scanned image. Upload the Word version, or a PDF saved from Word. ${NOTHING_SAVED}`;
const PDF_PASSWORD = `This PDF is protected by a password, so its text cannot be read. ${NOTHING_SAVED} Upload a copy without a password, or the Word version.`;
const PDF_UNREADABLE = `This PDF could not be read. It may be damaged or only partly downloaded. ${NOTHING_SAVED} Save it again from Word and upload that, or upload the Word version.`;
const UNSUPPORTED = `Parapet can read policies saved as Word (.docx), PDF or plain text (.txt). ${NOTHING_SAVED} Save the policy in one of those formats and upload it again.`;

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const extensionOf = (filename: string) => /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? '';

/** Tells the format by the file's first bytes, falling back to its name only for text. */
function sniff(filename: string, bytes: Uint8Array): SourceFormat | 'old-word' | 'rtf' | 'unknown' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return ['odt', 'pages', 'xlsx', 'pptx', 'zip'].includes(extensionOf(filename)) ? 'unknown' : 'docx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'old-word';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const ext = extensionOf(filename);
  if (ext === 'docx') return 'docx'; // named .docx but not a zip: mammoth says it is damaged
  if (ext === 'pdf') return 'pdf';
  if (['txt', 'md', 'text', ''].includes(ext)) return 'text';
  return 'unknown';
}

/** Reads an uploaded policy's text, or throws an AppError a person can act on. */
export async function extractPolicyText(filename: string, bytes: Uint8Array): Promise<ExtractedPolicy> {
  if (bytes.byteLength > MAX_POLICY_BYTES) {
    throw new AppError('too-large', `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB, and a policy can be at most 20 MB. ${NOTHING_SAVED} If it holds large pictures, save a copy without them.`);
  }
  if (bytes.byteLength === 0) throw invalid(`The file is empty. ${NOTHING_SAVED} Choose the policy document and upload it again.`);

  const kind = sniff(filename, bytes);
  let text: string;
  switch (kind) {
    case 'text':
      text = decodeText(bytes);
      break;
    case 'docx':
      text = await docxText(bytes);
      break;
    case 'pdf':
      text = await pdfText(bytes);
      break;
    case 'old-word':
      throw new AppError('unsupported-file', OLD_WORD);
    case 'rtf':
      throw new AppError('unsupported-file', `This is a Rich Text (.rtf) file. ${UNSUPPORTED}`);
    default:
      throw new AppError('unsupported-file', UNSUPPORTED);
  }
  text = text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '');
  if (text.trim() === '') {
    if (kind === 'pdf') throw invalid(SCANNED_PDF);
    throw invalid(`The document has no text in it. ${NOTHING_SAVED} Check you chose the policy itself and upload it again.`);
  }
  return { format: kind, mediaType: MEDIA_TYPES[kind], text };
}

/** UTF-8 (a BOM is dropped) or, when it starts with a UTF-16 byte-order mark, UTF-16. */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(
      `This text file is not saved as UTF-8, so some characters (such as curly quotes or accents) would be spoilt. ${NOTHING_SAVED} In Notepad choose File, Save As, and set Encoding to "UTF-8"; or upload the Word version.`,
    );
  }
  if (text.includes('\u0000')) throw new AppError('unsupported-file', UNSUPPORTED);
  return text;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw invalid(WORD_UNREADABLE);
  }
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: pdf.js is large and most uploads are Word documents.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    if ((err as { name?: string }).name === 'PasswordException') throw invalid(PDF_PASSWORD);
    throw invalid(PDF_UNREADABLE);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw invalid(`This PDF has ${doc.numPages} pages; a policy can have at most ${MAX_PDF_PAGES}. ${NOTHING_SAVED}`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((i) => ('str' in i ? [i as PdfTextItem] : []))));
      page.cleanup();
    }
    // A form feed between pages: the clause splitter treats it as a paragraph break.
    return pages.join('\n\f\n');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid(PDF_UNREADABLE);
  } finally {
    await doc.destroy();
  }
}

/**
 * Joins a page's text pieces into lines by their vertical position, and leaves a blank line
 * where the gap between lines is clearly larger than the line spacing (a new paragraph).
 */
export function pageLines(items: readonly PdfTextItem[]): string {
  type Part = { x: number; width: number; str: string };
  type Line = { y: number; height: number; parts: Part[] };
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [, , , , x = 0, y = 0] = item.transform;
    const height = item.height || Math.abs(item.transform[3] ?? 0) || 10;
    const line = lines.find((l) => Math.abs(l.y - y) <= Math.max(2, height * 0.4));
    const part = { x, width: item.width || 0, str: item.str };
    if (line) line.parts.push(part);
    else lines.push({ y, height, parts: [part] });
  }
  lines.sort((a, b) => b.y - a.y);
  const out: string[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const parts = line.parts.sort((a, b) => a.x - b.x);
    // Pieces of one line may arrive without the space between them: a visible gap is a space.
    const text = parts
      .map((p, i) => {
        const before = parts[i - 1];
        const gap = before ? p.x - (before.x + before.width) : 0;
        return before && gap > line.height * 0.15 && !/\s$/.test(before.str) && !/^\s/.test(p.str) ? ` ${p.str}` : p.str;
      })
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) continue;
    if (prev && prev.y - line.y > Math.max(prev.height, line.height) * 1.8) out.push('');
    out.push(text);
    prev = line;
  }
  return out.join('\n');
}
