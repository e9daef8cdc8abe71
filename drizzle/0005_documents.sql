CREATE TABLE "document_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"from_name" text NOT NULL,
	"to_jurisdiction_code" text NOT NULL,
	"state" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"received_by" text,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "format_text_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"item_key" text NOT NULL,
	"kind" text NOT NULL,
	"text" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "format_text_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"item_key" text NOT NULL,
	"kind" text NOT NULL,
	"version_no" integer NOT NULL,
	"item_name" text NOT NULL,
	"administrative_matter" text NOT NULL,
	"agency_id" uuid,
	"text" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_guide_drafts" (
	"administrative_matter_id" uuid PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"guide" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_guide_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"administrative_matter_id" uuid NOT NULL,
	"matter_name" text NOT NULL,
	"agency_id" uuid,
	"version_no" integer NOT NULL,
	"guide" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"subject" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sm3" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_rule_drafts" (
	"district_code" text PRIMARY KEY NOT NULL,
	"rule" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_rule_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"version_no" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_filings" ADD CONSTRAINT "document_filings_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_filings" ADD CONSTRAINT "document_filings_to_jurisdiction_code_jurisdictions_code_fk" FOREIGN KEY ("to_jurisdiction_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "format_text_drafts" ADD CONSTRAINT "format_text_drafts_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "format_text_versions" ADD CONSTRAINT "format_text_versions_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "format_text_versions" ADD CONSTRAINT "format_text_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_guide_drafts" ADD CONSTRAINT "service_guide_drafts_administrative_matter_id_administrative_matters_id_fk" FOREIGN KEY ("administrative_matter_id") REFERENCES "public"."administrative_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_guide_drafts" ADD CONSTRAINT "service_guide_drafts_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_guide_versions" ADD CONSTRAINT "service_guide_versions_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_guide_versions" ADD CONSTRAINT "service_guide_versions_administrative_matter_id_administrative_matters_id_fk" FOREIGN KEY ("administrative_matter_id") REFERENCES "public"."administrative_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_guide_versions" ADD CONSTRAINT "service_guide_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_documents" ADD CONSTRAINT "stored_documents_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_rule_drafts" ADD CONSTRAINT "work_rule_drafts_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_rule_versions" ADD CONSTRAINT "work_rule_versions_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "format_text_drafts_item" ON "format_text_drafts" USING btree ("district_code","item_key","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "format_text_versions_no" ON "format_text_versions" USING btree ("district_code","item_key","kind","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "service_guide_versions_no" ON "service_guide_versions" USING btree ("administrative_matter_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "stored_documents_subject" ON "stored_documents" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "work_rule_versions_no" ON "work_rule_versions" USING btree ("district_code","version_no");