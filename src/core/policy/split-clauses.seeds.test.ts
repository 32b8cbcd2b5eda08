import { describe, expect, it } from 'vitest';
import { readSeedPolicies } from '../../../test/support/seeds.ts';
import { splitClauses, type Clause } from './split-clauses.ts';

// The five real policies schools will upload, as plain text.
const seeds = readSeedPolicies();
const seed = (prefix: string) => {
  const s = seeds.find((x) => x.file.startsWith(prefix));
  if (!s) throw new Error(`no seed ${prefix}`);
  return splitClauses(s.text);
};
const heading = (cs: Clause[], text: string) => cs.find((c) => c.isHeading && c.text === text);
const clauseContaining = (cs: Clause[], text: string) => cs.find((c) => !c.isHeading && c.text.includes(text));

describe('splitClauses on the seed policies', () => {
  it('finds all five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  describe.each(seeds.map((s) => [s.file, s.text] as const))('%s', (_file, text) => {
    const clauses = splitClauses(text);

    it('finds headings and clauses under them', () => {
      expect(clauses.filter((c) => c.isHeading && c.number).length).toBeGreaterThanOrEqual(4);
      expect(clauses.filter((c) => !c.isHeading).length).toBeGreaterThanOrEqual(20);
    });

    it('gives every clause a unique number in reading order', () => {
      expect(clauses.map((c) => c.position)).toEqual(clauses.map((_, i) => i + 1));
      const numbers = clauses.filter((c) => c.number).map((c) => c.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const c of clauses.filter((x) => !x.isHeading)) expect(c.number).toMatch(/^\d+(\.\d+)+$/);
    });

    it('keeps no contents lines, page numbers, bullet marks or empty clauses', () => {
      for (const c of clauses) {
        expect(c.text).not.toMatch(/\.{4,}|\t/);
        expect(c.text).not.toMatch(/^\d{1,3}$/);
        expect(c.text).not.toMatch(/^(?:[-*]\s|[•·▪\uf0b7])/);
        expect(c.text.trim()).toBe(c.text);
        expect(c.text.length).toBeGreaterThan(0);
      }
    });

    it('splits the same way every time', () => {
      expect(splitClauses(text)).toEqual(clauses);
    });

    it('loses no words of the policy bar contents, page furniture and blanks', () => {
      const words = (s: string) => s.replace(/\*\*/g, '').match(/[A-Za-z]{4,}/g) ?? [];
      const kept = new Set(words(clauses.map((c) => c.text).join(' ')));
      const lost = words(text).filter((w) => !kept.has(w));
      expect(lost.length / words(text).length).toBeLessThan(0.01);
    });
  });

  it('000: drops the contents page and finds its sections', () => {
    const cs = seed('000');
    expect(cs.find((c) => c.text === 'Contents')).toBeUndefined();
    expect(cs.filter((c) => c.text === 'Objectives')).toHaveLength(1);
    expect(cs[0]).toMatchObject({ number: '', isHeading: true, text: 'Thorndown Pre-School' });
    expect(heading(cs, 'Safer Online Behaviour')?.number).toBe('8');
    expect(heading(cs, 'Review of Policy')?.number).toBe('14');
    expect(clauseContaining(cs, 'Never \'friend\' a pupil')).toMatchObject({ number: '6.9', heading: 'Code of Conduct: Social Networking' });
    expect(clauseContaining(cs, 'Whistle-blowing Policy')?.isHeading).toBe(false);
    expect(cs.find((c) => c.text.includes('_____'))).toBeUndefined();
  });

  it('001: nests its numbered subsections and joins a bullet broken across a blank line', () => {
    const cs = seed('001');
    expect(heading(cs, 'Personal use of Social Media')?.number).toBe('4.1');
    expect(heading(cs, 'School-Sanctioned use of Social Media')?.number).toBe('4.2');
    expect(clauseContaining(cs, 'via social media is legitimately representative of the school')?.number).toBe('2.7');
    expect(clauseContaining(cs, 'Protect the school from legal risks')?.text).toBe('Protect the school from legal risks');
  });

  it('002: reads headings that end with a full stop, and the appendix', () => {
    const cs = seed('002');
    for (const h of ['Safeguarding.', 'Respect.', 'Communication with Children and Young People.', 'Appendix 1', 'DO', 'DO NOT']) {
      expect(heading(cs, h), h).toBeDefined();
    }
    expect(clauseContaining(cs, 'Disciplinary Procedure Data Protection Policy')?.isHeading).toBe(false);
    expect(clauseContaining(cs, 'concerns about your treatment at work or other concerns you may have.')).toBeDefined();
    expect(clauseContaining(cs, 'Act responsibly at all times.')?.text).not.toContain('**');
  });

  it('003: joins its hard-wrapped lines', () => {
    const cs = seed('003');
    expect(clauseContaining(cs, 'To be a pioneer')?.text).toBe('To be a pioneer in education to produce students of noble mind.');
    expect(clauseContaining(cs, 'Staff must not use personal social media with any child')?.text).toBe(
      'Staff must not use personal social media with any child with whom they solely have, or have had, a staff/students relationship. This includes ex-students until they reach the age of 18.',
    );
    expect(heading(cs, 'When using social media at any time')).toBeDefined();
    expect(clauseContaining(cs, 'Tolerance')?.heading).toBe('CORE VALUES');
  });

  it("004: reads Word's symbol bullets and its two parts", () => {
    const cs = seed('004');
    expect(heading(cs, 'Social Networking Policy – Parents')).toBeDefined();
    expect(heading(cs, 'Potential and Actual Breaches of the Code of Conduct')).toBeDefined();
    expect(clauseContaining(cs, 'Never use or access social networking sites of pupils.')).toMatchObject({
      text: 'Never use or access social networking sites of pupils.',
      heading: 'Code of Conduct for Social Networking',
    });
  });
});
