import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { acknowledgementCsv } from './acknowledgement-csv.ts';

describe('acknowledgementCsv', () => {
  it('lists each person with their status, neutralising formulas in names', () => {
    const csv = acknowledgementCsv({
      rows: [
        { personId: 'a', name: '=HYPERLINK("http://evil.example","Click")', roles: ['staff'], signedAt: null, earlierVersionNumber: 2 },
        { personId: 'b', name: 'Zoë Ellis', roles: ['headteacher', 'governor'], signedAt: new Date('2025-06-02T15:05:00Z'), earlierVersionNumber: null },
      ],
      signed: 1,
      notSigned: 1,
      total: 2,
      willComply: 0,
    });
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ['Name', 'Roles', 'Status', 'Signed at (UK time)', 'Signed at (UTC)', 'Earlier version signed'],
      ['\'=HYPERLINK("http://evil.example","Click")', 'Staff', 'Not signed', '', '', 'Version 2'],
      ['Zoë Ellis', 'Headteacher; Governor', 'Signed', '2 June 2025, 4:05 pm', '2025-06-02T15:05:00.000Z', ''],
    ]);
  });
});
