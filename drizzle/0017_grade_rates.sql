ALTER TABLE "inspection_plans" ADD COLUMN "grade_rates" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION inspection_plans_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'inspection_plans: a plan is never deleted (SUP-1)';
  END IF;
  IF OLD.state <> 'draft' AND (
    NEW.state = 'draft' OR
    ROW(NEW.district_code, NEW.agency_id, NEW.title, NEW.period_from, NEW.period_to, NEW.matter_ids, NEW.rates,
        NEW.grade_rates, NEW.inspectors_per_object, NEW.exclude_handling_agency, NEW.inspector_agency_ids,
        NEW.draw_on, NEW.key_raise, NEW.seed, NEW.seed_hash, NEW.pool_hash, NEW.input_hash, NEW.algorithm,
        NEW.draw_input, NEW.pool_size, NEW.approved_by, NEW.approved_at)
    IS DISTINCT FROM
    ROW(OLD.district_code, OLD.agency_id, OLD.title, OLD.period_from, OLD.period_to, OLD.matter_ids, OLD.rates,
        OLD.grade_rates, OLD.inspectors_per_object, OLD.exclude_handling_agency, OLD.inspector_agency_ids,
        OLD.draw_on, OLD.key_raise, OLD.seed, OLD.seed_hash, OLD.pool_hash, OLD.input_hash, OLD.algorithm,
        OLD.draw_input, OLD.pool_size, OLD.approved_by, OLD.approved_at)
  ) THEN
    RAISE EXCEPTION 'inspection_plans: an approved plan cannot be edited (SUP-1)';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
COMMENT ON COLUMN "inspection_plans"."grade_rates" IS 'CRED-3 sampling rates per credit grade (B, C, D), percent; frozen at approval';
