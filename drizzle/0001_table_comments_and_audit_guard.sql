COMMENT ON TABLE "jurisdictions" IS 'ORG-1 jurisdiction tree (省 > 市 > 区县 > 镇街), GB/T 2260 and 9-digit statistical codes';
--> statement-breakpoint
COMMENT ON TABLE "agencies" IS 'Agencies (单位) of a jurisdiction: bureaus, town governments, 司法所, upper-level justice bodies';
--> statement-breakpoint
COMMENT ON TABLE "district_settings" IS 'ORG-3 per-district configuration: deadlines in working days, town list adjustment, credit platforms, lead units';
--> statement-breakpoint
COMMENT ON TABLE "parties" IS 'Applicants as parties: natural persons (居民身份证号) and organisations (统一社会信用代码)';
--> statement-breakpoint
COMMENT ON TABLE "users" IS 'ORG-2 accounts: one role at one jurisdiction, and one agency for agency staff';
--> statement-breakpoint
COMMENT ON TABLE "sessions" IS 'Server-side login sessions keyed by the SHA-256 of the cookie token';
--> statement-breakpoint
COMMENT ON TABLE "login_failures" IS 'Failed logins per account for the login rate limit';
--> statement-breakpoint
COMMENT ON TABLE "audit_chain_heads" IS 'GOV-5 head (last sequence number and hash) of each audit chain; locked FOR UPDATE when appending';
--> statement-breakpoint
COMMENT ON TABLE "audit_entries" IS 'GOV-5 append-only audit trail, entries chained by SM3 hash per district';
--> statement-breakpoint
COMMENT ON TABLE "calendar_days" IS 'Admin-entered holidays and make-up workdays (overrides and official schedules of later years)';
--> statement-breakpoint
COMMENT ON TABLE "calendar_years" IS 'Years whose official holiday schedule an admin has entered';
--> statement-breakpoint
COMMENT ON TABLE "deadlines" IS 'GOV-4 deadlines of every capability, scanned daily for reminders and escalations';
--> statement-breakpoint
COMMENT ON TABLE "notifications" IS 'CASE-7/GOV-4 inbox messages of each user';
--> statement-breakpoint
COMMENT ON TABLE "platform_meta" IS 'Facts about the deployment, such as when demo data was loaded';
--> statement-breakpoint
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only (GOV-5)';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
