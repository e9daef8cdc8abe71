CREATE TABLE "counter_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"identifier" text NOT NULL,
	"name" text NOT NULL,
	"capacity" text NOT NULL,
	"code_hash" text NOT NULL,
	"district_code" text NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	CONSTRAINT "counter_codes_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "party_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"identifier" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"district_code" text NOT NULL,
	"capacity" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"proven_by" text,
	"party_id" uuid,
	"sms_code_hash" text,
	"sms_code_expires_at" timestamp with time zone,
	"sms_sent_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"last_failed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_sm3" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"body" text NOT NULL,
	"purpose" text NOT NULL,
	"request_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"last_error" text,
	"receipt" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outbound_messages_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "party_capacity" text;--> statement-breakpoint
ALTER TABLE "counter_codes" ADD CONSTRAINT "counter_codes_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_codes" ADD CONSTRAINT "counter_codes_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_codes" ADD CONSTRAINT "counter_codes_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_claims" ADD CONSTRAINT "party_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_claims" ADD CONSTRAINT "party_claims_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_claims" ADD CONSTRAINT "party_claims_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_claims" ADD CONSTRAINT "party_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counter_codes_identifier" ON "counter_codes" USING btree ("identifier");--> statement-breakpoint
CREATE UNIQUE INDEX "party_claims_one_open" ON "party_claims" USING btree ("user_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "party_claims_identifier" ON "party_claims" USING btree ("identifier","status");--> statement-breakpoint
CREATE INDEX "outbound_messages_due" ON "outbound_messages" USING btree ("state","next_attempt_at");--> statement-breakpoint
COMMENT ON TABLE "idempotency_keys" IS 'Q-4: Idempotency-Key of creating requests, written in the transaction of the change, completed with the answer a retry gets again';--> statement-breakpoint
COMMENT ON TABLE "party_claims" IS 'Accounts claiming to be a person or to act for an organisation; no access to the party until proven (SMS to the phone on record, counter code, identity provider, company administrator)';--> statement-breakpoint
COMMENT ON TABLE "counter_codes" IS 'One-time codes handed over at the counter after an in-person identity check; SM3 of the code only';--> statement-breakpoint
COMMENT ON TABLE "outbound_messages" IS 'Outbox of SMS (and later mail) written in the transaction of their cause, relayed with retries; delivered bodies are cleared';--> statement-breakpoint
COMMENT ON COLUMN "parties"."phone" IS 'Phone on record: from the counter, or from the first account that proved the party';--> statement-breakpoint
-- Accounts linked by self-registration had proven nothing: the link becomes a claim still to prove.
INSERT INTO "party_claims" ("user_id", "kind", "identifier", "name", "phone", "district_code", "capacity", "status", "created_at")
SELECT u."id", p."kind", p."identifier", p."name", u."phone", u."district_code",
       CASE WHEN p."kind" = 'person' THEN 'self' ELSE 'agent' END, 'pending', u."created_at"
FROM "users" u JOIN "parties" p ON p."id" = u."party_id"
WHERE EXISTS (SELECT 1 FROM "audit_entries" a WHERE a."action" = 'account.registered' AND a."entity_id" = u."id"::text);--> statement-breakpoint
UPDATE "users" SET "party_id" = NULL WHERE "id" IN (SELECT "user_id" FROM "party_claims" WHERE "status" = 'pending');--> statement-breakpoint
-- Accounts an administrator enrolled keep their party: a person's own, a company's first as its administrator.
UPDATE "users" u SET "party_capacity" = CASE
    WHEN p."kind" = 'person' THEN 'self'
    WHEN u."id" = (SELECT f."id" FROM "users" f WHERE f."party_id" = p."id" ORDER BY f."created_at", f."id" LIMIT 1) THEN 'administrator'
    ELSE 'agent' END
FROM "parties" p WHERE p."id" = u."party_id";--> statement-breakpoint
UPDATE "parties" p SET "phone" = u."phone"
FROM "users" u WHERE u."party_id" = p."id" AND u."party_capacity" = 'self' AND u."phone" IS NOT NULL AND p."phone" IS NULL;--> statement-breakpoint
UPDATE "parties" p SET "phone" = c."applicant_phone"
FROM (SELECT DISTINCT ON ("party_id") "party_id", "applicant_phone" FROM "cases"
      WHERE "channel" = 'counter' AND "applicant_phone" IS NOT NULL ORDER BY "party_id", "created_at" DESC) c
WHERE c."party_id" = p."id" AND p."kind" = 'person' AND p."phone" IS NULL;
