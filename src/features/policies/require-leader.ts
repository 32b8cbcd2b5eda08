import { forbidden } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import type { SchoolContext } from '../../platform/context.ts';

/** Only the Head, senior leaders and trust administrators manage policies and see who has signed. */
export function requireLeader(ctx: SchoolContext): void {
  if (!hasAnyRole(ctx.actor.roles, LEADERSHIP)) {
    throw forbidden('Only the Headteacher, senior leaders and trust administrators can manage policies.');
  }
}
