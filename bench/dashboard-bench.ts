// The dashboard and funnel-analysis scenarios: each scope (org, a team, a person) read through the API
// (from the rollups), and the same counts computed by a plain scan of the raw tables for comparison:
// the period's and the previous period's base counts and the stage funnel over raw stage history.
import { sql } from "drizzle-orm";
import type { Dashboard } from "../src/contract/dashboard";
import type { Database } from "../src/db/client";
import { forwardMove } from "../src/db/rollups/rollup-definitions";
import { earlierDate } from "../src/domain/calendar";
import type { MetricScope } from "../src/server/modules/metrics/metrics.repository";
import { scanCounts } from "../src/server/modules/metrics/metrics-scan";
import type { loginClient } from "./http-client";
import { timeRepeated } from "./measure";

type Client = Awaited<ReturnType<typeof loginClient>>;
type Row = { scenario: string; budget: string; result: string };
const ms = (value: number) => `${value.toFixed(1)} ms`;
const TIME_ZONE = "Asia/Tokyo";

export async function benchDashboards(admin: Client, database: Database, teamId: string): Promise<Row[]> {
  const org = (await admin.call<Dashboard>("GET", "/api/v1/dashboard")).body;
  const team = (await admin.call<Dashboard>("GET", `/api/v1/dashboard?scope=team:${teamId}`)).body;
  const person = team.rankings.people[0];
  if (!person) throw new Error("the team has nobody to bench a person's dashboard on");
  const { start, end } = org.period;
  const until = earlierDate(org.today, end);
  const previous = { start: org.previousPeriod.period.start, end: org.previousPeriod.asOf };
  const teamIds = (
    await database.pool.query<{ id: string }>(
      `with recursive sub as (select id from teams where id = $1 union all select t.id from teams t join sub on t.parent_id = sub.id) select id from sub`,
      [teamId],
    )
  ).rows.map((r) => r.id);
  const scopes: { name: string; param: string; filter: MetricScope }[] = [
    { name: "org", param: "org", filter: {} },
    { name: `team (${team.scope.name})`, param: `team:${teamId}`, filter: { teamIds } },
    { name: "person", param: `user:${person.userId}`, filter: { ownerId: person.userId } },
  ];
  const rows: Row[] = [];
  for (const scope of scopes) {
    const dashboard = await timeRepeated(
      () => admin.call("GET", `/api/v1/dashboard?scope=${scope.param}`),
      20,
      3,
    );
    const funnel = await timeRepeated(
      () => admin.call("GET", `/api/v1/analysis/funnel?scope=${scope.param}&by=person`),
      20,
      3,
    );
    const scan = await timeRepeated(
      () => scanDashboardCounts(database, scope.filter, { start, end: until }, previous),
      5,
      1,
    );
    rows.push(
      {
        scenario: `dashboard, ${scope.name}, current month, all widgets`,
        budget: scope.name === "org" ? "≤ 100 ms" : "—",
        result: `${ms(dashboard.median)} (p95 ${ms(dashboard.p95)})`,
      },
      { scenario: `funnel analysis by person, ${scope.name}`, budget: "—", result: ms(funnel.median) },
      {
        scenario: `same counts by plain SQL scan, ${scope.name}`,
        budget: "(comparison)",
        result: ms(scan.median),
      },
    );
  }
  for (const by of ["channel", "industry", "hour"]) {
    const facet = await timeRepeated(() => admin.call("GET", `/api/v1/analysis/funnel?by=${by}`), 10, 2);
    rows.push({
      scenario: `funnel analysis by ${by}, org (raw activities)`,
      budget: "—",
      result: ms(facet.median),
    });
  }
  return rows;
}

/** What the dashboard reads from the rollups, computed from the raw tables instead. */
async function scanDashboardCounts(
  database: Database,
  filter: MetricScope,
  period: { start: string; end: string },
  previous: { start: string; end: string },
) {
  const scope = filter.teamIds
    ? sql`m.team_id = any(${sql`array[${sql.join(
        filter.teamIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`})`
    : filter.ownerId
      ? sql`m.owner_id = ${filter.ownerId}::uuid`
      : sql`true`;
  await Promise.all([
    scanCounts(database.db, filter, { ...period, timeZone: TIME_ZONE }),
    scanCounts(database.db, filter, { ...previous, timeZone: TIME_ZONE }),
    // The stage funnel of the period from raw history: the moves of the period, each with the time
    // its deal entered the stage it left (its previous move), through the (changed_at) index.
    database.db.execute(sql`
      with moved as (
        select distinct deal_id from deal_stage_history
        where changed_at >= (${period.start}::date::timestamp at time zone ${TIME_ZONE})
          and changed_at < ((${period.end}::date + 1)::timestamp at time zone ${TIME_ZONE})),
      moves as (
        select h.*, lag(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.id) as entered_at
        from deal_stage_history h join moved using (deal_id))
      select m.from_stage_id, count(*) as exits,
        count(*) filter (where ${sql.raw(forwardMove("f", "t"))}) as forward_exits,
        sum((m.changed_at at time zone ${TIME_ZONE})::date - (m.entered_at at time zone ${TIME_ZONE})::date) as dwell
      from moves m join stages f on f.id = m.from_stage_id join stages t on t.id = m.to_stage_id
      where m.changed_at >= (${period.start}::date::timestamp at time zone ${TIME_ZONE}) and ${scope}
      group by 1`),
  ]);
}
