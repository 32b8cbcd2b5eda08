import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

export interface TenancyScope {
  /** The schools this transaction may see. Usually one; a trust report may set several. */
  schoolIds: readonly string[];
  /** The acting person, if any (lets them read their own person row). */
  personId?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` in a transaction bound by row-level security: it switches to the `parapet_app`
 * role and sets the visible schools, both for this transaction only (SET LOCAL / is_local).
 */
export async function withSchoolTx<T>(db: Db, scope: TenancyScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (const id of scope.schoolIds) if (!UUID.test(id)) throw new Error(`not a school id: ${id}`);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role parapet_app`);
    await tx.execute(
      sql`select set_config('app.school_ids', ${scope.schoolIds.join(',')}, true), set_config('app.person_id', ${scope.personId ?? ''}, true)`,
    );
    return fn(tx);
  });
}

/**
 * A transaction outside any school, as the connecting user: for sign-in, sessions, migrations,
 * the demo and jobs that span schools. Callers must scope their own queries; keep uses few.
 */
export async function withSystemTx<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
