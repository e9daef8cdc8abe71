CREATE TABLE "assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"requesting_district_code" text NOT NULL,
	"requesting_agency_id" uuid NOT NULL,
	"assisting_district_code" text NOT NULL,
	"assisting_agency_id" uuid NOT NULL,
	"matter_name" text NOT NULL,
	"proof_name" text NOT NULL,
	"question" text NOT NULL,
	"subject_name" text NOT NULL,
	"subject_identifier_masked" text NOT NULL,
	"due_date" date NOT NULL,
	"state" text NOT NULL,
	"answer_outcome" text,
	"answer" text,
	"answer_document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assistance_requests_state_valid" CHECK (state IN ('open', 'answered', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "data_access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_identifier" text NOT NULL,
	"party_id" uuid,
	"record_type" text NOT NULL,
	"purpose" text NOT NULL,
	"case_id" uuid,
	"case_no" text,
	"task_id" uuid,
	"district_code" text NOT NULL,
	"agency_name" text NOT NULL,
	"user_id" uuid,
	"user_name" text NOT NULL,
	"request_id" text NOT NULL,
	"answered" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"display_delayed_until" date,
	"delay_reason" text,
	"delayed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "false_commitment_handlings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid,
	"commitment_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"finding" text NOT NULL,
	"credit_record_id" uuid NOT NULL,
	"state" text NOT NULL,
	"found_by" uuid,
	"found_at" timestamp with time zone NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "false_commitment_handlings_commitment_id_unique" UNIQUE("commitment_id"),
	CONSTRAINT "false_commitment_handlings_stage_valid" CHECK (stage IN ('before-decision', 'after-decision')),
	CONSTRAINT "false_commitment_handlings_state_valid" CHECK (state IN ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "handling_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handling_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_no" text NOT NULL,
	"decided_on" date NOT NULL,
	"deadline" date,
	"details" text NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "handling_actions_kind_valid" CHECK (kind IN ('terminate', 'rectify', 'revoke', 'penalise', 'transfer')),
	CONSTRAINT "handling_actions_state_valid" CHECK (state IN ('in-force', 'complied', 'not-complied'))
);
--> statement-breakpoint
CREATE TABLE "on_site_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"scheduled_on" date NOT NULL,
	"address" text NOT NULL,
	"inspectors" jsonb NOT NULL,
	"state" text NOT NULL,
	"findings" text,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scheduled_by" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "on_site_visits_state_valid" CHECK (state IN ('scheduled', 'recorded'))
);
--> statement-breakpoint
CREATE TABLE "regularisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"request" text NOT NULL,
	"due_date" date NOT NULL,
	"state" text NOT NULL,
	"correction" text,
	"corrected_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "regularisations_state_valid" CHECK (state IN ('open', 'corrected', 'lapsed'))
);
--> statement-breakpoint
CREATE TABLE "verification_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"comparison" jsonb,
	"document_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "verification_tasks" DROP CONSTRAINT "verification_tasks_state_valid";--> statement-breakpoint
ALTER TABLE "case_proofs" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "matter_facts" jsonb;--> statement-breakpoint
ALTER TABLE "certification_matters" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "assistance_working_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "standard" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "outcome_reason" text;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "follow_up" text;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "finished_by" uuid;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "run_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "run_lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "run_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "last_run_error" text;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "visit_id" uuid;--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_requesting_district_code_jurisdictions_code_fk" FOREIGN KEY ("requesting_district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_requesting_agency_id_agencies_id_fk" FOREIGN KEY ("requesting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_assisting_district_code_jurisdictions_code_fk" FOREIGN KEY ("assisting_district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_assisting_agency_id_agencies_id_fk" FOREIGN KEY ("assisting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_access_log" ADD CONSTRAINT "data_access_log_delayed_by_users_id_fk" FOREIGN KEY ("delayed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_credit_record_id_credit_records_id_fk" FOREIGN KEY ("credit_record_id") REFERENCES "public"."credit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "false_commitment_handlings" ADD CONSTRAINT "false_commitment_handlings_found_by_users_id_fk" FOREIGN KEY ("found_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_actions" ADD CONSTRAINT "handling_actions_handling_id_false_commitment_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."false_commitment_handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_actions" ADD CONSTRAINT "handling_actions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_site_visits" ADD CONSTRAINT "on_site_visits_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_site_visits" ADD CONSTRAINT "on_site_visits_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_site_visits" ADD CONSTRAINT "on_site_visits_scheduled_by_users_id_fk" FOREIGN KEY ("scheduled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_site_visits" ADD CONSTRAINT "on_site_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regularisations" ADD CONSTRAINT "regularisations_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regularisations" ADD CONSTRAINT "regularisations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regularisations" ADD CONSTRAINT "regularisations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_evidence" ADD CONSTRAINT "verification_evidence_task_id_verification_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."verification_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_evidence" ADD CONSTRAINT "verification_evidence_document_id_stored_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."stored_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_evidence" ADD CONSTRAINT "verification_evidence_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistance_requests_queue" ON "assistance_requests" USING btree ("assisting_agency_id","state");--> statement-breakpoint
CREATE INDEX "assistance_requests_task" ON "assistance_requests" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "data_access_log_subject" ON "data_access_log" USING btree ("subject_identifier","at");--> statement-breakpoint
CREATE UNIQUE INDEX "data_access_log_request_subject" ON "data_access_log" USING btree ("request_id","subject_identifier");--> statement-breakpoint
CREATE INDEX "false_commitment_handlings_district" ON "false_commitment_handlings" USING btree ("district_code","state");--> statement-breakpoint
CREATE INDEX "handling_actions_handling" ON "handling_actions" USING btree ("handling_id");--> statement-breakpoint
CREATE INDEX "on_site_visits_agency" ON "on_site_visits" USING btree ("agency_id","scheduled_on");--> statement-breakpoint
CREATE UNIQUE INDEX "regularisations_one_open" ON "regularisations" USING btree ("task_id") WHERE state = 'open';--> statement-breakpoint
CREATE INDEX "verification_evidence_task" ON "verification_evidence" USING btree ("task_id");--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_finished_by_users_id_fk" FOREIGN KEY ("finished_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verification_tasks_runs" ON "verification_tasks" USING btree ("run_due_at");--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_outcome_valid" CHECK (outcome IN ('true', 'false', 'unverifiable'));--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_state_valid" CHECK (state IN ('planned', 'in-progress', 'awaiting-assistance', 'regularising', 'done'));