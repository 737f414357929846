CREATE TABLE "success_factors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kpi_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_kpis" (
	"team_id" uuid NOT NULL,
	"kpi_key" text NOT NULL,
	"stars" smallint NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "team_kpis_team_id_kpi_key_pk" PRIMARY KEY("team_id","kpi_key")
);
--> statement-breakpoint
ALTER TABLE "team_kpis" ADD CONSTRAINT "team_kpis_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_kpis" ADD CONSTRAINT "team_kpis_kpi_key_kpi_definitions_key_fk" FOREIGN KEY ("kpi_key") REFERENCES "public"."kpi_definitions"("key") ON DELETE cascade ON UPDATE no action;