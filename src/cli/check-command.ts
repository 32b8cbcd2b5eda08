// `parapet check`: checks texts against a roster CSV, with no database. With --jsonl it reads lines
// {"id","kind","text"} on standard input and writes one line per input:
// {"id","findings":[{"category","rule","start","end","text","severity","confidence"}]}, or
// {"id","error"} for a line it cannot read ("truncated": true when only the first MB was checked).
// With --policy, a finding the school's policy backs also has "clause": {"number","text"}. Fields
// are only ever added to these lines, never changed: scripts read them.
// It streams, so it can check millions of lines.
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { buildSchoolIndex, check, checkText, type CheckContext } from '../core/checks/engine.ts';
import { parseRosterCsv } from '../core/checks/roster-csv.ts';
import { loadPolicyRules } from './check-command-policy.ts';
import type { ActiveRule, CheckKind, SchoolIdentity } from '../core/checks/types.ts';

interface CheckOptions {
  roster?: string;
  policy?: string;
  schoolName?: string;
  schoolDomain?: string;
  schoolPhone?: string;
  schoolEmail?: string;
  schoolPostcode?: string;
  schoolAddress?: string;
  jsonl?: boolean;
}

const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
const KINDS: readonly CheckKind[] = ['post', 'comment', 'personal'];

export function registerCheckCommands(program: Command): void {
  program
    .command('check')
    .description('Check texts for pupil names, personal data, unsafe links and more, against a roster CSV (no database needed)')
    .argument('[text]', 'one text to check (a post); leave out with --jsonl')
    .option('--roster <file>', 'roster CSV: role,first_name,last_name,preferred_name,date_of_birth,year_group')
    .option('--policy <file>', "the school's social media policy (.docx, .pdf, .txt or .md): its rules apply and findings cite its clauses")
    .option('--school-name <name>', "the school's name (named in a personal post, it is a finding)")
    .option('--school-domain <domain>', "the school's web domain (links to it pass)")
    .option('--school-phone <phone>', "the school's published phone number (never a finding)")
    .option('--school-email <email>', "the school's published e-mail address (never a finding)")
    .option('--school-postcode <postcode>', "the school's postcode (never a finding)")
    .option('--school-address <address>', "the school's street address (never a finding)")
    .option('--jsonl', 'read {"id","kind","text"} lines on standard input; write one {"id","findings"} line per input')
    .action(async (text: string | undefined, options: CheckOptions) => {
      process.exitCode = await runCheckCommand(text, options, process.stdin, process.stdout, process.stderr);
    });
}

export async function runCheckCommand(text: string | undefined, options: CheckOptions, input: Readable, output: Writable, errors: Writable): Promise<number> {
  const ctx = await loadContext(options, errors);
  if (!ctx) return 2;
  if (options.jsonl) {
    await checkLines(input, output, ctx);
    return 0;
  }
  if (text === undefined) {
    errors.write('Give a text to check, or use --jsonl and send {"id","kind","text"} lines on standard input.\n');
    return 2;
  }
  const findings = check({ kind: 'post', text }, ctx);
  if (findings.length === 0) output.write('No findings.\n');
  for (const f of findings) output.write(`${f.severity.toUpperCase()} ${f.category} "${f.text}" (${f.start}-${f.end}): ${f.reason}\n`);
  return findings.some((f) => f.severity === 'block') ? 1 : 0;
}

async function loadContext(options: CheckOptions, errors: Writable): Promise<CheckContext | null> {
  const school: SchoolIdentity = {
    name: options.schoolName ?? null,
    domain: options.schoolDomain ?? null,
    phone: options.schoolPhone ?? null,
    email: options.schoolEmail ?? null,
    postcode: options.schoolPostcode ?? null,
    address: options.schoolAddress ?? null,
  };
  let rules: ActiveRule[] = [];
  if (options.policy !== undefined) {
    const loaded = await loadPolicyRules(options.policy);
    if (!loaded.ok) {
      errors.write(`${loaded.message}\n`);
      return null;
    }
    for (const note of loaded.notes) errors.write(`${note}\n`);
    rules = loaded.rules;
  }
  if (!options.roster) return { index: buildSchoolIndex([], school), rules };
  let csv: string;
  try {
    const info = await stat(options.roster);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > MAX_ROSTER_BYTES) {
      errors.write(`${options.roster} is ${(info.size / 1024 / 1024).toFixed(1)} MB; a roster can be at most 50 MB.\n`);
      return null;
    }
    csv = await readFile(options.roster, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    errors.write(code === 'ENOENT' ? `There is no roster file at ${options.roster}.\n` : `${options.roster} cannot be read (${code ?? (err as Error).message}).\n`);
    return null;
  }
  const { people, problems } = parseRosterCsv(csv);
  for (const p of problems.slice(0, 20)) errors.write(`${p}\n`);
  if (problems.length > 20) errors.write(`…and ${problems.length - 20} more problems in the roster.\n`);
  if (people.length === 0 && problems.length > 0) return null;
  return { index: buildSchoolIndex(people, school), rules };
}

/** One output line per input line; blank lines are skipped. Writes are batched and respect back-pressure. */
export async function checkLines(input: Readable, output: Writable, ctx: CheckContext): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let batch = '';
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    batch += `${checkLine(line, lineNumber, ctx)}\n`;
    if (batch.length > 64 * 1024) {
      const ok = output.write(batch);
      batch = '';
      if (!ok) await once(output, 'drain');
    }
  }
  if (batch) output.write(batch);
}

export function checkLine(line: string, lineNumber: number, ctx: CheckContext): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: `Line ${lineNumber} is not JSON.` });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: `Line ${lineNumber} is not a JSON object like {"id","kind","text"}.` });
  }
  const { id = null, kind = 'post', text, withImage } = parsed as { id?: unknown; kind?: unknown; text?: unknown; withImage?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return JSON.stringify({ id: safeId, error: `Line ${lineNumber} has no "text" string.` });
  if (typeof kind !== 'string' || !KINDS.includes(kind as CheckKind)) {
    return JSON.stringify({ id: safeId, error: `Line ${lineNumber}: "kind" must be post, comment or personal.` });
  }
  try {
    const result = checkText({ kind: kind as CheckKind, text, withImage: withImage === true }, ctx);
    const findings = result.findings.map((f) => ({
      category: f.category,
      rule: f.rule,
      start: f.start,
      end: f.end,
      text: f.text,
      severity: f.severity,
      confidence: f.confidence,
      ...(f.clause ? { clause: { number: f.clause.number, text: f.clause.text } } : {}),
    }));
    // Only the first MB of a longer text is checked: say so rather than pass it silently.
    return JSON.stringify(result.truncated ? { id: safeId, findings, truncated: true } : { id: safeId, findings });
  } catch (err) {
    // The engine should never throw; if it does, this line says so and the stream goes on.
    return JSON.stringify({ id: safeId, error: `Line ${lineNumber} could not be checked: ${(err as Error).message}` });
  }
}
