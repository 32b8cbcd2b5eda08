import type { Role } from '../core/roles.ts';
import type { Tx } from './db/client.ts';

export interface SchoolRef {
  id: string;
  slug: string;
  name: string;
  trustId: string | null;
}

/** Who is acting, as far as a use case needs to know. */
export interface Actor {
  personId: string;
  roles: readonly Role[];
  ip: string | null;
  userAgent: string | null;
}

/** What every school-scoped use case receives: the transaction is bound to this one school by RLS. */
export interface SchoolContext {
  tx: Tx;
  school: SchoolRef;
  actor: Actor;
}
