import { sql, type SQL } from 'drizzle-orm';
import { pgPolicy, pgRole, type AnyPgColumn } from 'drizzle-orm/pg-core';

// The role every request's transaction switches to (SET LOCAL ROLE). It is neither superuser
// nor table owner, so row-level security binds it. Created by migration 0000, not by drizzle-kit.
export const appRole = pgRole('parapet_app').existing();

/** `app_visible_school(id)` is defined in migration 0000: true when id is in `app.school_ids`. */
export const visibleSchool = (column: AnyPgColumn): SQL => sql`app_visible_school(${column})`;

/** The standard policy for a school-owned table: the app role sees and writes only its schools' rows. */
export function schoolIsolation(name: string, schoolId: AnyPgColumn) {
  return pgPolicy(`${name}_school_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: visibleSchool(schoolId),
    withCheck: visibleSchool(schoolId),
  });
}
