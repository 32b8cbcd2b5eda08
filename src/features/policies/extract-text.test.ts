import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { splitClauses } from '../../core/policy/split-clauses.ts';
import { makeDocx, makePdf, makeScannedPdf } from '../../../test/support/policy-documents.ts';
import { extractPolicyText, MAX_POLICY_BYTES } from './extract-text.ts';

async function refusal(filename: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await extractPolicyText(filename, bytes);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the upload to be refused');
}

const LONG =
  'Staff must not accept current pupils or their parents as friends or followers on any personal social media account, and must report any request they receive to the designated safeguarding lead.';

describe('extractPolicyText', () => {
  it('reads UTF-8 text, dropping a byte-order mark', async () => {
    const r = await extractPolicyText('policy.txt', Buffer.from('\ufeffAims\n\nStaff are kind — always.\r\n'));
    expect(r).toEqual({ format: 'text', mediaType: 'text/plain; charset=utf-8', text: 'Aims\n\nStaff are kind — always.\n' });
  });

  it('reads Markdown as text', async () => {
    expect((await extractPolicyText('policy.md', Buffer.from('# Aims\n'))).format).toBe('text');
  });

  it('reads UTF-16 text saved by Notepad', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë’s policy', 'utf16le')]);
    expect((await extractPolicyText('policy.txt', bytes)).text).toBe('Zoë’s policy');
  });

  it('refuses text that is not UTF-8, saying how to save it', async () => {
    const err = await refusal('policy.txt', Buffer.from([0x53, 0x69, 0xe2, 0x6e, 0x93, 0x71, 0x94])); // Windows-1252
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('not saved as UTF-8');
    expect(err.message).toContain('Nothing was saved');
  });

  it('refuses an empty file', async () => {
    expect((await refusal('policy.docx', new Uint8Array())).message).toContain('The file is empty');
    expect((await refusal('policy.txt', Buffer.from('  \n\n '))).message).toContain('no text in it');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const err = await refusal('policy.pdf', new Uint8Array(MAX_POLICY_BYTES + 1));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('at most 20 MB');
  });

  it('reads a Word document', async () => {
    const docx = await makeDocx([{ heading: 'Social Media Policy' }, { text: 'Staff must be professional online.' }, { bullet: 'Never friend a pupil.' }]);
    const r = await extractPolicyText('Policy.DOCX', docx);
    expect(r.format).toBe('docx');
    expect(r.text).toContain('Social Media Policy');
    expect(r.text).toContain('Never friend a pupil.');
    expect(splitClauses(r.text).map((c) => c.text)).toEqual(['Social Media Policy', 'Staff must be professional online.', 'Never friend a pupil.']);
  });

  it('tells a Word document by its bytes, whatever its name', async () => {
    const docx = await makeDocx([{ text: 'Be kind.' }]);
    expect((await extractPolicyText('policy', docx)).format).toBe('docx');
  });

  it('refuses a corrupt Word document as damaged or password-protected', async () => {
    const docx = await makeDocx([{ text: 'Be kind.' }]);
    const err = await refusal('policy.docx', docx.subarray(0, docx.length / 2));
    expect(err.message).toMatch(/^This Word document could not be read\. It may be damaged or password-protected/);
    const notWord = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'nodebuffer' });
    expect((await refusal('policy.docx', notWord)).message).toContain('could not be read');
    expect((await refusal('policy.docx', Buffer.from('just some text'))).message).toContain('could not be read');
  });

  it('refuses old .doc and password-protected Word files (OLE containers)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const err = await refusal('policy.docx', ole);
    expect(err.code).toBe('unsupported-file');
    expect(err.message).toContain('password-protected');
  });

  it('reads a PDF, joining its text into lines and paragraphs', async () => {
    const bytes = await makePdf([
      [{ heading: 'Safer Online Behaviour' }, { text: LONG }, { bullet: 'Lock your phone.' }],
      [{ heading: 'Cyber-bullying' }, { text: 'Report it to the Headteacher.' }],
    ]);
    const r = await extractPolicyText('policy.pdf', bytes);
    expect(r.format).toBe('pdf');
    const clauses = splitClauses(r.text);
    expect(clauses.map((c) => [c.number, c.text])).toEqual([
      ['1', 'Safer Online Behaviour'],
      ['1.1', LONG],
      ['1.2', 'Lock your phone.'],
      ['2', 'Cyber-bullying'],
      ['2.1', 'Report it to the Headteacher.'],
    ]);
  });

  it('refuses a scanned PDF with no text layer, saying so', async () => {
    const err = await refusal('scan.pdf', await makeScannedPdf());
    expect(err.message).toBe(
      'This PDF has no text in it — it looks like a scanned image. Upload the Word version, or a PDF saved from Word. Nothing was saved.',
    );
  });

  it('refuses a password-protected PDF', async () => {
    const bytes = await makePdf([[{ text: 'Secret.' }]], { userPassword: 'letmein', ownerPassword: 'owner' });
    expect((await refusal('policy.pdf', bytes)).message).toContain('protected by a password');
  });

  it('refuses a damaged PDF', async () => {
    expect((await refusal('policy.pdf', Buffer.from('%PDF-1.7\n% broken\n'))).message).toContain('This PDF could not be read');
  });

  it('refuses other kinds of file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await refusal('logo.png', png)).code).toBe('unsupported-file');
    expect((await refusal('policy.txt', Buffer.from('a\u0000b'))).code).toBe('unsupported-file');
    expect((await refusal('policy.rtf', Buffer.from('{\\rtf1 hello}'))).message).toContain('Rich Text');
  });
});
