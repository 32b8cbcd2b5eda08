// Fails when the Drizzle schema and the committed migrations disagree: drizzle-kit would
// generate a new migration. Run in CI; fix with `npm run db:generate` and commit the result.
// Fails too when the committed language model (src/core/checks/language/model/weights.ts) is not
// what a fresh training run gives (training is deterministic and takes a few seconds); fix with
// `npm run train:language` and commit the result.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

const before = new Set(readdirSync('migrations'));
const out = execFileSync('npx', ['drizzle-kit', 'generate', '--name=drift-check'], { encoding: 'utf8' });
const added = readdirSync('migrations').filter((f) => !before.has(f));
if (added.length > 0) {
  for (const f of added) rmSync(`migrations/${f}`);
  execFileSync('git', ['checkout', '--', 'migrations/meta']);
  console.error(`The schema has changed without a migration (drizzle-kit would add ${added.join(', ')}).`);
  console.error('Run `npm run db:generate` and commit the migration.');
  process.exit(1);
}
console.log(out.trim().split('\n').pop());
console.log('Migrations match the schema.');

try {
  execFileSync('npx', ['tsx', 'scripts/train-language-model.ts', '--check'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
