import { describe, expect, it } from 'vitest';
import { importPolicy } from '../import-policy.ts';

const meta = (text: string) => importPolicy(text).metadata;

describe('cover sheets as Word tables come out in plain text', () => {
  it('joins a label to the value on the next line', () => {
    const text = 'Social Media Policy\n\nDate approved:\n\nApproved by:\n\nBoard of Trustees\n\nDate for Review\n\nJune 2026\n\nSocial media lets people share content online.';
    expect(meta(text)).toMatchObject({ approvedOn: null, approvedBy: 'Board of Trustees', nextReview: '2026-06-01', datedOn: null });
  });

  it('reads table rows with pipes, a past review by the governors as the approval, and the gap to the next review', () => {
    const text = 'Online Safety Policy\nMeadow Lane Infant School\nDate of policy | March 2023 |\nDate reviewed by the Governing Body | FGB 14.03.2023 |\nReview date | March 2026 |\n\nThis policy sets out how staff use social networking.';
    expect(meta(text)).toMatchObject({ schoolName: 'Meadow Lane Infant School', approvedOn: '2023-03-14', approvedBy: 'Governing Body', reviewPeriodMonths: 36, nextReview: '2026-03-01' });
  });

  it('reads a label broken over lines and cells run together', () => {
    const text = 'Meadow Lane Infant School\n\nSocial networking policy\n\nDate reviewed by the\n\nGoverning Body\n\nFGB 14.03.2023\n\nReview dateMarch 2026\n\nThis policy sets out how staff use social networking.';
    expect(meta(text)).toMatchObject({ approvedOn: '2023-03-14', approvedBy: 'Governing Body', nextReview: '2026-03-01' });
  });

  it('reads an audience listed over several lines', () => {
    const text = 'Social Media Policy\n\nAudience: Parents\n\nSchool staff and volunteers\n\nLocal Governing Bodies\n\nApproved: Executive – May 2019\n\nReview: Every 2 years\n\nStaff must not befriend pupils online.';
    expect(meta(text)).toMatchObject({ audiences: ['staff', 'volunteers', 'governors', 'parents'], approvedOn: '2019-05-01', reviewPeriodMonths: 24, nextReview: '2021-05-01' });
  });
});
