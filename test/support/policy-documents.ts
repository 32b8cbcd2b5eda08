// Word and PDF documents made on the fly for upload tests, so no binary fixtures are kept.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

export interface DocPart {
  heading?: string;
  text?: string;
  bullet?: string;
}

/** A real .docx, as Word would save it, with headings, paragraphs and bullet points. */
export async function makeDocx(parts: readonly DocPart[]): Promise<Buffer> {
  const children = parts.map((p) =>
    p.heading
      ? new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_1 })
      : p.bullet
        ? new Paragraph({ text: p.bullet, bullet: { level: 0 } })
        : new Paragraph(p.text ?? ''),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ ...options, info: { Title: 'Policy', CreationDate: new Date('2024-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A PDF saved from a word processor: a text layer, wrapped lines, several pages. */
export function makePdf(pages: ReadonlyArray<readonly DocPart[]>, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return pdf((doc) => {
    pages.forEach((parts, i) => {
      if (i > 0) doc.addPage();
      for (const p of parts) {
        if (p.heading) doc.fontSize(14).text(p.heading).moveDown(0.5);
        if (p.text) doc.fontSize(11).text(p.text).moveDown(1);
        if (p.bullet) doc.fontSize(11).text(`• ${p.bullet}`).moveDown(0.3);
      }
    });
  }, options);
}

/** A "scanned" PDF: a page with only a picture on it, no text layer. */
export function makeScannedPdf(): Promise<Buffer> {
  return pdf((doc) => {
    doc.rect(72, 72, 400, 600).fill('#cccccc');
    doc.rect(100, 100, 300, 20).fill('#333333');
  });
}
