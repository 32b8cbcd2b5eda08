import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPolicy } from '../core/rules/import-policy.ts';
import { SEEDS_DIR } from '../../test/support/seeds.ts';
import { activeRulesOf } from './check-command-policy.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parapet-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROSTER = join(dir, 'roster.csv');
writeFileSync(
  ROSTER,
  'role,first_name,last_name,preferred_name,date_of_birth,year_group\npupil,Amelia,Smith,,04/03/2015,6\npupil,Zoë,O\'Neill,,,5\nstaff,Priya,Patel,,,\nwizard,Harry,Potter,,,\n',
);

function parapet(args: string[], stdin: string): Promise<{ code: number | null; out: string; err: string }> {
  return parapetBytes(args, Buffer.from(stdin));
}

function parapetBytes(args: string[], stdin: Buffer): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/parapet.js'), ...args], { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const SCHOOL = ['--school-name', 'Oakfield Primary School', '--school-domain', 'oakfield.sch.uk', '--school-phone', '01632 960123', '--school-email', 'office@oakfield.sch.uk'];

describe('parapet check --jsonl', () => {
  it('writes one line per input, in order, with the contract fields; bad lines get an error object', async () => {
    const lines = [
      { id: 'a', kind: 'post', text: 'Well done Amelia Smith! Call 07700 900123.' },
      'this is not json',
      '',
      { id: 'b', kind: 'comment', text: 'Ring the office on 01632 960123 or email office@oakfield.sch.uk' },
      { id: 'c', kind: 'personal', text: 'Loving my job at Oakfield Primary School, DM me' },
      { id: 'd', kind: 'shout', text: 'x' },
      { id: 'e', text: 'zoe o\u2019neill at bit.ly/x' },
      [1, 2],
      { id: 'f', kind: 'post' },
      { id: 'g', kind: 'post', text: 'Amelia Smith on stage', withImage: true },
    ];
    const stdin = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
    const { code, out, err } = await parapet(['check', '--roster', ROSTER, ...SCHOOL, '--jsonl'], stdin);
    expect(code).toBe(0);
    expect(err).toContain('Line 5: the role "wizard"');
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(9);
    expect(rows[8]).toMatchObject({ id: 'g', findings: [{ category: 'pupil-name', rule: 'no-name-with-image' }] });
    expect(rows[0]).toEqual({
      id: 'a',
      findings: [
        { category: 'pupil-name', rule: 'pupil-not-identified', start: 10, end: 22, text: 'Amelia Smith', severity: 'block', confidence: 0.97 },
        { category: 'phone', rule: 'no-personal-data', start: 29, end: 41, text: '07700 900123', severity: 'block', confidence: 0.92 },
      ],
    });
    expect(rows[1]).toEqual({ id: null, error: 'Line 2 is not JSON.' });
    expect(rows[2]).toEqual({ id: 'b', findings: [] });
    expect((rows[3]!.findings as Array<{ category: string }>).map((f) => f.category)).toEqual(['school-identity', 'personal-contact']);
    expect(rows[4]).toEqual({ id: 'd', error: 'Line 6: "kind" must be post, comment or personal.' });
    expect((rows[5]!.findings as Array<{ category: string }>).map((f) => f.category)).toEqual(['pupil-name', 'unsafe-link']);
    expect(rows[6]).toMatchObject({ id: null, error: expect.stringContaining('Line 8') });
    expect(rows[7]).toEqual({ id: 'f', error: 'Line 9 has no "text" string.' });
  });

  it('streams thousands of lines', async () => {
    const stdin = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, kind: 'post', text: `Line ${i}: well done Amelia Smith` })).join('\n');
    const { code, out } = await parapet(['check', '--roster', ROSTER, '--jsonl'], stdin);
    expect(code).toBe(0);
    const rows = out.trim().split('\n');
    expect(rows).toHaveLength(5000);
    expect(JSON.parse(rows[4999]!)).toMatchObject({ id: 4999, findings: [{ text: 'Amelia Smith' }] });
  });

  it('answers every kind of bad input on its own line: binary bytes, 1 MB, hidden characters, emoji', async () => {
    const big = 'The trip was lovely. '.repeat(49_000) + 'Amelia Smith';
    const lines = [
      JSON.stringify({ id: 'emoji', text: '🎉🎉👏' }),
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify({ id: 'dodge', text: 'Well done \u202eAme\u200blia Sm\u200dith\u202c' }),
      JSON.stringify({ id: 'big', text: big }),
      JSON.stringify({ id: 'huge', text: big + big }),
    ];
    const binary = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x00, 0x9f, 0x80, 0x0a]), Buffer.from(JSON.stringify({ id: 'after', text: 'Amelia Smith' }) + '\n')]);
    const { code, out } = await parapetBytes(['check', '--roster', ROSTER, '--jsonl'], binary);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings?: Array<{ text: string }>; error?: string; truncated?: true });
    expect(rows.map((r) => r.id)).toEqual(['emoji', 'empty', 'dodge', 'big', 'huge', null, 'after']);
    // Only the first MB of a longer text is checked, and the line says so.
    expect(rows[4]).toMatchObject({ truncated: true });
    expect(rows[3]!.truncated).toBeUndefined();
    rows.splice(4, 1);
    expect(rows[0]!.findings).toEqual([]);
    expect(rows[1]!.findings).toEqual([]);
    expect(rows[2]!.findings!.map((f) => f.text)).toEqual(['Ame\u200blia Sm\u200dith']);
    expect(rows[3]!.findings!.map((f) => f.text)).toEqual(['Amelia Smith']);
    expect(rows[4]!.error).toBe('Line 6 is not JSON.');
    expect(rows[5]!.findings!.map((f) => f.text)).toEqual(['Amelia Smith']);
  });

  it('says clearly when the roster is missing, and checks a single text without --jsonl', async () => {
    const missing = await parapet(['check', '--roster', join(dir, 'nope.csv'), '--jsonl'], '');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('There is no roster file at');
    const one = await parapet(['check', '--roster', ROSTER, 'Thank you Mrs Patel'], '');
    expect(one.code).toBe(0);
    expect(one.out).toContain('WARN staff-name "Mrs Patel"');
  });
});

describe('parapet check --policy', () => {
  // Thorndown's policy: pupils not identified (6.1), no personal data (6.5), no private contact (10.1); nothing on links.
  const POLICY = join(SEEDS_DIR, '000_71ff1c2339844cce.txt');
  const text = 'Well done Amelia Smith! Call 07700 900123 or see bit.ly/x';

  it("adds the policy's clause to the findings it backs and changes no other field", async () => {
    const stdin = JSON.stringify({ id: 'a', kind: 'post', text }) + '\n';
    const without = await parapet(['check', '--roster', ROSTER, '--jsonl'], stdin);
    const withPolicy = await parapet(['check', '--roster', ROSTER, '--policy', POLICY, '--jsonl'], stdin);
    expect(withPolicy.code).toBe(0);
    const plain = JSON.parse(without.out) as { findings: Array<Record<string, unknown>> };
    const cited = JSON.parse(withPolicy.out) as { findings: Array<Record<string, unknown> & { clause?: { number: string; text: string } }> };
    expect(cited.findings.map((f) => [f.category, f.clause?.number])).toEqual([
      ['pupil-name', '6.1'],
      ['phone', '6.5'],
      ['unsafe-link', undefined],
    ]);
    expect(cited.findings[1]!.clause!.text).toMatch(/^The disclosure of confidential/);
    // Only added: take the clause away and each finding is as it was without the policy.
    expect(cited.findings.map(({ clause: _clause, ...rest }) => rest)).toEqual(plain.findings);
    expect(Object.keys(cited.findings[2]!)).not.toContain('clause');
  });

  it('cites the clause in the one-text form too', async () => {
    const one = await parapet(['check', '--policy', POLICY, 'Ring me on 07700 900123'], '');
    expect(one.code).toBe(1);
    expect(one.out).toContain('BLOCK personal-contact "Ring me on" (0-10): This offers a private channel: staff keep contact with pupils and parents to school channels (clause 10.1 of your policy).');
  });

  it('uses every proposed rule with its parameters filled in, as a saved proposal has them', () => {
    const rules = activeRulesOf(importPolicy(readFileSync(POLICY, 'utf8')));
    expect(rules.find((r) => r.id === 'pupil-not-identified')).toMatchObject({ params: { strict: true }, clause: { number: '6.1' } });
    expect(rules.find((r) => r.id === 'review-period')).toMatchObject({ params: { months: 24, nextReview: '2025-01-01' } });
    expect(rules.map((r) => r.id)).not.toContain('safe-links');
  });

  it('refuses, with exit 2 and a plain message, a missing, unreadable or non-policy file', async () => {
    const missing = await parapet(['check', '--policy', join(dir, 'nope.docx'), '--jsonl'], '{"text":"x"}\n');
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('The policy could not be read. There is no file at');
    const json = join(dir, 'policy.json');
    writeFileSync(json, '{"not": "a policy"}');
    const unreadable = await parapet(['check', '--policy', json, 'Hello'], '');
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain('The policy could not be read.');
    const recipe = join(dir, 'recipe.txt');
    writeFileSync(recipe, 'Flapjack\n\n1. Melt the butter and syrup.\n2. Stir in the oats.\n3. Bake for twenty minutes.\n');
    const notPolicy = await parapet(['check', '--policy', recipe, 'Hello'], '');
    expect(notPolicy).toMatchObject({ code: 2, out: '' });
    expect(notPolicy.err).toContain('recipe.txt does not look like a social media policy, so nothing was checked.');
  });
});
