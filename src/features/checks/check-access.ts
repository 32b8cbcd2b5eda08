import { forbidden } from '../../core/errors.ts';
import { hasAnyRole, type Role } from '../../core/roles.ts';

/**
 * Who may run checks: the school's staff. Parents, governors, volunteers and contractors may not,
 * because a check answers "is this a pupil's name?" and so would let them probe the roster.
 */
export const CHECK_ROLES: readonly Role[] = ['headteacher', 'dsl', 'deputy-dsl', 'slt', 'social-media-manager', 'staff', 'trust-admin'];

export const canCheck = (roles: readonly Role[]) => hasAnyRole(roles, CHECK_ROLES);

export function requireCheckAccess(roles: readonly Role[]): void {
  if (!canCheck(roles)) throw forbidden("Checks are open to the school's staff only.");
}
