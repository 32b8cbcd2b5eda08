// The model's training marks the sentences the engine's other detectors already report; that list
// is derived from DETECTORS (scripts/language-model/patterns.ts). These tests fail if a language
// detector the engine runs is ever left out of it again, as the insults detector once was.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PATTERN_DETECTORS } from '../../scripts/language-model/patterns.ts';
import { sentenceRows, type Text } from '../../scripts/language-model/training-data.ts';
import { DETECTORS } from '../../src/core/checks/detectors.ts';
import type { Detector } from '../../src/core/checks/engine.ts';
import { insultDetector } from '../../src/core/checks/language/insults.ts';
import { languageModelDetector } from '../../src/core/checks/language/model/language-model.ts';
import { MODEL_CATEGORIES } from '../../src/core/checks/language/model/model.ts';

const LANGUAGE = fileURLToPath(new URL('../../src/core/checks/language/', import.meta.url));

const isDetector = (x: unknown): x is Detector => typeof x === 'object' && x !== null && 'detect' in x && 'name' in x;

describe('the detectors the language model is trained beside', () => {
  it('are every detector the engine runs before the model, and not the model', () => {
    expect(PATTERN_DETECTORS).not.toContain(languageModelDetector);
    expect([...PATTERN_DETECTORS, languageModelDetector]).toEqual(DETECTORS);
    expect(PATTERN_DETECTORS).toContain(insultDetector);
  });

  it('include every language detector the engine runs', async () => {
    const files = readdirSync(LANGUAGE).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const exported: Detector[] = [];
    for (const f of files) exported.push(...Object.values((await import(LANGUAGE + f)) as Record<string, unknown>).filter(isDetector));
    const run = exported.filter((d) => DETECTORS.includes(d));
    expect(run.map((d) => d.name)).toContain('insults');
    for (const d of run) expect(PATTERN_DETECTORS.map((p) => p.name), d.name).toContain(d.name);
  });

  it('mark a sentence only the insults detector reports as already found for abuse', () => {
    const text = "Lovely sports day. She's a proper c*nt.";
    const texts: Text[] = [{ group: 'test', id: 'test:1', kind: 'comment', text, labels: [], known: [...MODEL_CATEGORIES] }];
    const abuse = MODEL_CATEGORIES.indexOf('abuse');
    const rows = sentenceRows(texts, PATTERN_DETECTORS);
    expect(rows.map((r) => r.pattern[abuse])).toEqual([0, 1]);
    // The hand-kept list of old, without the insults detector, missed it.
    const withoutInsults = sentenceRows(texts, PATTERN_DETECTORS.filter((d) => d !== insultDetector));
    expect(withoutInsults.map((r) => r.pattern[abuse])).toEqual([0, 0]);
  });
});
