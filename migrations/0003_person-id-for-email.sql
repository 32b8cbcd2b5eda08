-- The application role sees a person only once they belong to a visible school (or are the
-- acting person). A roster import must still recognise an adult who is already in Parapet through
-- another school, or it would create a second person with the same email (which the unique index
-- refuses). This function answers only "which person id has this email?", running as its owner so
-- RLS does not hide the row. It returns the id and nothing else: no name, no schools, no roles,
-- so another school's data stays out of reach; the person becomes visible to the importing school
-- only once that school gives them a membership.
CREATE OR REPLACE FUNCTION app_person_id_for_email(lookup_email text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM persons WHERE email = lower(btrim(lookup_email))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_person_id_for_email(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_person_id_for_email(text) TO parapet_app;
