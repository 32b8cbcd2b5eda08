CREATE TABLE "policy_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"origin" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_by" uuid,
	"activated_at" timestamp with time zone,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "policy_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"status" text NOT NULL,
	"params" jsonb NOT NULL,
	"confidence" real,
	"clauses" jsonb NOT NULL,
	"why" text,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "policy_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ADD CONSTRAINT "policy_rule_sets_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ADD CONSTRAINT "policy_rule_sets_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ADD CONSTRAINT "policy_rule_sets_version_id_policy_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."policy_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ADD CONSTRAINT "policy_rule_sets_created_by_persons_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rule_sets" ADD CONSTRAINT "policy_rule_sets_activated_by_persons_id_fk" FOREIGN KEY ("activated_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rules" ADD CONSTRAINT "policy_rules_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rules" ADD CONSTRAINT "policy_rules_rule_set_id_policy_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."policy_rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_rules" ADD CONSTRAINT "policy_rules_decided_by_persons_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rule_sets_revision_key" ON "policy_rule_sets" USING btree ("version_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rule_sets_one_draft_key" ON "policy_rule_sets" USING btree ("version_id") WHERE "policy_rule_sets"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rule_sets_one_active_key" ON "policy_rule_sets" USING btree ("policy_id") WHERE "policy_rule_sets"."status" = 'active';--> statement-breakpoint
CREATE INDEX "policy_rule_sets_school_idx" ON "policy_rule_sets" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_rules_rule_key" ON "policy_rules" USING btree ("rule_set_id","rule_id");--> statement-breakpoint
CREATE POLICY "policy_rule_sets_school_isolation" ON "policy_rule_sets" AS PERMISSIVE FOR ALL TO "parapet_app" USING (app_visible_school("policy_rule_sets"."school_id")) WITH CHECK (app_visible_school("policy_rule_sets"."school_id"));--> statement-breakpoint
CREATE POLICY "policy_rules_school_isolation" ON "policy_rules" AS PERMISSIVE FOR ALL TO "parapet_app" USING (app_visible_school("policy_rules"."school_id")) WITH CHECK (app_visible_school("policy_rules"."school_id"));