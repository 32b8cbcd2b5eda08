// Roles a person can hold in a school. One person may hold several, in several schools.
export const SCHOOL_ROLES = [
  'headteacher',
  'dsl',
  'deputy-dsl',
  'slt',
  'social-media-manager',
  'staff',
  'volunteer',
  'governor',
  'contractor',
  'parent',
] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

// Held at trust level: reaches every school of that trust and no other.
export const TRUST_ROLES = ['trust-admin'] as const;
export type TrustRole = (typeof TRUST_ROLES)[number];
export type Role = SchoolRole | TrustRole;

export const ROLE_LABELS: Record<Role, string> = {
  headteacher: 'Headteacher',
  dsl: 'Designated safeguarding lead',
  'deputy-dsl': 'Deputy safeguarding lead',
  slt: 'Senior leadership',
  'social-media-manager': 'Social media manager',
  staff: 'Staff',
  volunteer: 'Volunteer',
  governor: 'Governor',
  contractor: 'Contractor',
  parent: 'Parent or carer',
  'trust-admin': 'Trust administrator',
};

export function isSchoolRole(value: string): value is SchoolRole {
  return (SCHOOL_ROLES as readonly string[]).includes(value);
}

/** People who run the school's policy: may manage people, policies and see sign-off status. */
export const LEADERSHIP: readonly Role[] = ['headteacher', 'slt', 'trust-admin'];

/** People the policy asks to sign (rather than merely read and agree to comply). */
export const SIGNING_ROLES: readonly SchoolRole[] = [
  'headteacher',
  'dsl',
  'deputy-dsl',
  'slt',
  'social-media-manager',
  'staff',
  'volunteer',
  'governor',
  'contractor',
];

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return held.some((r) => wanted.includes(r));
}
