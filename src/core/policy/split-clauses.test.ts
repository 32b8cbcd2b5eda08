import { describe, expect, it } from 'vitest';
import { splitClauses, type Clause } from './split-clauses.ts';

const headings = (cs: Clause[]) => cs.filter((c) => c.isHeading).map((c) => `${c.number} ${c.text}`.trim());
const byText = (cs: Clause[], text: string) => cs.find((c) => c.text === text);

describe('splitClauses', () => {
  it('numbers sections 1, 2, 3 and clauses 1.1, 1.2 under each heading', () => {
    const cs = splitClauses('Objectives\n\nThis policy sets out our approach.\n\nStaff must be careful.\n\nKey Principles\n\nSafeguarding comes first.');
    expect(cs.map((c) => [c.number, c.isHeading, c.heading, c.text])).toEqual([
      ['1', true, 'Objectives', 'Objectives'],
      ['1.1', false, 'Objectives', 'This policy sets out our approach.'],
      ['1.2', false, 'Objectives', 'Staff must be careful.'],
      ['2', true, 'Key Principles', 'Key Principles'],
      ['2.1', false, 'Key Principles', 'Safeguarding comes first.'],
    ]);
    expect(cs.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the policy's own numbering", () => {
    const cs = splitClauses(
      'Social Media Policy\n\nAdopted by governors.\n\n1. Introduction\n\n1.1 This policy applies to all staff.\n\n1.2 It also applies to volunteers.\n\n4. Safer Online Behaviour\n\n4.2 Staff must not share passwords.\n\nStaff must lock their screens.',
    );
    expect(headings(cs)).toEqual(['Social Media Policy', '1 Introduction', '4 Safer Online Behaviour']);
    expect(byText(cs, 'This policy applies to all staff.')?.number).toBe('1.1');
    expect(byText(cs, 'Staff must not share passwords.')?.number).toBe('4.2');
    expect(byText(cs, 'Staff must lock their screens.')?.number).toBe('4.3');
    expect(byText(cs, 'Adopted by governors.')?.number).toBe('0.1'); // front matter before the numbering starts
  });

  it('nests a numbered run that restarts at 1 under the unnumbered heading above it', () => {
    const cs = splitClauses('Rationale\n\nWhy we have this.\n\nIn practice\n\n1. Personal use\n\n- Do not befriend pupils.\n\n2. School accounts\n\n- Post only with consent.');
    expect(headings(cs)).toEqual(['1 Rationale', '2 In practice', '2.1 Personal use', '2.2 School accounts']);
    expect(byText(cs, 'Post only with consent.')?.number).toBe('2.2.1');
  });

  it('treats the title lines at the top as unnumbered headings', () => {
    const cs = splitClauses('St Wenn School\nSocial networking policy\n\nSafeguarding\nWe protect children.');
    expect(cs.map((c) => [c.number, c.text])).toEqual([
      ['', 'St Wenn School'],
      ['', 'Social networking policy'],
      ['1', 'Safeguarding'],
      ['1.1', 'We protect children.'],
    ]);
  });

  it('drops contents pages with dot leaders, page numbers and repeated headers', () => {
    const text = [
      'Contents', '', 'Objectives.....\t3', 'Key Principles . . . . . . 4', 'Cyber-bullying\t7', '',
      'Objectives', '', 'We aim to be safe.', '', '2', '', 'Oakfield Primary – Social Media Policy', '',
      'We aim to be kind.', '', 'Page 3 of 9', '', 'Oakfield Primary – Social Media Policy', '',
      'Key Principles', '', 'Be professional.', '', 'Oakfield Primary – Social Media Policy', '',
    ].join('\n');
    const cs = splitClauses(text);
    expect(cs.map((c) => c.text)).toEqual([
      'Objectives', 'We aim to be safe.', 'Oakfield Primary – Social Media Policy', 'We aim to be kind.', 'Key Principles', 'Be professional.',
    ]);
  });

  it('joins broken line wraps, inside a paragraph and across a page break', () => {
    const cs = splitClauses(
      'Conduct\n\nStaff must not use personal social media with any child with whom they solely have, or have had,\na staff/student relationship.\n\nEnsure that users can tell where information provided via social media is\n\nlegitimately representative of the school.',
    );
    expect(cs.slice(1).map((c) => c.text)).toEqual([
      'Staff must not use personal social media with any child with whom they solely have, or have had, a staff/student relationship.',
      'Ensure that users can tell where information provided via social media is legitimately representative of the school.',
    ]);
  });

  it('keeps each sentence-ending line of a hard-wrapped block as its own clause', () => {
    const cs = splitClauses('Rules\n\nStaff must not breach confidentiality.\nStaff must keep their accounts private.');
    expect(cs.slice(1).map((c) => c.text)).toEqual(['Staff must not breach confidentiality.', 'Staff must keep their accounts private.']);
  });

  it('makes each bullet a clause and strips the bullet mark, keeping list letters', () => {
    const cs = splitClauses(
      'Expectations\n\nStaff must:\n• be kind;\n· be fair;\n- be honest;\n* be open;\no Be careful;\n▪ be calm;\n\uf0b7 be safe;\n(a) follow the law;\nb) report concerns.',
    );
    expect(cs.slice(2).map((c) => c.text)).toEqual([
      'be kind;', 'be fair;', 'be honest;', 'be open;', 'Be careful;', 'be calm;', 'be safe;', '(a) follow the law;', 'b) report concerns.',
    ]);
    expect(cs.slice(2).map((c) => c.number)).toEqual(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  });

  it('reads a run of short title-like lines after a paragraph as a list, not as headings', () => {
    const cs = splitClauses(
      'Links\n\nRead this with the following policies:\n\nSafeguarding (Child Protection) Policy\n\nWhistle-blowing Policy\n\nAll employees must follow it.\n\nCore Values\n\nTolerance\nHonesty\nRespect',
    );
    expect(headings(cs)).toEqual(['1 Links', '2 Core Values']);
    expect(byText(cs, 'Whistle-blowing Policy')).toMatchObject({ number: '1.3', isHeading: false });
    expect(byText(cs, 'Respect')).toMatchObject({ number: '2.3', isHeading: false });
  });

  it('detects ALL CAPS, Title Case and short sentence-case headings, but not dates or sentences', () => {
    const cs = splitClauses(
      'VISION\n\nTo be a pioneer.\n\nCode of Conduct: Social Networking\n\nBe professional.\n\nWhen using social media at any time\n\nBe careful.\n\nApproved at Full Governing Body meeting on 23rd March 2023\n\nReview Period: 2 years\n\nStaff must also consider reporting these to senior leaders to ensure transparency',
    );
    expect(headings(cs)).toEqual(['1 VISION', '2 Code of Conduct: Social Networking', '3 When using social media at any time']);
  });

  it('reads a Title Case sentence with a full stop as text unless it heads a paragraph', () => {
    const cs = splitClauses('Respect.\n\nWe respect everyone.\n\nApproved by the Full Governing Body.\n\nAims\n\nTo be kind.');
    expect(headings(cs)).toEqual(['1 Respect.', '2 Aims']);
    expect(byText(cs, 'Approved by the Full Governing Body.')).toMatchObject({ number: '1.2', isHeading: false });
  });

  it('drops the paper sign-off blanks', () => {
    const cs = splitClauses('Review\n\nSign below.\n\nSigned: _____ Headteacher\n\nDate: _____');
    expect(cs.map((c) => c.text)).toEqual(['Review', 'Sign below.']);
  });

  it('gives stable numbers: the same text, with different line endings and spacing, splits the same', () => {
    const text = 'Aims\n\nTo protect children.\n\nTo protect staff.\n\nRules\n\n- No friending pupils.';
    const messy = text.replace(/\n/g, '\r\n').replace(/\r\n\r\n/g, '\r\n  \r\n\r\n') + '\n\n\n';
    expect(splitClauses(messy)).toEqual(splitClauses(text));
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitClauses('')).toEqual([]);
    expect(splitClauses(' \n\n\t\n')).toEqual([]);
  });

  it('stays fast on hostile text (long runs that make careless patterns backtrack)', () => {
    const hostile = [' '.repeat(300_000), '.'.repeat(300_000), '*'.repeat(300_000), '_'.repeat(300_000), '\t'.repeat(300_000)];
    const started = performance.now();
    for (const run of hostile) splitClauses(`Aims\n\na${run}b 3\n`);
    splitClauses(`Aims\n${'Honesty\n'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('starts an implicit first section when the text has no headings', () => {
    const cs = splitClauses('Staff must be kind.\n\nStaff must be fair.');
    expect(cs.map((c) => [c.number, c.heading])).toEqual([['1.1', null], ['1.2', null]]);
  });
});
