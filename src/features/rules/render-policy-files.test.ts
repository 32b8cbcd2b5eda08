import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../core/policy/split-clauses.ts';
import { RULE_CATALOGUE } from '../../core/rules/catalogue.ts';
import { generatePolicy } from '../../core/rules/generate-policy.ts';
import { extractPolicyText } from '../policies/extract-text.ts';
import { renderPolicyDocx } from './render-policy-docx.ts';
import { renderPolicyPdf } from './render-policy-pdf.ts';

const doc = generatePolicy({
  schoolName: 'St Aidan’s Church of England Academy',
  headTitle: 'Principal',
  dslName: 'Mrs Zofia Nowak',
  issuedOn: '2026-11-23',
  rules: RULE_CATALOGUE.map((r) => ({ id: r.id, ...(r.id === 'no-contact-ex-pupils-under-18' ? { params: { age: 21 } } : {}) })),
});
const AGE_CLAUSE = 'Staff must not be in contact through personal social media with former pupils of the school until they reach the age of 21.';

async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('the generated policy as a PDF', () => {
  it('is an A4 PDF whose text can be selected: school, clauses, sign-off sheet and page numbers', async () => {
    const bytes = await renderPolicyPdf(doc, '2026-11-23');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(bytes.toString('latin1')).not.toMatch(/https?:\/\/(?!ns\.adobe|www\.w3|purl)/); // nothing fetched from the network
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(3);
    const all = oneLine(pages.join(' '));
    expect(all).toContain('St Aidan’s Church of England Academy');
    expect(all).toContain(AGE_CLAUSE);
    expect(all).toContain('2.3');
    expect(all).toContain('The Designated Safeguarding Lead is Mrs Zofia Nowak.');
    expect(oneLine(pages.at(-1)!)).toContain('Staff acknowledgement');
    pages.forEach((p, i) => expect(oneLine(p)).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('prints Welsh and other accented names, with its font embedded rather than fetched', async () => {
    const welsh = generatePolicy({ schoolName: 'Ysgol Gynradd Gymraeg Bro Ŵyr', headTitle: 'Headteacher', dslName: 'Mrs Łucja Wójcik', issuedOn: '2026-11-23', rules: [{ id: 'no-contact-pupils' }] });
    const text = oneLine((await pdfPages(await renderPolicyPdf(welsh, '2026-11-23'))).join(' '));
    expect(text).toContain('Ysgol Gynradd Gymraeg Bro Ŵyr');
    expect(text).toContain('Mrs Łucja Wójcik');
  });

  it('reads back through Parapet’s own upload with the school name and the clause', async () => {
    const read = await extractPolicyText('policy.pdf', await renderPolicyPdf(doc, '2026-11-23'));
    expect(read.format).toBe('pdf');
    expect(oneLine(read.text)).toContain(AGE_CLAUSE);
  });
});

describe('the generated policy as a Word document', () => {
  it('opens with mammoth, with real headings and Word numbering', async () => {
    const bytes = await renderPolicyDocx(doc, '2026-11-23');
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(raw).toContain('St Aidan’s Church of England Academy');
    expect(raw).toContain(AGE_CLAUSE);
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain('<h1>Contact with pupils and parents</h1>');
    expect(html).toMatch(/<ol><li>[^<]*Staff must not send or accept friend/);
    expect(html).toContain('<th><p><strong>Signature</strong></p></th>');
  });

  it('read back by Parapet’s upload, numbers its clauses as the document does', async () => {
    const read = await extractPolicyText('policy.docx', await renderPolicyDocx(doc, '2026-11-23'));
    const clauses = splitClauses(read.text);
    const numbered = new Map(clauses.map((c) => [c.text, c.number]));
    for (const c of doc.sections.flatMap((s) => s.clauses)) expect(numbered.get(c.text), c.text).toBe(c.number);
  });
});
