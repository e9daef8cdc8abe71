COMMENT ON TABLE "certification_matters" IS 'LIST-1 catalogue of certification matters (证明事项) of a district, with LIST-2 exclusions';
--> statement-breakpoint
COMMENT ON TABLE "administrative_matters" IS 'LIST-1 administrative matters (行政事项) and the proofs each requires';
--> statement-breakpoint
COMMENT ON TABLE "lists" IS 'One list per jurisdiction: city general list, district list, or town list claiming the one above';
--> statement-breakpoint
COMMENT ON TABLE "list_draft_items" IS 'Working copy of a list, published as an immutable version';
--> statement-breakpoint
COMMENT ON TABLE "list_versions" IS 'LIST-4 published list versions, append-only';
--> statement-breakpoint
COMMENT ON TABLE "list_change_requests" IS 'LIST-6 change requests (add / remove / amend one item)';
--> statement-breakpoint
COMMENT ON TABLE "list_change_request_events" IS 'LIST-6 history of each change request: submissions, reviews, comments';
--> statement-breakpoint
COMMENT ON TABLE "list_filings" IS 'LIST-7 filing (备案) chain of each published version, one row per hop';
--> statement-breakpoint
CREATE FUNCTION list_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'list_versions is append-only: a published version never changes (LIST-4)';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER list_versions_no_update_delete BEFORE UPDATE OR DELETE ON "list_versions"
  FOR EACH ROW EXECUTE FUNCTION list_versions_immutable();
