CREATE TABLE "credit_feed_cursors" (
	"district_code" text NOT NULL,
	"platform" text NOT NULL,
	"position" text NOT NULL,
	"pulled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_feed_cursors_district_code_platform_pk" PRIMARY KEY("district_code","platform")
);
--> statement-breakpoint
CREATE TABLE "credit_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"record_id" uuid,
	"task_id" uuid,
	"subject" text NOT NULL,
	"reasons" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"found_by" uuid,
	"state" text NOT NULL,
	"filed_by" uuid,
	"filed_at" timestamp with time zone NOT NULL,
	"due_on" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"answer" text,
	CONSTRAINT "credit_objections_state_valid" CHECK (state IN ('under-review', 'kept', 'corrected'))
);
--> statement-breakpoint
CREATE TABLE "credit_pushes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"platform" text NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" text NOT NULL,
	"summary" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"receipt" jsonb,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_pushes_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "credit_pushes_state_valid" CHECK (state IN ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "credit_repairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"rectification" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"state" text NOT NULL,
	"applied_by" uuid,
	"applied_at" timestamp with time zone NOT NULL,
	"due_on" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "credit_repairs_state_valid" CHECK (state IN ('under-review', 'granted', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "credit_rule_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"reason" text NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_records" ALTER COLUMN "severity" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "rule_version" integer;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "document_no" text;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "found_by" uuid;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "correction_note" text;--> statement-breakpoint
UPDATE "credit_records" SET "category" = CASE WHEN "severity" = 'serious' THEN 'serious' WHEN "kind" = 'false-commitment' THEN 'general' ELSE 'minor' END, "rule_version" = 1, "source" = CASE WHEN "commitment_id" IS NULL THEN 'manual' ELSE 'verification' END;--> statement-breakpoint
ALTER TABLE "credit_records" ALTER COLUMN "category" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_records" ALTER COLUMN "rule_version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_records" ALTER COLUMN "source" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_feed_cursors" ADD CONSTRAINT "credit_feed_cursors_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_record_id_credit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_found_by_users_id_fk" FOREIGN KEY ("found_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_pushes" ADD CONSTRAINT "credit_pushes_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_record_id_credit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_rule_versions" ADD CONSTRAINT "credit_rule_versions_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_rule_versions" ADD CONSTRAINT "credit_rule_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_objections_queue" ON "credit_objections" USING btree ("district_code","state");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_objections_open_record" ON "credit_objections" USING btree ("record_id") WHERE state = 'under-review';--> statement-breakpoint
CREATE UNIQUE INDEX "credit_objections_open_task" ON "credit_objections" USING btree ("task_id") WHERE state = 'under-review';--> statement-breakpoint
CREATE INDEX "credit_pushes_due" ON "credit_pushes" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "credit_pushes_district" ON "credit_pushes" USING btree ("district_code","state","created_at");--> statement-breakpoint
CREATE INDEX "credit_repairs_queue" ON "credit_repairs" USING btree ("district_code","state");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_repairs_open" ON "credit_repairs" USING btree ("record_id") WHERE state = 'under-review';--> statement-breakpoint
CREATE UNIQUE INDEX "credit_rule_versions_version" ON "credit_rule_versions" USING btree ("district_code","version");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_found_by_users_id_fk" FOREIGN KEY ("found_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_records_district" ON "credit_records" USING btree ("district_code","recorded_at");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_external_id_unique" UNIQUE("external_id");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_source_valid" CHECK (source IN ('verification', 'supervision', 'manual', 'feed', 'migrated'));--> statement-breakpoint
COMMENT ON TABLE "credit_rule_versions" IS 'CRED-2: versions of a district''s credit rulebook (categories, punishments, grading)';--> statement-breakpoint
COMMENT ON TABLE "credit_repairs" IS 'CRED-4: applications for credit repair of one record';--> statement-breakpoint
COMMENT ON TABLE "credit_objections" IS 'CRED-5: objections to a record or a verification finding';--> statement-breakpoint
COMMENT ON TABLE "credit_pushes" IS 'CRED-6: outbox of pushes to the credit platforms, idempotent by key';--> statement-breakpoint
COMMENT ON TABLE "credit_feed_cursors" IS 'CRED-2: where the pull of a platform''s record feed stopped';
