import { describe, expect, it } from 'vitest';
import { datesIn, monthsBetween, periodIn } from './dates.ts';
import { rolesIn } from './roles.ts';

describe('datesIn', () => {
  it.each([
    ['Approved on 23rd March 2023', '2023-03-23', 'day'],
    ['adopted on 1st of January 2012', '2012-01-01', 'day'],
    ['agreed on March 3, 2021', '2021-03-03', 'day'],
    ['ratified 12/09/2023', '2023-09-12', 'day'],
    ['FGB 22.11.22', '2022-11-22', 'day'],
    ['Review: Sept 2022', '2022-09-01', 'month'],
    ['Date for next review: Spring 2025', '2025-01-01', 'month'],
    ['by the Autumn term 2024', '2024-09-01', 'month'],
    ['Summer 2026', '2026-04-01', 'month'],
    ['2024-06-30', '2024-06-30', 'day'],
  ])('%s → %s', (text, iso, precision) => {
    expect(datesIn(text)[0]).toMatchObject({ iso, precision });
  });

  it('ignores dates that do not exist and numbers that are not dates', () => {
    expect(datesIn('31/02/2023, 30 February 2023, section 4.2.1, 2 years')).toEqual([]);
  });

  it('keeps the more precise reading where two overlap, in order', () => {
    expect(datesIn('Written September 2020, approved 5 October 2020').map((d) => d.iso)).toEqual(['2020-09-01', '2020-10-05']);
  });
});

describe('periodIn and monthsBetween', () => {
  it.each([
    ['reviewed every two years', 24],
    ['Review period: 2 years', 24],
    ['reviewed annually', 12],
    ['every 18 months', 18],
    ['biennially', 24],
    ['on a three-year cycle', 36],
    ['termly', 4],
  ])('%s → %i', (text, months) => {
    expect(periodIn(text)?.months).toBe(months);
  });

  it('counts calendar months between a date and a later one', () => {
    expect(monthsBetween('2012-01-01', '2018-01-01')).toBe(72);
    expect(monthsBetween('2020-09-01', '2020-09-01')).toBeNull();
  });
});

describe('rolesIn', () => {
  it('maps the names policies use to role ids, the most specific first', () => {
    const roles = (text: string) => rolesIn(text).map((r) => r.role);
    expect(roles('the Head teacher, the Principal, the Head of School')).toEqual(['headteacher', 'headteacher', 'headteacher']);
    expect(roles('the Deputy Designated Safeguarding Lead and the DSL')).toEqual(['deputy-dsl', 'dsl']);
    expect(roles('the designated person for Child Protection (Head teacher)')).toEqual(['dsl', 'headteacher']);
    expect(roles('the Chair of Governors, the senior leadership team, their line manager')).toEqual(['chair-of-governors', 'slt', 'line-manager']);
    expect(roles('the Deputy Headteacher')).toEqual(['deputy-headteacher']);
  });
});
