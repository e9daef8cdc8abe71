COMMENT ON TABLE "work_rule_drafts" IS 'DOC-1 work rule of a district as being edited';
--> statement-breakpoint
COMMENT ON TABLE "work_rule_versions" IS 'DOC-1 published work rule versions, append-only';
--> statement-breakpoint
COMMENT ON TABLE "format_text_drafts" IS 'DOC-2 notice and commitment texts of list items as being edited';
--> statement-breakpoint
COMMENT ON TABLE "format_text_versions" IS 'DOC-2 published format text versions, append-only; cases keep the version they used';
--> statement-breakpoint
COMMENT ON TABLE "service_guide_drafts" IS 'DOC-4 service guides as being edited';
--> statement-breakpoint
COMMENT ON TABLE "service_guide_versions" IS 'DOC-4 published service guide versions, append-only';
--> statement-breakpoint
COMMENT ON TABLE "document_filings" IS 'DOC-5 filings of rules, texts and guides with the justice bureau';
--> statement-breakpoint
COMMENT ON TABLE "stored_documents" IS 'DOC-6 rendered documents with their SM3, append-only';
--> statement-breakpoint
CREATE FUNCTION documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: a published or stored document never changes (DOC-2, DOC-6)', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER work_rule_versions_no_update_delete BEFORE UPDATE OR DELETE ON "work_rule_versions"
  FOR EACH ROW EXECUTE FUNCTION documents_immutable();
--> statement-breakpoint
CREATE TRIGGER format_text_versions_no_update_delete BEFORE UPDATE OR DELETE ON "format_text_versions"
  FOR EACH ROW EXECUTE FUNCTION documents_immutable();
--> statement-breakpoint
CREATE TRIGGER service_guide_versions_no_update_delete BEFORE UPDATE OR DELETE ON "service_guide_versions"
  FOR EACH ROW EXECUTE FUNCTION documents_immutable();
--> statement-breakpoint
CREATE TRIGGER stored_documents_no_update_delete BEFORE UPDATE OR DELETE ON "stored_documents"
  FOR EACH ROW EXECUTE FUNCTION documents_immutable();
