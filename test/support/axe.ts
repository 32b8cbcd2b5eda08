// Accessibility checks and screenshots for the end-to-end tests: one axe runner for every page test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 AA, as the project promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type AxeResult = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };

/** The page's WCAG 2.2 AA violations, one line each naming the rule and the elements ([] when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(o: object): Promise<AxeResult> } }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** With SCREENSHOTS=dir set, keeps a picture of each step for a person to look over. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${name}.png`), await page.screenshot({ fullPage: true }));
}
