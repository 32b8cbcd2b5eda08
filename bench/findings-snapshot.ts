// Findings snapshot: every finding of checkText on every text of the eval corpora (main, fresh and
// third, each with its own roster and school; each text with each of the three kinds, so kind-gated
// detectors run too, and with an image) and on the benchmark's texts,
// as one JSON file. Take one before a change that must not alter findings (a speed-up), and
// compare after it: the files must be byte-identical.
// Run: npx tsx bench/findings-snapshot.ts [out.json]          (default bench/results/findings.json)
//      npx tsx bench/findings-snapshot.ts --compare before.json  (exit 1 and the first differences)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSchoolIndex, checkText, MAX_CHECK_CHARS, type CheckContext } from '../src/core/checks/engine.ts';
import type { CheckInput, CheckKind } from '../src/core/checks/types.ts';
import { loadCorpus, type CorpusName } from '../eval/corpus.ts';
import { evalContext } from '../eval/run-eval.ts';
import { benchRoster, benchTexts } from './check-fixtures.ts';

const KINDS: readonly CheckKind[] = ['post', 'comment', 'personal'];
// Not eval/fourth or eval/fifth: those are held out from everything but their own one measurement.
const CORPORA: readonly CorpusName[] = ['main', 'fresh', 'third'];

// Disguised and odd text the corpus has little of: hidden characters, ligatures, emoji,
// full-width and look-alike letters, a text past the length limit.
const ODD: readonly string[] = [
  'f\u200bu\u200bc\u200bk off, Amelia Smith: call 07700\u00a0900123 or ﬁnd me at jo\u00adbloggs@gmail.com',
  '😀 Well done Ｇｒａｃｅ and Zoë O’Neill! 🎉 Ring 0113 496 0999 — born 4th March 2015 — ОX4 2DE',
  'Ｓｈｉｔ school, the ｈｅａｄ is a joke 😡😡 bit.ly/x1 and раypal.com and oakfie1d.sch.uk',
  'Mrs\u202e Patel lives at 14 Acacia Avenue\u2066 LS27 0HP; DM me on my personal WhatsApp \u{1F4F1}',
  '\u0000\u0001binary\u0002 text with a lone \ud800 surrogate and \udc00 another, s h i t, fuuuck, $h!t',
  // An emoji astride the limit: its high surrogate is the last character that would be checked.
  `${`Amelia Smith phoned 07911 123456. ${'ok '.repeat(350_000)}`.slice(0, MAX_CHECK_CHARS - 1)}😀 tail`,
];

interface Entry {
  id: string;
  input: CheckInput;
  result: ReturnType<typeof checkText>;
}

function snapshot(): Entry[] {
  const entries: Entry[] = [];
  const run = (id: string, input: CheckInput, ctx: CheckContext) => entries.push({ id, input, result: checkText(input, ctx) });
  for (const corpus of CORPORA) {
    const ctx = evalContext(corpus);
    const prefix = corpus === 'main' ? '' : `${corpus}:`;
    for (const t of loadCorpus(corpus)) {
      for (const kind of KINDS) run(`${prefix}${t.id}/${kind}`, { kind, text: t.text }, ctx);
      run(`${prefix}${t.id}/image`, { kind: 'post', text: t.text, withImage: true }, ctx);
    }
  }
  const evalCtx = evalContext();
  ODD.forEach((text, i) => {
    for (const kind of KINDS) run(`odd:${i}/${kind}`, { kind, text }, evalCtx);
  });
  const people = benchRoster(2_000);
  const school = { name: 'Oakfield Primary School', domain: 'oakfield.sch.uk', phone: '01632 960123', email: 'office@oakfield.sch.uk', postcode: 'OX4 1AB', address: '12 Mill Lane, Oxford' };
  const benchCtx: CheckContext = { index: buildSchoolIndex(people, school), rules: [] };
  benchTexts(2_000, people).forEach((t, i) => run(`bench:${i}`, t, benchCtx));
  return entries;
}

function main(argv: readonly string[]): void {
  const entries = snapshot();
  const json = `${JSON.stringify(entries, null, 1)}\n`;
  const findings = entries.reduce((n, e) => n + e.result.findings.length, 0);
  const compareAt = argv.indexOf('--compare');
  if (compareAt >= 0) {
    const before = readFileSync(argv[compareAt + 1]!, 'utf8');
    if (before === json) {
      console.log(`identical: ${entries.length} checks, ${findings} findings`);
      return;
    }
    const old = JSON.parse(before) as Entry[];
    let shown = 0;
    for (let i = 0; i < Math.max(old.length, entries.length) && shown < 10; i++) {
      const a = JSON.stringify(old[i]);
      const b = JSON.stringify(entries[i]);
      if (a === b) continue;
      shown++;
      console.log(`- ${a}\n+ ${b}\n`);
    }
    console.log('DIFFERENT');
    process.exitCode = 1;
    return;
  }
  const out = argv[0] ?? join(import.meta.dirname, 'results', 'findings.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(`${entries.length} checks, ${findings} findings: written to ${out}`);
}

main(process.argv.slice(2));
