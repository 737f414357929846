CREATE TABLE "daily_metrics" (
	"day" date NOT NULL,
	"owner_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"reached_calls" integer DEFAULT 0 NOT NULL,
	"effective_contacts" integer DEFAULT 0 NOT NULL,
	"meetings_set" integer DEFAULT 0 NOT NULL,
	"meetings_fixed" integer DEFAULT 0 NOT NULL,
	"meetings_held" integer DEFAULT 0 NOT NULL,
	"meetings_cancelled" integer DEFAULT 0 NOT NULL,
	"emails_sent" integer DEFAULT 0 NOT NULL,
	"emails_opened" integer DEFAULT 0 NOT NULL,
	"emails_clicked" integer DEFAULT 0 NOT NULL,
	"emails_replied" integer DEFAULT 0 NOT NULL,
	"deals_created" integer DEFAULT 0 NOT NULL,
	"deals_with_bant" integer DEFAULT 0 NOT NULL,
	"deals_won" integer DEFAULT 0 NOT NULL,
	"deals_closed" integer DEFAULT 0 NOT NULL,
	"won_amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_metrics_day_owner_id_team_id_pk" PRIMARY KEY("day","owner_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "daily_stage_metrics" (
	"day" date NOT NULL,
	"owner_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"entered" integer DEFAULT 0 NOT NULL,
	"exits" integer DEFAULT 0 NOT NULL,
	"forward_exits" integer DEFAULT 0 NOT NULL,
	"dwell_days" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_stage_metrics_day_owner_id_team_id_stage_id_pk" PRIMARY KEY("day","owner_id","team_id","stage_id")
);
