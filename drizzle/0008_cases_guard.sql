COMMENT ON TABLE "cases" IS 'CASE-1..7 applications for administrative matters, one per party and matter';
--> statement-breakpoint
COMMENT ON TABLE "case_proofs" IS 'CASE-1 each proof a case requires, with the choice commit or upload and the list item as published';
--> statement-breakpoint
COMMENT ON TABLE "case_files" IS 'Uploaded proofs and scanned paper signatures, append-only';
--> statement-breakpoint
COMMENT ON TABLE "commitments" IS 'CASE-3 signed commitments; the integrity file (CRED-1) lists them per party; signatures never change';
--> statement-breakpoint
COMMENT ON TABLE "case_documents" IS 'CASE-3 filled notices and signed commitments of cases; PDFs rendered after commit';
--> statement-breakpoint
COMMENT ON TABLE "case_counters" IS 'Case numbers per district and year';
--> statement-breakpoint
COMMENT ON TABLE "credit_records" IS 'CRED-1 dishonesty records of a party (false commitments, serious dishonesty), kept after repair';
--> statement-breakpoint
COMMENT ON TABLE "verification_tasks" IS 'VER-1 one verification (or supervision) task per committed proof of an approved case';
--> statement-breakpoint
COMMENT ON TABLE "platform_keys" IS 'Development only: the generated platform SM2 key shared by every instance';
--> statement-breakpoint
CREATE FUNCTION case_files_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_files is append-only: an uploaded file never changes';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION commitments_signature_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.signed_payload IS DISTINCT FROM OLD.signed_payload
    OR NEW.signature IS DISTINCT FROM OLD.signature OR NEW.signer_public_key IS DISTINCT FROM OLD.signer_public_key
    OR NEW.text_sm3 IS DISTINCT FROM OLD.text_sm3 OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
    OR NEW.party_id IS DISTINCT FROM OLD.party_id THEN
    RAISE EXCEPTION 'a signed commitment is never deleted nor changes what was signed; only its state moves (CASE-3)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION case_documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.model IS DISTINCT FROM OLD.model THEN
    RAISE EXCEPTION 'a case letter never changes; only its rendered PDF is linked (CASE-3)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_files_immutable BEFORE UPDATE OR DELETE ON "case_files"
  FOR EACH ROW EXECUTE FUNCTION case_files_immutable();
--> statement-breakpoint
CREATE TRIGGER commitments_signature_immutable BEFORE UPDATE OR DELETE ON "commitments"
  FOR EACH ROW EXECUTE FUNCTION commitments_signature_immutable();
--> statement-breakpoint
CREATE TRIGGER case_documents_immutable BEFORE UPDATE OR DELETE ON "case_documents"
  FOR EACH ROW EXECUTE FUNCTION case_documents_immutable();
