ALTER TABLE "credit_objections" DROP CONSTRAINT "credit_objections_state_valid";--> statement-breakpoint
DROP INDEX "notifications_user_created";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "notifications_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "notifications_user_seq" ON "notifications" USING btree ("user_id","seq");--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_state_valid" CHECK (state IN ('under-review', 'kept', 'corrected'));