-- Issue 17: each message says what it is about. Messages written before are given their topic from
-- what the code wrote then: the scan's kind, else the words of their title.
ALTER TABLE "notifications" ADD COLUMN "topic" text;--> statement-breakpoint
UPDATE "notifications" SET "topic" = CASE
  WHEN "kind" = 'reminder' THEN 'reminder'
  WHEN "kind" = 'overdue' THEN 'overdue'
  WHEN "title" LIKE '%经核查不实%' THEN 'verification'
  WHEN "title" LIKE '%前补正%' OR "title" LIKE '%需要补正材料' THEN 'correction'
  WHEN "title" LIKE '%已受理' THEN 'acceptance'
  WHEN "title" LIKE '%决定' OR "title" LIKE '%已终止办理' THEN 'decision'
  WHEN "title" LIKE '%协查%' THEN 'assistance'
  WHEN "title" LIKE '%异议%' OR "title" LIKE '%信用修复%' THEN 'credit'
  ELSE 'application'
END;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "topic" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_topic_valid" CHECK (topic IN ('application', 'acceptance', 'correction', 'decision', 'verification', 'assistance', 'credit', 'reminder', 'overdue'));
--> statement-breakpoint
COMMENT ON COLUMN "notifications"."topic" IS 'What the message is about (application, acceptance, correction, decision, verification, assistance, credit, reminder, overdue): its tag and filter in the inbox';
