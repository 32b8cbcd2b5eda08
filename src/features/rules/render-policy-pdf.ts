// A generated policy as an A4 PDF with selectable text: a cover block with the approval and review
// facts, numbered sections and clauses, a sign-off sheet, and "Page n of N" on every page. The font
// is Liberation Sans as shipped inside pdfjs-dist (a local file, never fetched), embedded so that
// Welsh, Polish and other accented names print correctly, which PDF's standard fonts cannot do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { PolicyDocument } from '../../core/rules/generate-policy.ts';

const MARGIN = 56; // 2 cm
const FOOTER = 28;
const INK = '#0b0c0c';
const GREY = '#505a5f';
const NUMBER_WIDTH = 34;

const FONT_FILES = { Body: 'Regular', Bold: 'Bold', Italic: 'Italic' } as const;
let fonts: Record<keyof typeof FONT_FILES, Buffer> | undefined;
function fontData() {
  const require = createRequire(import.meta.url);
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, style]) => [name, readFileSync(require.resolve(`pdfjs-dist/standard_fonts/LiberationSans-${style}.ttf`))]),
  ) as Record<keyof typeof FONT_FILES, Buffer>;
  return fonts;
}

export function renderPolicyPdf(doc: PolicyDocument, issuedOn: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: `${doc.schoolName} ${doc.title}`, Author: doc.schoolName, Subject: doc.title, Creator: 'Parapet', CreationDate: new Date(`${issuedOn}T12:00:00Z`) },
  });
  for (const [name, data] of Object.entries(fontData())) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - MARGIN * 2;

  pdf.fillColor(GREY).font('Body').fontSize(13).text(doc.schoolName, { width });
  pdf.moveDown(0.3).fillColor(INK).font('Bold').fontSize(24).text(doc.title, { width });
  pdf.moveDown(0.6).fontSize(10.5);
  for (const d of doc.details) {
    pdf.font('Bold').text(`${d.label}: `, { continued: true }).font('Body').text(d.value);
  }
  pdf.moveDown(1);

  for (const section of doc.sections) {
    // Keep a heading with at least the first lines of its first clause.
    if (pdf.y > pdf.page.height - MARGIN - FOOTER - 90) pdf.addPage();
    pdf.moveDown(0.6).font('Bold').fontSize(14).fillColor(INK).text(`${section.number}. ${section.heading}`, MARGIN, pdf.y, { width });
    pdf.moveDown(0.4).font('Body').fontSize(11);
    for (const clause of section.clauses) {
      const textWidth = width - NUMBER_WIDTH;
      const height = pdf.heightOfString(clause.text, { width: textWidth, lineGap: 2 });
      if (pdf.y + Math.min(height, 40) > pdf.page.height - MARGIN - FOOTER) pdf.addPage();
      const top = pdf.y;
      pdf.font('Bold').text(clause.number, MARGIN, top, { width: NUMBER_WIDTH - 6, lineBreak: false });
      pdf.font('Body').text(clause.text, MARGIN + NUMBER_WIDTH, top, { width: textWidth, lineGap: 2 });
      pdf.moveDown(0.5);
    }
  }

  signOffSheet(pdf, doc, width);
  pageNumbers(pdf, doc);
  pdf.end();
  return done;
}

function signOffSheet(pdf: PDFKit.PDFDocument, doc: PolicyDocument, width: number): void {
  const s = doc.signOff;
  pdf.addPage();
  pdf.font('Bold').fontSize(16).fillColor(INK).text(s.heading, MARGIN, MARGIN, { width });
  pdf.moveDown(0.5).font('Body').fontSize(11).text(s.intro, { width });
  pdf.moveDown(0.5).font('Italic').text(`“${s.statement}”`, { width });
  pdf.moveDown(1);
  const columns = [0.3, 0.25, 0.27, 0.18].map((f) => f * width);
  const rowHeight = 34;
  let y = pdf.y;
  const row = (cells: readonly string[], bold: boolean) => {
    let x = MARGIN;
    pdf.font(bold ? 'Bold' : 'Body').fontSize(10.5);
    cells.forEach((cell, i) => {
      pdf.rect(x, y, columns[i]!, rowHeight).lineWidth(0.75).strokeColor(GREY).stroke();
      if (cell) pdf.fillColor(INK).text(cell, x + 6, y + 11, { width: columns[i]! - 12, lineBreak: false });
      x += columns[i]!;
    });
    y += rowHeight;
  };
  row(s.fields, true);
  for (let i = 0; i < s.rows; i++) {
    if (y + rowHeight > pdf.page.height - MARGIN - FOOTER) {
      pdf.addPage();
      y = MARGIN;
      row(s.fields, true);
    }
    row(s.fields.map(() => ''), false);
  }
}

function pageNumbers(pdf: PDFKit.PDFDocument, doc: PolicyDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the footer must not start a new page
    const y = pdf.page.height - MARGIN - 4;
    const width = pdf.page.width - MARGIN * 2;
    pdf.font('Body').fontSize(9).fillColor(GREY);
    pdf.text(`${doc.schoolName}: ${doc.title}`, MARGIN, y, { width: width * 0.7, lineBreak: false });
    pdf.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
