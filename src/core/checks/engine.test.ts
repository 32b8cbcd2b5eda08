import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, check, checkText, MAX_CHECK_CHARS, type Detector } from './engine.ts';
import { found, testContext } from './test-roster.ts';
import type { RosterPerson } from './types.ts';

describe('check engine', () => {
  const ctx = testContext();

  it('returns a finding with rule, severity, offsets into the original text and a reason', () => {
    const text = 'Well done Amelia Smith in Year 6!';
    const [f] = check({ kind: 'post', text }, ctx);
    expect(f).toMatchObject({ category: 'pupil-name', rule: 'pupil-not-identified', severity: 'block', start: 10, end: 22, text: 'Amelia Smith' });
    expect(f!.reason).toBe('This names Amelia Smith (Year 6), a pupil.');
    expect(f!.clause).toBeUndefined();
    expect(f!.confidence).toBeGreaterThan(0.9);
  });

  it("cites the clause of the school's policy, and prefers no-name-with-image beside a photo", () => {
    const rules = [
      { id: 'pupil-not-identified', params: {}, clause: { number: '4.1', text: 'Pupils are not named.' } },
      { id: 'no-name-with-image', params: {}, clause: { number: '4.2', text: 'Pupils are never named beside a photo.' } },
    ];
    const ruled = testContext(rules);
    const [plain] = check({ kind: 'post', text: 'Amelia Smith' }, ruled);
    expect(plain!.clause).toEqual(rules[0]!.clause);
    expect(plain!.reason).toBe('This names Amelia Smith (Year 6), a pupil (clause 4.1 of your policy).');
    const [withImage] = check({ kind: 'post', text: 'Amelia Smith', withImage: true }, ruled);
    expect(withImage).toMatchObject({ rule: 'no-name-with-image', clause: rules[1]!.clause });
  });

  it('maps offsets back through accents, hidden characters and astral characters', () => {
    const text = '😀 Well done Zo\u00eb O\u2019Ne\u200bill!';
    const [f] = check({ kind: 'post', text }, ctx);
    expect(f!.text).toBe('Zo\u00eb O\u2019Ne\u200bill');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('maps offsets when folding makes the text longer (ligatures)', () => {
    const text = '\ufb01'.repeat(300) + ' Well done Amelia Smith';
    const [f] = check({ kind: 'post', text }, ctx);
    expect(f).toMatchObject({ text: 'Amelia Smith', start: text.indexOf('Amelia') });
  });

  it('sees through zero-width characters, right-to-left overrides and look-alike letters', () => {
    expect(found('Well done Ame\u200blia Sm\u200dith')).toEqual([['pupil-name', 'Ame\u200blia Sm\u200dith']]);
    expect(found('Well done \u202eAmelia Smith\u202c')).toEqual([['pupil-name', 'Amelia Smith']]);
    // Cyrillic а and е in "Amelia".
    expect(found('Well done Am\u0435li\u0430 Smith')).toEqual([['pupil-name', 'Am\u0435li\u0430 Smith']]);
    expect(found('Ａｍｅｌｉａ Ｓｍｉｔｈ')).toEqual([['pupil-name', 'Ａｍｅｌｉａ Ｓｍｉｔｈ']]);
  });

  it('gives a clear empty answer for empty, blank, emoji-only and binary input', () => {
    expect(check({ kind: 'post', text: '' }, ctx)).toEqual([]);
    expect(check({ kind: 'post', text: '   \n\t ' }, ctx)).toEqual([]);
    expect(check({ kind: 'post', text: '🎉🎉🎉 👏👏' }, ctx)).toEqual([]);
    const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256)) + '\ud800 Amelia Smith \udfff';
    const findings = check({ kind: 'comment', text: binary }, ctx);
    expect(findings.map((f) => f.text)).toContain('Amelia Smith');
    for (const f of findings) expect(binary.slice(f.start, f.end)).toBe(f.text);
    expect(check({ kind: 'post', text: undefined as unknown as string }, ctx)).toEqual([]);
  });

  it('checks 1 MB of text and says when a longer text was cut short', () => {
    const block = 'The Year 6 trip to the coast was a great success and everyone enjoyed it. ';
    const big = block.repeat(Math.ceil(MAX_CHECK_CHARS / block.length)).slice(0, MAX_CHECK_CHARS - 20) + ' Amelia Smith';
    const started = performance.now();
    const result = checkText({ kind: 'post', text: big }, ctx);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.truncated).toBe(false);
    expect(result.findings.map((f) => f.text)).toEqual(['Amelia Smith']);
    const longer = checkText({ kind: 'post', text: big + ' more '.repeat(100) }, ctx);
    expect(longer.truncated).toBe(true);
  });

  it('answers hostile megabytes (digits, names, addresses, links, hidden characters) in seconds', () => {
    const hostile = ['0 ', '1 ', '+44 ', 'a.b', 'jo at ', 'Amelia ', 'Will and ', '12/12/2015 ', 'http://', '\u200b', '😀', 'dm me '];
    for (const unit of hostile) {
      const text = unit.repeat(Math.floor(MAX_CHECK_CHARS / unit.length));
      const started = performance.now();
      const result = checkText({ kind: 'personal', text }, ctx);
      expect(performance.now() - started, JSON.stringify(unit)).toBeLessThan(8000);
      for (const f of result.findings.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('keeps the more confident of two overlapping findings of one category, and runs detectors only for their kinds', () => {
    const detector: Detector = {
      name: 'test',
      kinds: ['comment'],
      detect: () => [
        { category: 'abuse', rule: 'no-offensive-content', start: 0, end: 5, confidence: 0.6, reason: 'Weak' },
        { category: 'abuse', rule: 'no-offensive-content', start: 2, end: 8, confidence: 0.9, reason: 'Strong' },
        { category: 'threat', rule: 'no-offensive-content', start: 2, end: 8, confidence: 0.9, reason: 'Other' },
      ],
    };
    const comment = checkText({ kind: 'comment', text: 'abcdefghij' }, ctx, [detector]).findings;
    expect(comment.map((f) => [f.category, f.reason])).toEqual([['abuse', 'Strong.'], ['threat', 'Other.']]);
    expect(checkText({ kind: 'post', text: 'abcdefghij' }, ctx, [detector]).findings).toEqual([]);
  });

  // How quickly is measured by bench/check.ts (50,000 people), not here: a timed test fails on a busy machine.
  it('builds an index of 50,000 people and still finds names', () => {
    const firsts = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Ivy', 'Theo'];
    const people: RosterPerson[] = Array.from({ length: 50_000 }, (_, i) => ({
      role: i % 10 === 0 ? 'staff' : i % 3 === 0 ? 'parent' : 'pupil',
      firstName: firsts[i % firsts.length]!,
      lastName: `Surname${i}`,
      yearGroup: String(i % 13),
    }));
    const index = buildSchoolIndex(people);
    const [f] = check({ kind: 'post', text: 'Well done Isla Surname49982!' }, { index, rules: [] });
    expect(f).toMatchObject({ category: 'pupil-name', text: 'Isla Surname49982' });
  });
});
