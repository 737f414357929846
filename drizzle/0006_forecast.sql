CREATE TABLE "forecast_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"taken_on" date NOT NULL,
	"source" text NOT NULL,
	"won_to_date" bigint NOT NULL,
	"target" bigint,
	"open_deals" integer NOT NULL,
	"weighted" bigint NOT NULL,
	"commit_amount" bigint,
	"best_case_amount" bigint,
	"pipeline_amount" bigint,
	"p10" bigint NOT NULL,
	"p50" bigint NOT NULL,
	"p90" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forecast_snapshots_day_uq" UNIQUE("scope","period_kind","period_start","source","taken_on")
);
--> statement-breakpoint
ALTER TABLE "org_settings" ADD COLUMN "forecast" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "forecast_category" text;--> statement-breakpoint
CREATE INDEX "forecast_snapshots_period_idx" ON "forecast_snapshots" USING btree ("period_kind","period_end");