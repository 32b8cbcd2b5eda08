-- The application role. Requests run their transactions as this role (SET LOCAL ROLE), which is
-- neither superuser nor table owner, so row-level security applies to everything it does.
DO $$
BEGIN
  CREATE ROLE parapet_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object THEN
  NULL;
END
$$;
--> statement-breakpoint
-- Let the migrating user switch to the role (a no-op for a superuser).
DO $$
BEGIN
  EXECUTE format('GRANT parapet_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO parapet_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO parapet_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO parapet_app;
--> statement-breakpoint
-- The schools a transaction may see: `app.school_ids`, a comma-separated list set with
-- set_config(..., true) at the start of each request's transaction. Unset means none.
CREATE OR REPLACE FUNCTION app_visible_school(sid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT sid = ANY (string_to_array(nullif(current_setting('app.school_ids', true), ''), ',')::uuid[])
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_person_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.person_id', true), '')::uuid
$$;
