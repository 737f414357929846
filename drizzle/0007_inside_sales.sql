CREATE TABLE "handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"is_owner_id" uuid NOT NULL,
	"is_team_id" uuid NOT NULL,
	"fs_owner_id" uuid NOT NULL,
	"note" text,
	"handed_off_at" timestamp with time zone NOT NULL,
	"meeting_date" date,
	"rate_by" date NOT NULL,
	"rating" smallint,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rating_comment" text,
	"rated_by" uuid,
	"rated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "org_settings" ADD COLUMN "inside_sales" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "response_minutes" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "lead_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "source" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_is_owner_id_users_id_fk" FOREIGN KEY ("is_owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_is_team_id_teams_id_fk" FOREIGN KEY ("is_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_fs_owner_id_users_id_fk" FOREIGN KEY ("fs_owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "handoffs_lead_idx" ON "handoffs" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "handoffs_deal_idx" ON "handoffs" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "handoffs_is_owner_idx" ON "handoffs" USING btree ("is_owner_id","handed_off_at");--> statement-breakpoint
CREATE INDEX "handoffs_is_team_idx" ON "handoffs" USING btree ("is_team_id","handed_off_at");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_unanswered_idx" ON "leads" USING btree ("response_due_at") WHERE first_response_at is null;--> statement-breakpoint
CREATE INDEX "tasks_lead_idx" ON "tasks" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "tasks_team_due_idx" ON "tasks" USING btree ("team_id","done","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_open_source_idx" ON "tasks" USING btree ("source_key") WHERE not done;--> statement-breakpoint
UPDATE "leads" SET "status" = CASE "status" WHEN 'mql' THEN 'working' WHEN 'sql' THEN 'qualified' WHEN 'converted' THEN 'handed_off' ELSE "status" END WHERE "status" IN ('mql', 'sql', 'converted');
