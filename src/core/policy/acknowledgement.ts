// What a person is asked to say about a policy, and who has said it for the current version.
import { SIGNING_ROLES, type Role, type SchoolRole } from '../roles.ts';
import { rolesAddressed } from './audiences.ts';

export type AcknowledgementKind = 'signed' | 'will-comply';

export const STATEMENTS: Record<AcknowledgementKind, string> = {
  signed: 'I have read and understood this policy and agree to adhere to it',
  'will-comply': 'I have read this policy and will comply with it',
};

/** The words on the button: staff sign; parents and visitors say they will comply. */
export const ACTION_LABELS: Record<AcknowledgementKind, string> = {
  signed: 'Sign',
  'will-comply': 'I will comply',
};

const isSigningRole = (r: Role) => (SIGNING_ROLES as readonly string[]).includes(r);

/**
 * What a person with `roles` is asked to record for a policy addressed to `audiences`: a
 * signature if any role that the policy is addressed to is a signing role (a governor who is
 * also a parent signs), "will comply" for parents, or nothing if it is not addressed to them.
 */
export function acknowledgementKindFor(roles: readonly Role[], audiences: readonly string[]): AcknowledgementKind | null {
  const addressed = rolesAddressed(roles, audiences);
  if (addressed.some(isSigningRole)) return 'signed';
  if (addressed.length > 0) return 'will-comply';
  return null;
}

export interface SchoolMember {
  personId: string;
  name: string;
  roles: readonly SchoolRole[];
}

export interface RecordedAcknowledgement {
  personId: string;
  versionId: string;
  versionNumber: number;
  kind: AcknowledgementKind;
  signedAt: Date;
}

export interface SignerStatus {
  personId: string;
  name: string;
  /** The roles through which they are asked to sign. */
  roles: SchoolRole[];
  /** When they signed the current version; null if they have not. */
  signedAt: Date | null;
  /** The latest earlier version they signed, when they have not signed this one. */
  earlierVersionNumber: number | null;
}

export interface AcknowledgementStatus {
  rows: SignerStatus[];
  signed: number;
  notSigned: number;
  total: number;
  /** Parents who have recorded that they will comply with this version. */
  willComply: number;
}

/**
 * Everyone who should sign `versionId` (people holding a signing role that the policy is
 * addressed to), with whether they have; those who have not signed come first, then by name.
 */
export function acknowledgementStatus(
  members: readonly SchoolMember[],
  acknowledgements: readonly RecordedAcknowledgement[],
  version: { id: string; audiences: readonly string[] },
): AcknowledgementStatus {
  const current = new Map<string, RecordedAcknowledgement>();
  const earlier = new Map<string, number>();
  for (const a of acknowledgements) {
    if (a.versionId === version.id) current.set(a.personId, a);
    else if (a.kind === 'signed') earlier.set(a.personId, Math.max(earlier.get(a.personId) ?? 0, a.versionNumber));
  }
  const rows: SignerStatus[] = [];
  let willComply = 0;
  for (const m of members) {
    const kind = acknowledgementKindFor(m.roles, version.audiences);
    if (kind === 'will-comply' && current.has(m.personId)) willComply++;
    if (kind !== 'signed') continue;
    // A "will comply" from when they were only a parent does not count as a signature.
    const ack = current.get(m.personId)?.kind === 'signed' ? current.get(m.personId) : undefined;
    rows.push({
      personId: m.personId,
      name: m.name,
      roles: rolesAddressed(m.roles, version.audiences).filter(isSigningRole) as SchoolRole[],
      signedAt: ack?.signedAt ?? null,
      earlierVersionNumber: ack ? null : (earlier.get(m.personId) ?? null),
    });
  }
  rows.sort((a, b) => Number(a.signedAt !== null) - Number(b.signedAt !== null) || a.name.localeCompare(b.name, 'en-GB'));
  const signed = rows.filter((r) => r.signedAt).length;
  return { rows, signed, notSigned: rows.length - signed, total: rows.length, willComply };
}
