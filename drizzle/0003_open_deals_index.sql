-- The open deals of a scope, covered: the dashboard's pipeline per stage, stale deals and the deals
-- closing in the period read this small index alone (index-only scans) instead of the deals' heap.
CREATE INDEX "deals_open_cover_idx" ON "deals" ("team_id", "owner_id")
  INCLUDE ("id", "pipeline_id", "stage_id", "amount", "probability", "expected_close_date", "next_meeting_date")
  WHERE "status" = 'open';
