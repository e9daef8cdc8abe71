CREATE TABLE "administrative_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"proofs" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"proves" text NOT NULL,
	"legal_basis" text NOT NULL,
	"issuing_body" text NOT NULL,
	"field" text NOT NULL,
	"frequency" text NOT NULL,
	"difficulty" text NOT NULL,
	"verifiability" text NOT NULL,
	"e_license" boolean NOT NULL,
	"exclusion" jsonb,
	"retained_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_change_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_user_id" uuid,
	"comment" text NOT NULL,
	"state_after" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"number" text NOT NULL,
	"action" text NOT NULL,
	"target_item_id" uuid,
	"target_snapshot" jsonb,
	"proposal" jsonb,
	"reason" text NOT NULL,
	"legal_basis" text NOT NULL,
	"state" text NOT NULL,
	"requesting_agency_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"review_jurisdiction_code" text NOT NULL,
	"published_version_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "list_change_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "list_draft_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"certification_matter_id" uuid,
	"administrative_matter_id" uuid,
	"agency_id" uuid,
	"assisting_agency_id" uuid,
	"name" text NOT NULL,
	"proves" text NOT NULL,
	"field" text NOT NULL,
	"administrative_matter" text NOT NULL,
	"administrative_matter_kind" text NOT NULL,
	"handling_agency" text NOT NULL,
	"issuing_body" text NOT NULL,
	"legal_basis" text NOT NULL,
	"verification" text NOT NULL,
	"assisting_agency" text,
	"time_limit_working_days" integer NOT NULL,
	"standard" text NOT NULL,
	"method" text NOT NULL,
	"disclosure" boolean NOT NULL,
	"remarks" text NOT NULL,
	"source_item_key" text,
	"claimed_at" timestamp with time zone,
	"claimed_by" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_version_id" uuid NOT NULL,
	"district_code" text,
	"hop" integer NOT NULL,
	"from_jurisdiction_code" text NOT NULL,
	"to_jurisdiction_code" text NOT NULL,
	"state" text NOT NULL,
	"due_date" date NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"received_at" timestamp with time zone,
	"received_by" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"title" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_on" date NOT NULL,
	"published_by" text NOT NULL,
	"items" jsonb NOT NULL,
	"retained" jsonb NOT NULL,
	"content_sm3" text NOT NULL,
	"note" text NOT NULL,
	"change_request_ids" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_code" text NOT NULL,
	"district_code" text,
	"title" text NOT NULL,
	"claims_list_id" uuid,
	"draft_revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lists_jurisdiction_code_unique" UNIQUE("jurisdiction_code")
);
--> statement-breakpoint
ALTER TABLE "administrative_matters" ADD CONSTRAINT "administrative_matters_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "administrative_matters" ADD CONSTRAINT "administrative_matters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_matters" ADD CONSTRAINT "certification_matters_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_request_events" ADD CONSTRAINT "list_change_request_events_change_request_id_list_change_requests_id_fk" FOREIGN KEY ("change_request_id") REFERENCES "public"."list_change_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_request_events" ADD CONSTRAINT "list_change_request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_requesting_agency_id_agencies_id_fk" FOREIGN KEY ("requesting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_review_jurisdiction_code_jurisdictions_code_fk" FOREIGN KEY ("review_jurisdiction_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_published_version_id_list_versions_id_fk" FOREIGN KEY ("published_version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD CONSTRAINT "list_draft_items_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD CONSTRAINT "list_draft_items_certification_matter_id_certification_matters_id_fk" FOREIGN KEY ("certification_matter_id") REFERENCES "public"."certification_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD CONSTRAINT "list_draft_items_administrative_matter_id_administrative_matters_id_fk" FOREIGN KEY ("administrative_matter_id") REFERENCES "public"."administrative_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD CONSTRAINT "list_draft_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD CONSTRAINT "list_draft_items_assisting_agency_id_agencies_id_fk" FOREIGN KEY ("assisting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_filings" ADD CONSTRAINT "list_filings_list_version_id_list_versions_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_filings" ADD CONSTRAINT "list_filings_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_filings" ADD CONSTRAINT "list_filings_from_jurisdiction_code_jurisdictions_code_fk" FOREIGN KEY ("from_jurisdiction_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_filings" ADD CONSTRAINT "list_filings_to_jurisdiction_code_jurisdictions_code_fk" FOREIGN KEY ("to_jurisdiction_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lists" ADD CONSTRAINT "lists_jurisdiction_code_jurisdictions_code_fk" FOREIGN KEY ("jurisdiction_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lists" ADD CONSTRAINT "lists_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lists" ADD CONSTRAINT "lists_claims_list_id_lists_id_fk" FOREIGN KEY ("claims_list_id") REFERENCES "public"."lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "administrative_matters_district_code" ON "administrative_matters" USING btree ("district_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "administrative_matters_district_name" ON "administrative_matters" USING btree ("district_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_matters_district_name" ON "certification_matters" USING btree ("district_code","name");--> statement-breakpoint
CREATE INDEX "list_change_request_events_request" ON "list_change_request_events" USING btree ("change_request_id","at");--> statement-breakpoint
CREATE INDEX "list_change_requests_list_state" ON "list_change_requests" USING btree ("list_id","state");--> statement-breakpoint
CREATE INDEX "list_draft_items_list" ON "list_draft_items" USING btree ("list_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "list_draft_items_one_row" ON "list_draft_items" USING btree ("list_id","name","administrative_matter","handling_agency");--> statement-breakpoint
CREATE UNIQUE INDEX "list_filings_version_hop" ON "list_filings" USING btree ("list_version_id","hop");--> statement-breakpoint
CREATE UNIQUE INDEX "list_versions_list_no" ON "list_versions" USING btree ("list_id","version_no");