DROP INDEX "stage_history_external_idx";--> statement-breakpoint
DROP INDEX "deals_external_idx";--> statement-breakpoint
DROP INDEX "activities_external_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "stage_history_external_idx" ON "deal_stage_history" USING btree ("external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "deals_external_idx" ON "deals" USING btree ("external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_external_idx" ON "activities" USING btree ("external_id") WHERE external_id is not null;