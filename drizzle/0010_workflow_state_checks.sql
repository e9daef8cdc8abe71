ALTER TABLE "party_claims" ADD CONSTRAINT "party_claims_status_valid" CHECK (status IN ('pending', 'proven', 'refused', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_state_valid" CHECK (state IN ('draft', 'submitted', 'needs-correction', 'accepted', 'approved', 'refused', 'terminated', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_state_valid" CHECK (state IN ('signed', 'in-verification', 'kept', 'false', 'withdrawn', 'lapsed'));--> statement-breakpoint
ALTER TABLE "document_filings" ADD CONSTRAINT "document_filings_state_valid" CHECK (state IN ('submitted', 'received'));--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_state_valid" CHECK (state IN ('open', 'done', 'cancelled'));--> statement-breakpoint
ALTER TABLE "list_change_request_events" ADD CONSTRAINT "list_change_request_events_state_after_valid" CHECK (state_after IN ('submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'published'));--> statement-breakpoint
ALTER TABLE "list_change_requests" ADD CONSTRAINT "list_change_requests_state_valid" CHECK (state IN ('submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'published'));--> statement-breakpoint
ALTER TABLE "list_filings" ADD CONSTRAINT "list_filings_state_valid" CHECK (state IN ('pending', 'submitted', 'received'));--> statement-breakpoint
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_state_valid" CHECK (state IN ('planned'));