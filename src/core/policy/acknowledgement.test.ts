import { describe, expect, it } from 'vitest';
import { acknowledgementKindFor, acknowledgementStatus, STATEMENTS, type RecordedAcknowledgement, type SchoolMember } from './acknowledgement.ts';

const ALL = ['staff', 'volunteers', 'governors', 'contractors', 'parents', 'visitors'];

describe('acknowledgementKindFor', () => {
  it('asks staff, volunteers, governors and contractors to sign', () => {
    for (const role of ['staff', 'headteacher', 'dsl', 'slt', 'social-media-manager', 'volunteer', 'governor', 'contractor'] as const) {
      expect(acknowledgementKindFor([role], ALL), role).toBe('signed');
    }
  });

  it('asks parents to record that they will comply', () => {
    expect(acknowledgementKindFor(['parent'], ALL)).toBe('will-comply');
  });

  it('asks a parent who is also on the staff to sign', () => {
    expect(acknowledgementKindFor(['parent', 'staff'], ALL)).toBe('signed');
    expect(acknowledgementKindFor(['parent', 'staff'], ['parents'])).toBe('will-comply');
  });

  it('asks nothing of people the policy is not addressed to', () => {
    expect(acknowledgementKindFor(['governor'], ['staff'])).toBeNull();
    expect(acknowledgementKindFor(['parent'], ['staff', 'governors'])).toBeNull();
    expect(acknowledgementKindFor(['trust-admin'], ALL)).toBeNull();
  });

  it('uses the exact statements', () => {
    expect(STATEMENTS.signed).toBe('I have read and understood this policy and agree to adhere to it');
    expect(STATEMENTS['will-comply']).toBe('I have read this policy and will comply with it');
  });
});

describe('acknowledgementStatus', () => {
  const members: SchoolMember[] = [
    { personId: 'p1', name: 'Ada Lovelace', roles: ['staff'] },
    { personId: 'p2', name: 'Ben Okri', roles: ['governor'] },
    { personId: 'p3', name: 'Cara Dune', roles: ['parent'] },
    { personId: 'p4', name: 'Dev Patel', roles: ['headteacher', 'parent'] },
    { personId: 'p5', name: 'Eve Moss', roles: ['volunteer'] },
  ];
  const ack = (personId: string, versionId: string, versionNumber: number, kind: 'signed' | 'will-comply' = 'signed'): RecordedAcknowledgement => ({
    personId, versionId, versionNumber, kind, signedAt: new Date('2025-01-02T10:00:00Z'),
  });

  it('lists everyone who should sign the current version, not-signed first', () => {
    const s = acknowledgementStatus(members, [ack('p1', 'v2', 2), ack('p2', 'v1', 1), ack('p3', 'v2', 2, 'will-comply')], { id: 'v2', audiences: ALL });
    expect(s.rows.map((r) => [r.name, r.signedAt !== null, r.earlierVersionNumber])).toEqual([
      ['Ben Okri', false, 1],
      ['Dev Patel', false, null],
      ['Eve Moss', false, null],
      ['Ada Lovelace', true, null],
    ]);
    expect(s).toMatchObject({ signed: 1, notSigned: 3, total: 4, willComply: 1 });
    expect(s.rows.find((r) => r.name === 'Dev Patel')?.roles).toEqual(['headteacher']);
  });

  it('asks again for a new version: a signature on an earlier one does not count', () => {
    const s = acknowledgementStatus(members, [ack('p1', 'v1', 1)], { id: 'v2', audiences: ['staff'] });
    expect(s.rows.map((r) => r.name)).toEqual(['Ada Lovelace', 'Dev Patel']);
    expect(s.rows[0]).toMatchObject({ signedAt: null, earlierVersionNumber: 1 });
    expect(s.signed).toBe(0);
  });

  it('does not count a "will comply" as a signature from someone who must sign', () => {
    const s = acknowledgementStatus(members, [ack('p4', 'v2', 2, 'will-comply')], { id: 'v2', audiences: ALL });
    expect(s.rows.find((r) => r.personId === 'p4')?.signedAt).toBeNull();
  });
});
