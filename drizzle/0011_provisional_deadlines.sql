ALTER TABLE "deadlines" ADD COLUMN "counted_from" date;--> statement-breakpoint
ALTER TABLE "deadlines" ADD COLUMN "working_days" integer;--> statement-breakpoint
ALTER TABLE "deadlines" ADD COLUMN "provisional" boolean DEFAULT false NOT NULL;