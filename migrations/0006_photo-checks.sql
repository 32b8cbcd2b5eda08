CREATE TABLE "photo_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"faces" jsonb NOT NULL,
	"missed_faces" integer DEFAULT 0 NOT NULL,
	"tags" jsonb NOT NULL,
	"had_location" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tagged_by" uuid,
	"tagged_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "photo_checks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "photo_checks" ADD CONSTRAINT "photo_checks_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_checks" ADD CONSTRAINT "photo_checks_created_by_persons_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_checks" ADD CONSTRAINT "photo_checks_tagged_by_persons_id_fk" FOREIGN KEY ("tagged_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_checks" ADD CONSTRAINT "photo_checks_file_fk" FOREIGN KEY ("school_id","file_sha256") REFERENCES "public"."files"("school_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "photo_checks_school_created_idx" ON "photo_checks" USING btree ("school_id","created_at");--> statement-breakpoint
CREATE POLICY "photo_checks_school_isolation" ON "photo_checks" AS PERMISSIVE FOR ALL TO "parapet_app" USING (app_visible_school("photo_checks"."school_id")) WITH CHECK (app_visible_school("photo_checks"."school_id"));