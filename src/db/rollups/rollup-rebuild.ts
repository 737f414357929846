// The rollups computed from scratch by one scan of the raw tables: the rebuild command, the bulk
// load of the demo, and the reference the equivalence test compares the trigger-kept rows with.
import {
  activityColumns,
  closedDeal,
  closedDealColumns,
  createdDealColumns,
  forwardMove,
  handoffColumns,
  metricColumns,
} from "./rollup-definitions";

/** A date of the org's time zone; the zone is read once per scan (a scalar subquery), not per row. */
const day = (instant: string) => `(${instant} at time zone (select susumu_org_time_zone()))::date`;

/** One select per source, each giving every metric column (0 where it does not count). */
function source(rows: string, values: Record<string, string>) {
  return `${rows.replace("$columns", metricColumns.map(({ column }) => `${values[column] ?? "0"} as ${column}`).join(", "))}`;
}

/** daily_metrics as a scan computes it: (day, owner_id, team_id, ...metric columns). */
export const dailyMetricsFromScratch = `
select day, owner_id, team_id, ${metricColumns.map(({ column }) => `sum(${column})::${column === "won_amount" ? "bigint" : "int"} as ${column}`).join(", ")}
from (
  ${source(
    `select ${day("a.occurred_at")} as day, a.owner_id, a.team_id, $columns from activities a`,
    Object.fromEntries(activityColumns.map((c) => [c.column, `case when ${c.when("a")} then 1 else 0 end`])),
  )}
  union all
  ${source(
    `select ${day("h.handed_off_at")}, h.is_owner_id, h.is_team_id, $columns from handoffs h`,
    Object.fromEntries(handoffColumns.map((c) => [c.column, c.value("h")])),
  )}
  union all
  ${source(
    `select ${day("d.created_at")}, d.owner_id, d.team_id, $columns from deals d`,
    Object.fromEntries(createdDealColumns.map((c) => [c.column, c.value("d")])),
  )}
  union all
  ${source(
    `select ${day("d.closed_at")}, d.owner_id, d.team_id, $columns from deals d where ${closedDeal("d")}`,
    Object.fromEntries(closedDealColumns.map((c) => [c.column, c.value("d")])),
  )}
) rows
group by day, owner_id, team_id`;

/** daily_stage_metrics as a scan of stage history computes it. */
export const dailyStageMetricsFromScratch = `
with moves as (
  select h.id, h.deal_id, h.from_stage_id, h.to_stage_id, ${day("h.changed_at")} as day,
    coalesce(h.owner_id, d.owner_id) as owner_id, coalesce(h.team_id, d.team_id) as team_id,
    coalesce(lag(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.id), d.created_at) as entered_at
  from deal_stage_history h join deals d on d.id = h.deal_id
)
select day, owner_id, team_id, stage_id, sum(entered)::int as entered, sum(exits)::int as exits,
  sum(forward_exits)::int as forward_exits, sum(dwell_days)::bigint as dwell_days
from (
  select day, owner_id, team_id, to_stage_id as stage_id, 1 as entered, 0 as exits, 0 as forward_exits, 0 as dwell_days
    from moves
  union all
  select m.day, m.owner_id, m.team_id, m.from_stage_id, 0, 1, case when ${forwardMove("f", "t")} then 1 else 0 end,
    m.day - ${day("m.entered_at")}
    from moves m join stages f on f.id = m.from_stage_id join stages t on t.id = m.to_stage_id
) rows
group by day, owner_id, team_id, stage_id`;

export const rebuildRollupsSql = `
truncate daily_metrics, daily_stage_metrics;
insert into daily_metrics (day, owner_id, team_id, ${metricColumns.map((c) => c.column).join(", ")})
${dailyMetricsFromScratch};
insert into daily_stage_metrics (day, owner_id, team_id, stage_id, entered, exits, forward_exits, dwell_days)
${dailyStageMetricsFromScratch};
`;
