// The seed policies saved as Word documents and as printed PDFs (several pages, a running footer
// on each) give the same rules, parameters and metadata as their plain text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFixtures } from '../../test/support/policy-fixtures.ts';
import { makeDocx, makePdf } from '../../test/support/policy-documents.ts';
import { importPolicy } from '../core/rules/import-policy.ts';
import { evaluateImport } from '../core/rules/import/evaluate.ts';
import { readPolicyFile } from './read-policy-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'parapet-policy-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(seedFixtures().map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  const parts = fixture.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => ({ text }));

  it.each(['docx', 'pdf'] as const)('as .%s', async (kind) => {
    const pages: Array<Array<{ text: string }>> = [];
    for (let i = 0; i < parts.length; i += 8) pages.push([...parts.slice(i, i + 8), { text: `Social media policy – page ${pages.length + 1}` }]);
    const path = join(dir, `${name}.${kind}`);
    writeFileSync(path, kind === 'docx' ? await makeDocx(parts) : await makePdf(pages));
    const read = await readPolicyFile(path);
    if (!read.ok) throw new Error(read.message);
    const e = evaluateImport(importPolicy(read.text), fixture.expected);
    expect({ extra: e.falsePositives, missed: e.missed, params: e.paramProblems, cites: e.citeProblems, metadata: e.metadataProblems }).toEqual({
      extra: [],
      missed: [],
      params: [],
      cites: [],
      metadata: [],
    });
  });
});
