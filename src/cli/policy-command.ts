// `parapet policy import FILE [--json]`: the rules Parapet would propose for a policy document,
// printed without a database, for scripting and for checking the importer on real policies.
import type { Command } from 'commander';
import { formatDate } from '../core/dates.ts';
import { ruleById } from '../core/rules/catalogue.ts';
import { importPolicy } from '../core/rules/import-policy.ts';
import { saysNotAPolicy } from '../core/rules/import/warnings.ts';
import type { ImportResult } from '../core/rules/proposal.ts';
import { describeParam, paramLabel } from '../core/rules/rule-labels.ts';
import { readPolicyFile } from './read-policy-file.ts';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Exit codes: 0 rules proposed; 1 the file could not be read; 2 read, but it does not look like a social media policy. */
export const EXIT_UNREADABLE = 1;
export const EXIT_NOT_A_POLICY = 2;

export function registerPolicyCommands(program: Command): void {
  const policy = program.command('policy').description("Work with a school's social media policy");
  policy
    .command('import')
    .description(
      'Propose the rules a policy contains, with the clauses that back them and the parameters they state. Needs no database. Exits 1 if the file cannot be read, 2 if it does not look like a social media policy (few rules found, or social media hardly named).',
    )
    .argument('<file>', 'the policy: .docx, .pdf, .txt or .md')
    .option('--json', 'print JSON: {"metadata": {...}, "rules": [{"id", "confidence", "clauses", "params", "why"}], "warnings": [...]}')
    .action(async (file: string, options: { json?: boolean }) => {
      process.exitCode = await importPolicyFile(file, { json: options.json ?? false });
    });
}

/** Reads, imports and prints a policy; returns the exit code. */
export async function importPolicyFile(file: string, options: { json: boolean }, io: CliOutput = consoleOutput): Promise<number> {
  const read = await readPolicyFile(file);
  if (!read.ok) {
    io.err(read.message);
    return EXIT_UNREADABLE;
  }
  for (const note of read.notes) io.err(note);
  const result = importPolicy(read.text);
  if (options.json) io.out(JSON.stringify(toJson(result), null, 2));
  else printHuman(result, io);
  for (const warning of result.warnings) io.err(`Warning: ${warning}`);
  return result.warnings.some(saysNotAPolicy) ? EXIT_NOT_A_POLICY : 0;
}

export function toJson(result: ImportResult) {
  return {
    metadata: result.metadata,
    rules: result.rules.map((r) => ({ id: r.id, confidence: r.confidence, clauses: r.clauses, params: r.params, why: r.why, evidence: r.evidence, paramEvidence: r.paramEvidence })),
    warnings: result.warnings,
  };
}

const orDash = (value: string | null | undefined) => (value ? value : '—');

function printHuman(result: ImportResult, io: CliOutput): void {
  const m = result.metadata;
  const from = (field: keyof typeof m.sources) => (m.sources[field] ? ` (clause ${m.sources[field]})` : '');
  io.out(`${orDash(m.title)}${m.schoolName ? ` — ${m.schoolName}` : ''}`);
  io.out(`  Approved:     ${m.approvedOn ? `${formatDate(m.approvedOn)}${m.approvedBy ? ` by ${m.approvedBy}` : ''}${from('approvedOn')}` : '—'}`);
  if (m.datedOn) io.out(`  Dated:        ${formatDate(m.datedOn)}${from('datedOn')}`);
  io.out(`  Review:       ${m.reviewPeriodMonths ? `every ${m.reviewPeriodMonths} months${from('reviewPeriodMonths')}` : '—'}`);
  io.out(`  Next review:  ${m.nextReview ? `${formatDate(m.nextReview)}${m.sources.nextReview ? from('nextReview') : ' (worked out from the review period)'}` : '—'}`);
  io.out(`  Addressed to: ${m.audiences.join(', ') || '—'}`);
  io.out(`  Head's title: ${orDash(m.headTitle)}`);
  io.out('');
  io.out(`${result.rules.length} rule${result.rules.length === 1 ? '' : 's'} proposed:`);
  for (const r of result.rules) {
    io.out('');
    io.out(`${r.id} (confidence ${r.confidence.toFixed(2)})`);
    const summary = ruleById(r.id)?.summary;
    if (summary) io.out(`  ${summary}`);
    io.out(`  Clauses: ${r.clauses.map((c) => c.number || '(title)').join(', ')}`);
    const params = Object.entries(r.params);
    const source = (k: string) => {
      const e = r.paramEvidence[k];
      return e ? ` (clause ${e.clause || '(title)'}: "${e.phrase.length > 80 ? `${e.phrase.slice(0, 77)}…` : e.phrase}")` : '';
    };
    if (params.length) io.out(`  Parameters: ${params.map(([k, v]) => `${paramLabel(k)}: ${describeParam(r.id, k, v)}${source(k)}`).join('; ')}`);
    // What the policy leaves unsaid takes the catalogue default: say so, so nobody mistakes it for the policy's word.
    const unstated = Object.entries(ruleById(r.id)?.params ?? {}).filter(([k, spec]) => !(k in r.params) && spec.default !== null);
    if (unstated.length) io.out(`  Not stated (default): ${unstated.map(([k, spec]) => `${paramLabel(k)}: ${describeParam(r.id, k, spec.default)}`).join('; ')}`);
    io.out(`  Why: ${r.why}`);
  }
}
