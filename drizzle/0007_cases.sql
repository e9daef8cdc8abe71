CREATE TABLE "case_counters" (
	"district_code" text NOT NULL,
	"year" integer NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"commitment_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"model" jsonb NOT NULL,
	"stored_document_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sm3" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_proofs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"proof_name" text NOT NULL,
	"item" jsonb,
	"choice" text NOT NULL,
	"disclosure" text,
	"file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"administrative_matter_id" uuid NOT NULL,
	"matter_name" text NOT NULL,
	"party_id" uuid NOT NULL,
	"entered_by" uuid NOT NULL,
	"channel" text NOT NULL,
	"agent_name" text,
	"applicant_phone" text,
	"state" text NOT NULL,
	"list_version_id" uuid,
	"list_version_no" integer,
	"idempotency_key" text,
	"request_sm3" text,
	"eligibility" jsonb,
	"decision_eligibility" jsonb,
	"submitted_at" timestamp with time zone,
	"accept_due_date" date,
	"accepted_at" timestamp with time zone,
	"decision_due_date" date,
	"decided_on" date,
	"decision_no" text,
	"officer_note" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_case_no_unique" UNIQUE("case_no")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"case_proof_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"party_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"proof_name" text NOT NULL,
	"matter_name" text NOT NULL,
	"notice_text_version_id" uuid,
	"commitment_text_version_id" uuid,
	"text_sm3" text NOT NULL,
	"signed_payload" text NOT NULL,
	"signature_method" text NOT NULL,
	"signature" text NOT NULL,
	"signer_public_key" text NOT NULL,
	"scan_file_id" uuid,
	"signed_at" timestamp with time zone NOT NULL,
	"disclosed" boolean NOT NULL,
	"state" text NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL,
	"state_note" text
);
--> statement-breakpoint
CREATE TABLE "credit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"authority" text NOT NULL,
	"basis" text NOT NULL,
	"commitment_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"repaired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verification_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"proof_name" text NOT NULL,
	"kind" text NOT NULL,
	"verification" text NOT NULL,
	"method" text NOT NULL,
	"assisting_agency" text,
	"due_date" date,
	"state" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tasks_commitment_id_unique" UNIQUE("commitment_id")
);
--> statement-breakpoint
CREATE TABLE "platform_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"private_key" text NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_stored_document_id_stored_documents_id_fk" FOREIGN KEY ("stored_document_id") REFERENCES "public"."stored_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proofs" ADD CONSTRAINT "case_proofs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_proofs" ADD CONSTRAINT "case_proofs_file_id_case_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_administrative_matter_id_administrative_matters_id_fk" FOREIGN KEY ("administrative_matter_id") REFERENCES "public"."administrative_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_list_version_id_list_versions_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_case_proof_id_case_proofs_id_fk" FOREIGN KEY ("case_proof_id") REFERENCES "public"."case_proofs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_scan_file_id_case_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_counters_key" ON "case_counters" USING btree ("district_code","year");--> statement-breakpoint
CREATE INDEX "case_documents_case" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_documents_pending" ON "case_documents" USING btree ("stored_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_proofs_position" ON "case_proofs" USING btree ("case_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency" ON "cases" USING btree ("entered_by","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_decision_no" ON "cases" USING btree ("district_code","decision_no");--> statement-breakpoint
CREATE INDEX "cases_party" ON "cases" USING btree ("party_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_queue" ON "cases" USING btree ("district_code","agency_id","state");--> statement-breakpoint
CREATE INDEX "commitments_party" ON "commitments" USING btree ("party_id","signed_at");--> statement-breakpoint
CREATE INDEX "commitments_case" ON "commitments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "credit_records_party" ON "credit_records" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "verification_tasks_queue" ON "verification_tasks" USING btree ("district_code","agency_id","state");--> statement-breakpoint
CREATE INDEX "audit_entries_entity" ON "audit_entries" USING btree ("entity_type","entity_id");