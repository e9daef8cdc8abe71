CREATE TABLE "inspection_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"case_no" text NOT NULL,
	"stratum" text NOT NULL,
	"inspectors" jsonb NOT NULL,
	"result" text,
	"findings" text,
	"attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handling_id" uuid,
	"inspected_on" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "inspection_objects_result_valid" CHECK (result IN ('passed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"matter_ids" jsonb NOT NULL,
	"rates" jsonb NOT NULL,
	"inspectors_per_object" integer NOT NULL,
	"exclude_handling_agency" boolean NOT NULL,
	"inspector_agency_ids" jsonb NOT NULL,
	"draw_on" date NOT NULL,
	"state" text NOT NULL,
	"key_raise" integer,
	"seed" text,
	"seed_hash" text,
	"pool_hash" text,
	"input_hash" text,
	"algorithm" text,
	"draw_input" jsonb,
	"pool_size" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"drawn_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_plans_state_valid" CHECK (state IN ('draft', 'approved', 'drawn', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "inspection_pool_entries" (
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"case_no" text NOT NULL,
	"stratum" text NOT NULL,
	CONSTRAINT "inspection_pool_entries_plan_id_case_id_pk" PRIMARY KEY("plan_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "inspector_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspector_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"party_identifier" text NOT NULL,
	"party_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspector_conflicts_kind_valid" CHECK (kind IN ('company', 'person', 'relative-company'))
);
--> statement-breakpoint
CREATE TABLE "inspectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"fields" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspectors_certificate_no_unique" UNIQUE("certificate_no")
);
--> statement-breakpoint
CREATE TABLE "item_risks" (
	"district_code" text NOT NULL,
	"item_key" text NOT NULL,
	"item_name" text NOT NULL,
	"level" text NOT NULL,
	"basis" text NOT NULL,
	"insurance_required" boolean DEFAULT false NOT NULL,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "item_risks_district_code_item_key_pk" PRIMARY KEY("district_code","item_key"),
	CONSTRAINT "item_risks_level_valid" CHECK (level IN ('low', 'medium', 'high'))
);
--> statement-breakpoint
CREATE TABLE "key_supervisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"subject" text NOT NULL,
	"item_key" text,
	"party_id" uuid,
	"subject_name" text NOT NULL,
	"reason" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lift_reason" text
);
--> statement-breakpoint
ALTER TABLE "district_settings" ADD COLUMN "key_supervision_raise" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_objects" ADD CONSTRAINT "inspection_objects_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_objects" ADD CONSTRAINT "inspection_objects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_objects" ADD CONSTRAINT "inspection_objects_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_pool_entries" ADD CONSTRAINT "inspection_pool_entries_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_pool_entries" ADD CONSTRAINT "inspection_pool_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_conflicts" ADD CONSTRAINT "inspector_conflicts_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspectors" ADD CONSTRAINT "inspectors_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspectors" ADD CONSTRAINT "inspectors_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_risks" ADD CONSTRAINT "item_risks_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_risks" ADD CONSTRAINT "item_risks_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_district_code_jurisdictions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_objects_position" ON "inspection_objects" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "inspection_plans_district" ON "inspection_plans" USING btree ("district_code","state");--> statement-breakpoint
CREATE UNIQUE INDEX "inspector_conflicts_party" ON "inspector_conflicts" USING btree ("inspector_id","party_identifier");--> statement-breakpoint
CREATE INDEX "inspectors_district" ON "inspectors" USING btree ("district_code","agency_id");--> statement-breakpoint
CREATE INDEX "key_supervisions_district" ON "key_supervisions" USING btree ("district_code","ends_on");--> statement-breakpoint
COMMENT ON TABLE "inspectors" IS 'SUP-1 law-enforcement inspectors of a regulator agency (执法检查人员库)';
--> statement-breakpoint
COMMENT ON TABLE "inspector_conflicts" IS 'SUP-1 conflicts an inspector declared (回避): never drawn for that company or person';
--> statement-breakpoint
COMMENT ON TABLE "item_risks" IS 'GOV-3 risk level of a list item in a district (medium when not assessed)';
--> statement-breakpoint
COMMENT ON TABLE "key_supervisions" IS 'SUP-2 items and parties under key supervision (重点监管) for a period';
--> statement-breakpoint
COMMENT ON TABLE "inspection_plans" IS 'SUP-1 sampling plans (双随机抽查计划); frozen at approval with the published seed and pool hashes';
--> statement-breakpoint
COMMENT ON TABLE "inspection_pool_entries" IS 'SUP-1 the frozen pool of a plan (what pool_hash covers); never changes after approval';
--> statement-breakpoint
COMMENT ON TABLE "inspection_objects" IS 'SUP-1 drawn objects with their drawn inspectors and results (一公开)';
--> statement-breakpoint
CREATE FUNCTION inspection_plans_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'inspection_plans: a plan is never deleted (SUP-1)';
  END IF;
  IF OLD.state <> 'draft' AND (
    NEW.state = 'draft' OR
    ROW(NEW.district_code, NEW.agency_id, NEW.title, NEW.period_from, NEW.period_to, NEW.matter_ids, NEW.rates,
        NEW.inspectors_per_object, NEW.exclude_handling_agency, NEW.inspector_agency_ids, NEW.draw_on,
        NEW.key_raise, NEW.seed, NEW.seed_hash, NEW.pool_hash, NEW.input_hash, NEW.algorithm, NEW.draw_input,
        NEW.pool_size, NEW.approved_by, NEW.approved_at)
    IS DISTINCT FROM
    ROW(OLD.district_code, OLD.agency_id, OLD.title, OLD.period_from, OLD.period_to, OLD.matter_ids, OLD.rates,
        OLD.inspectors_per_object, OLD.exclude_handling_agency, OLD.inspector_agency_ids, OLD.draw_on,
        OLD.key_raise, OLD.seed, OLD.seed_hash, OLD.pool_hash, OLD.input_hash, OLD.algorithm, OLD.draw_input,
        OLD.pool_size, OLD.approved_by, OLD.approved_at)
  ) THEN
    RAISE EXCEPTION 'inspection_plans: an approved plan cannot be edited (SUP-1)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inspection_plans_frozen BEFORE UPDATE OR DELETE ON "inspection_plans"
  FOR EACH ROW EXECUTE FUNCTION inspection_plans_frozen();
--> statement-breakpoint
CREATE FUNCTION inspection_pool_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan_state text;
BEGIN
  SELECT state INTO plan_state FROM inspection_plans
    WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END);
  -- A restore (pg_restore, see tools/backup) loads the rows of approved plans as they were.
  IF TG_OP = 'INSERT' AND current_setting('chengnuo.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP <> 'INSERT' OR plan_state IS DISTINCT FROM 'draft' THEN
    RAISE EXCEPTION 'inspection_pool_entries: the pool of a plan is frozen at its approval (SUP-1)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inspection_pool_frozen BEFORE INSERT OR UPDATE OR DELETE ON "inspection_pool_entries"
  FOR EACH ROW EXECUTE FUNCTION inspection_pool_frozen();
--> statement-breakpoint
CREATE FUNCTION inspection_objects_drawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.result IS NOT NULL OR
    ROW(NEW.plan_id, NEW.position, NEW.case_id, NEW.case_no, NEW.stratum, NEW.inspectors)
    IS DISTINCT FROM ROW(OLD.plan_id, OLD.position, OLD.case_id, OLD.case_no, OLD.stratum, OLD.inspectors) THEN
    RAISE EXCEPTION 'inspection_objects: a drawn object and a recorded result never change (SUP-1)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inspection_objects_drawn BEFORE UPDATE OR DELETE ON "inspection_objects"
  FOR EACH ROW EXECUTE FUNCTION inspection_objects_drawn();
