// A generated policy as a Word document for schools that edit in Word: the title and headings use
// Word's own styles, and sections and clauses use Word's multilevel numbering (1., 1.1, 1.2…), so
// a clause added or removed in Word renumbers the rest. The sign-off sheet is a table. The cover's
// facts are left out (the approval section states them): that way the document, re-uploaded after
// editing, is numbered by Parapet's clause splitter exactly as Word numbers it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PolicyDocument } from '../../core/rules/generate-policy.ts';

const NUMBERING = 'policy-clauses';
const cm = (n: number) => Math.round(n * 567); // twentieths of a point

export function renderPolicyDocx(doc: PolicyDocument, issuedOn: string): Promise<Buffer> {
  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: doc.schoolName, style: 'Subtitle' }),
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
  ];
  for (const section of doc.sections) {
    body.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 } }));
    for (const clause of section.clauses) {
      body.push(new Paragraph({ text: clause.text, numbering: { reference: NUMBERING, level: 1 }, spacing: { after: 120 } }));
    }
  }
  body.push(...signOffSheet(doc));

  const document = new Document({
    creator: 'Parapet',
    title: `${doc.schoolName} ${doc.title}`,
    subject: doc.title,
    lastModifiedBy: 'Parapet',
    styles: { default: { document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120 } } } } },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: cm(1), hanging: cm(1) } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: cm(1.25), hanging: cm(1.25) } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: cm(21), height: cm(29.7) }, margin: { top: cm(2), bottom: cm(2), left: cm(2), right: cm(2) } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun(`${doc.schoolName}: ${doc.title}, issued ${issuedOn.split('-').reverse().join('/')}. Page `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function signOffSheet(doc: PolicyDocument): Array<Paragraph | Table> {
  const s = doc.signOff;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '505A5F' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const widths = [30, 25, 27, 18];
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      height: { value: cm(1.1), rule: 'atLeast' },
      children: cells.map(
        (text, i) =>
          new TableCell({ borders, width: { size: widths[i]!, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] }),
      ),
    });
  return [
    new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new Paragraph(s.intro),
    new Paragraph({ children: [new TextRun({ text: `“${s.statement}”`, italics: true })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(s.fields, true), ...Array.from({ length: s.rows }, () => row(s.fields.map(() => ''), false))],
    }),
  ];
}
