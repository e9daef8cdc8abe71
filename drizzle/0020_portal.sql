CREATE TABLE "phone_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone
);--> statement-breakpoint
--> statement-breakpoint
CREATE TABLE "privacy_consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"notice_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"ip" text
);--> statement-breakpoint
--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "site" jsonb;--> statement-breakpoint
ALTER TABLE "privacy_consents" ADD CONSTRAINT "privacy_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phone_codes_phone_sent" ON "phone_codes" USING btree ("phone","sent_at");--> statement-breakpoint
CREATE INDEX "privacy_consents_user" ON "privacy_consents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "service_guide_versions_district" ON "service_guide_versions" USING btree ("district_code","administrative_matter_id","version_no");--> statement-breakpoint
COMMENT ON TABLE "phone_codes" IS 'Q-1: one-time codes proving a mobile number before an account is opened with it (SM3 only)';--> statement-breakpoint
COMMENT ON TABLE "privacy_consents" IS 'Q-1: the personal-information notice each account agreed to, by version and time (PIPL art. 14)';--> statement-breakpoint
COMMENT ON COLUMN "district_settings"."site" IS 'ORG-3: the public site''s foot: sponsor, contacts, 网站标识码, ICP and police registrations, error-report link';
