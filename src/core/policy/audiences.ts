// Who a policy is addressed to, and which of a person's school roles put them in each audience.
import type { Role } from '../roles.ts';

export const AUDIENCES = ['staff', 'volunteers', 'governors', 'contractors', 'parents', 'visitors'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  staff: 'Staff',
  volunteers: 'Volunteers',
  governors: 'Governors',
  contractors: 'Contractors',
  parents: 'Parents and carers',
  visitors: 'Visitors',
};

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** Visitors hold no role in Parapet: they read the policy on paper or on the school's website. */
const AUDIENCE_OF_ROLE: Partial<Record<Role, Audience>> = {
  headteacher: 'staff',
  dsl: 'staff',
  'deputy-dsl': 'staff',
  slt: 'staff',
  'social-media-manager': 'staff',
  staff: 'staff',
  volunteer: 'volunteers',
  governor: 'governors',
  contractor: 'contractors',
  parent: 'parents',
};

/** The audiences a person belongs to through their roles in the school. */
export function audiencesOfRoles(roles: readonly Role[]): Audience[] {
  const out = new Set<Audience>();
  for (const r of roles) {
    const a = AUDIENCE_OF_ROLE[r];
    if (a) out.add(a);
  }
  return [...out];
}

/** Roles (of `roles`) through which a policy with `audiences` is addressed to the person. */
export function rolesAddressed(roles: readonly Role[], audiences: readonly string[]): Role[] {
  return roles.filter((r) => {
    const a = AUDIENCE_OF_ROLE[r];
    return a !== undefined && audiences.includes(a);
  });
}
