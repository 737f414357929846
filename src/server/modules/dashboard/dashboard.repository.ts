// The dashboard's reads of live deals: the open pipeline per stage, and the open deals expected to
// close in the period (for the landing estimate). Both are bounded by the open deals of the scope.
import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { type MetricScope, scopeFilter } from "../metrics/metrics.repository";

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;

export function createDashboardRepository(db: Executor) {
  const openDeals = (scope: MetricScope) =>
    sql.join([sql`deals.status = 'open'`, ...scopeFilter("deals", scope)], sql` and `);

  return {
    async openByStage(scope: MetricScope, pipelineId: string) {
      const { rows } = await db.execute<{ stageId: string; count: number; amount: number }>(sql`
        select stage_id as "stageId", count(*)::int as count, coalesce(sum(amount), 0)::float8 as amount
        from deals where ${openDeals(scope)} and pipeline_id = ${pipelineId}::uuid group by 1`);
      return rows.map((r) => ({ stageId: r.stageId, count: Number(r.count), amount: Number(r.amount) }));
    },

    async openClosingBetween(scope: MetricScope, start: string, end: string) {
      const { rows } = await db.execute<{ amount: number; probability: number }>(sql`
        select coalesce(amount, 0)::float8 as amount, probability from deals
        where ${openDeals(scope)} and expected_close_date between ${start}::date and ${end}::date`);
      return rows.map((r) => ({ amount: Number(r.amount), probability: Number(r.probability) }));
    },
  };
}
