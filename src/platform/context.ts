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

/**
 * Someone running a command on the server itself (`parapet roster import`), not signed in as a
 * person: trusted because they can run commands there. The audit log records them with no person
 * and no IP address.
 */
export interface ServerOperator {
  kind: 'server-operator';
}

/** For use cases that the command line may also run: the actor is a person or the server's operator. */
export interface OperatorOrSchoolContext {
  tx: Tx;
  school: SchoolRef;
  actor: Actor | ServerOperator;
}

export const isServerOperator = (actor: Actor | ServerOperator): actor is ServerOperator =>
  'kind' in actor && actor.kind === 'server-operator';
