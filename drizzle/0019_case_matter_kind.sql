ALTER TABLE "cases" ADD COLUMN "matter_kind" text;--> statement-breakpoint
UPDATE "cases" SET "matter_kind" = m."kind" FROM "administrative_matters" m WHERE m."id" = "cases"."administrative_matter_id";--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "matter_kind" SET NOT NULL;--> statement-breakpoint
COMMENT ON COLUMN "cases"."matter_kind" IS 'LIST-1 kind of the matter when applied for (行政许可, 行政给付, 行政确认, 其他); CASE-6 names the decision after it';--> statement-breakpoint
COMMENT ON TABLE "case_documents" IS 'CASE-3 filled notices and signed commitments, CASE-6 decision documents (决定书) of cases; PDFs rendered after commit';
