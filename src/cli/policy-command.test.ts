import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeScannedPdf } from '../../test/support/policy-documents.ts';
import { SEEDS_DIR } from '../../test/support/seeds.ts';
import { EXIT_NOT_A_POLICY, EXIT_UNREADABLE, importPolicyFile } from './policy-command.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parapet-policy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED_001 = readFileSync(join(SEEDS_DIR, '001_c6ff0d512e12aa94.txt'), 'utf8');

function file(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function runImport(path: string, json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importPolicyFile(path, { json }, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What Word writes for a password-protected .docx: a compound (OLE) file, not a zip, holding an EncryptedPackage stream. */
function encryptedDocx(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(2048);
  Buffer.from('EncryptionInfo', 'utf16le').copy(body, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(body, 1152);
  return Buffer.concat([header, body]);
}

describe('parapet policy import', () => {
  it('prints the metadata and each rule with confidence, clauses, parameters and why', async () => {
    const r = await runImport(file('lache.txt', SEED_001));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Social Networking Policy — Lache Primary School');
    expect(r.out).toContain('Next review:  1 September 2022');
    expect(r.out).toMatch(/no-contact-ex-pupils-under-18 \(confidence 0\.\d\d\)\n.*\n {2}Clauses: 4\.1\.7\n {2}Parameters: Age: 18 years \(clause 4\.1\.7: "under the age of 18"\)\n {2}Why: Clause 4\.1\.7 says/);
    expect(r.out).toContain('Parameters: Day of the week: Friday (clause 4.1.8: "Friday"); How often: Weekly (clause 4.1.8: "weekly")');
    expect(r.out).toMatch(/pupil-image-consent \(confidence 0\.\d\d\)\n.*\n {2}Clauses: 4\.2\.4\n {2}Not stated \(default\): Pupil images on personal accounts: Never; Only the designated person publishes pupil images: No\n/);
    expect(r.err).toBe('');
  });

  it('reads Word and PDF documents', async () => {
    const parts = SEED_001.split(/\n\s*\n/).map((p) => ({ text: p.trim() })).filter((p) => p.text);
    const docx = await runImport(file('lache.docx', await makeDocx(parts)), true);
    const pdf = await runImport(file('lache.pdf', await makePdf([parts])), true);
    for (const r of [docx, pdf]) {
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out) as { rules: Array<{ id: string; params: Record<string, unknown> }> };
      expect(json.rules.find((x) => x.id === 'no-contact-ex-pupils-under-18')?.params).toEqual({ age: 18 });
      expect(json.rules.find((x) => x.id === 'posting-schedule')?.params).toEqual({ day: 'friday', frequency: 'weekly' });
    }
  });

  it('refuses a missing file, a folder and an empty file', async () => {
    const missing = await runImport(join(dir, 'nope.docx'));
    expect(missing).toMatchObject({ code: EXIT_UNREADABLE, out: '' });
    expect(missing.err).toContain('There is no file at');
    expect((await runImport(dir)).err).toContain('is a folder, not a file');
    const empty = await runImport(file('empty.txt', ''));
    expect(empty.code).toBe(EXIT_UNREADABLE);
    expect(empty.err).toContain('is empty');
    expect((await runImport(file('blank.txt', '\n   \n\t\n'))).err).toContain('has no text in it');
  });

  it('refuses a 30 MB document before reading it', async () => {
    const path = join(dir, 'huge.pdf');
    const fd = openSync(path, 'w');
    writeFileSync(fd, Buffer.alloc(1)); // a sparse file: the size is there, the bytes are not
    closeSync(fd);
    const { truncateSync } = await import('node:fs');
    truncateSync(path, 30 * 1024 * 1024);
    const r = await runImport(path);
    expect(r.code).toBe(EXIT_UNREADABLE);
    expect(r.err).toContain('is 30.0 MB, and a policy can be at most 20 MB');
  });

  it('says a password-protected Word document is protected, and a scanned PDF has no text', async () => {
    const locked = await runImport(file('locked.docx', encryptedDocx()));
    expect(locked.code).toBe(EXIT_UNREADABLE);
    expect(locked.err).toContain('is protected by a password');
    const scanned = await runImport(file('scanned.pdf', await makeScannedPdf()));
    expect(scanned.code).toBe(EXIT_UNREADABLE);
    expect(scanned.err).toContain('This PDF has no text in it');
  });

  it('refuses a file type it cannot read', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = await runImport(file('policy.png', png));
    expect(r.code).toBe(EXIT_UNREADABLE);
    expect(r.err).toContain('Parapet can read policies saved as Word (.docx), PDF or plain text (.txt)');
  });

  it('reads UTF-16 and Windows-1252 text, saying so for the older encoding', async () => {
    const utf16 = await runImport(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_001, 'utf16le')])), true);
    expect(utf16.code).toBe(0);
    expect(JSON.parse(utf16.out).metadata.schoolName).toBe('Lache Primary School');
    // Windows-1252: 0x92 is a curly apostrophe, 0x96 an en dash.
    const r = await runImport(file('ansi.txt', Buffer.from(SEED_001.replace('The schools', 'The school\x92s').replace(/•/g, '-'), 'latin1')), true);
    expect(r.code).toBe(0);
    expect(r.err).toContain('read as Windows-1252');
    const json = JSON.parse(r.out) as { rules: Array<{ id: string; clauses: Array<{ text: string }> }> };
    expect(json.rules.find((x) => x.id === 'posting-schedule')?.clauses[0]?.text).toContain('The school\u2019s Facebook account');
  });

  it('reads Markdown as the words a reader sees', async () => {
    const md = [
      '# Social Media Policy',
      '',
      '**Thornbury Academy** · Approved by the Local Governing Body on 3 May 2024 · Review: May 2026',
      '',
      '## Personal accounts',
      '',
      '- Staff **must not** accept friend requests from pupils.',
      '- *Never* post images of pupils on personal accounts.',
      '- Any safeguarding concern goes to the [Designated Safeguarding Lead](https://example.org/dsl).',
    ].join('\n');
    const r = await runImport(file('policy.md', md), true);
    const json = JSON.parse(r.out) as { metadata: Record<string, unknown>; rules: Array<{ id: string; clauses: Array<{ text: string }> }> };
    expect(json.metadata).toMatchObject({ title: 'Social Media Policy', schoolName: 'Thornbury Academy', approvedOn: '2024-05-03', nextReview: '2026-05-01' });
    expect(json.rules.find((x) => x.id === 'pupil-image-consent')?.clauses[0]?.text).toBe('Never post images of pupils on personal accounts.');
    expect(json.rules.find((x) => x.id === 'safeguarding-to-dsl')?.clauses[0]?.text).toBe('Any safeguarding concern goes to the Designated Safeguarding Lead.');
  });

  it('warns, and exits 2, when a document is not a social media policy', async () => {
    const r = await runImport(file('recipe.txt', 'Victoria sponge\n\nCream the butter and sugar. Beat in the eggs one at a time. Fold in the flour and bake for 25 minutes.\n'));
    expect(r.code).toBe(EXIT_NOT_A_POLICY);
    expect(r.err).toContain('Warning: No rules were found: this may not be a social media policy.');
  });

  it('runs as a command: JSON in the documented shape, and a clear message with exit 1 for a missing file', async () => {
    const path = file('cli.txt', SEED_001);
    const { stdout } = await run('node', ['bin/parapet.js', 'policy', 'import', path, '--json'], { cwd: ROOT });
    const json = JSON.parse(stdout) as { metadata: Record<string, unknown>; rules: Array<Record<string, unknown>> };
    expect(json.metadata).toMatchObject({ title: 'Social Networking Policy', approvedOn: null, reviewPeriodMonths: 24, nextReview: '2022-09-01' });
    expect(json.rules[0]).toMatchObject({ id: 'pupil-not-identified', confidence: expect.any(Number), params: {} });
    expect(json.rules[0]!.clauses).toEqual([{ number: '4.2.5', text: expect.stringContaining('personally identifying information') }]);
    const failed = await run('node', ['bin/parapet.js', 'policy', 'import', join(dir, 'missing.pdf')], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no file at') });
  });
});
