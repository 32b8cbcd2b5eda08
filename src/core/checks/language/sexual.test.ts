import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { sexualDetector } from './sexual.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [sexualDetector]).findings.map((f) => f.text);

describe('sexual content', () => {
  it('finds sexual phrases', () => {
    expect(found('send nudes x')).toEqual(['send nudes']);
    expect(found('The new TA is well fit')).toEqual(['is well fit']);
    expect(found('want to have sex tonight?')).toHaveLength(1);
    expect(found("I'd give her one")).toHaveLength(1);
  });

  it('leaves sex education, fitness and birds alone', () => {
    for (const clean of [
      'Relationships and Sex Education evening for Year 6 parents',
      'Keep fit club on Tuesdays',
      'Two great tits at the bird feeder',
      'Children should not be sent home in wet clothes',
    ]) expect(found(clean), clean).toEqual([]);
  });
});
