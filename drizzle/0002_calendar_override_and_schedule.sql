ALTER TABLE "calendar_days" DROP CONSTRAINT "calendar_days_pkey";--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_date_source_pk" PRIMARY KEY("date","source");
