ALTER TABLE "list_draft_items" ADD COLUMN "industry_regulator" text;--> statement-breakpoint
ALTER TABLE "list_draft_items" ADD COLUMN "regulator_opinion" jsonb;