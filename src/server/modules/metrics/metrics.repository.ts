// The SQL that feeds the metric engine. Counts come from the daily rollups (days of the org's time
// zone), so their cost grows with days × people; the per-record measures that medians need (days to
// win, lead response minutes) from the few records of the range, through their time indexes.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { metricColumns } from "../../../db/rollups/rollup-definitions";
import type { MetricInputs } from "../../../domain/metric-formula";

export type MetricScope = { teamIds?: string[]; ownerId?: string };
export type MetricRange = {
  start: string;
  end: string;
  timeZone: string;
  byMonth: boolean;
  /** Also the per-record measures medians need (days to win, lead response); true when absent. */
  measures?: boolean;
};
export type MetricsRepository = ReturnType<typeof createMetricsRepository>;
/** Ways to split rollup counts: by person, by team, by day, by day of the week (0 = Sunday). */
export type Grouping = "owner" | "team" | "day" | "weekday";
export type GroupedCounts = {
  total: Record<string, number>;
  by: Partial<Record<Grouping, Map<string, Record<string, number>>>>;
};
const groupingKeys: Record<Grouping, string> = {
  owner: "m.owner_id",
  team: "m.team_id",
  day: "m.day",
  weekday: "extract(dow from m.day)::int",
};
export type StageMoves = {
  stageId: string;
  entered: number;
  exits: number;
  forwardExits: number;
  dwellDays: number;
};

/** A parameter list as one SQL array (Drizzle would spread a JS array into a row). */
export const list = (values: readonly string[], type: "text" | "uuid" = "text") =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;

type ScopeColumns = { team: string; owner: string };

/** The scope's rows of a table with team and owner columns (team_id and owner_id unless named). */
export function scopeFilter(
  table: string,
  scope: MetricScope,
  columns: ScopeColumns = { team: "team_id", owner: "owner_id" },
): SQL[] {
  const conditions: SQL[] = [];
  if (scope.teamIds)
    conditions.push(sql`${sql.raw(`${table}.${columns.team}`)} = any(${list(scope.teamIds, "uuid")})`);
  if (scope.ownerId) conditions.push(sql`${sql.raw(`${table}.${columns.owner}`)} = ${scope.ownerId}::uuid`);
  return conditions;
}

const sums = sql.raw(metricColumns.map((c) => `sum(m.${c.column})::float8 as "${c.metric}"`).join(", "));

export function createMetricsRepository(db: Executor) {
  /** Rollup rows of a table for the scope and the days start..end. */
  const days = (scope: MetricScope, start: string, end: string) =>
    sql.join(
      [sql`m.day >= ${start}::date`, sql`m.day <= ${end}::date`, ...scopeFilter("m", scope)],
      sql` and `,
    );

  /** Raw rows of a table whose `column` falls in the range, bucketed by month when asked. */
  const frame = (
    table: string,
    column: string,
    scope: MetricScope,
    range: MetricRange,
    columns?: ScopeColumns,
  ) => {
    const at = sql.raw(`${table}.${column}`);
    const conditions: SQL[] = [
      sql`${at} >= (${range.start}::date::timestamp at time zone ${range.timeZone})`,
      sql`${at} < ((${range.end}::date + 1)::timestamp at time zone ${range.timeZone})`,
      ...scopeFilter(table, scope, columns),
    ];
    const bucket = range.byMonth ? sql`to_char(${at} at time zone ${range.timeZone}, 'YYYY-MM')` : sql`'all'`;
    return { where: sql.join(conditions, sql` and `), bucket };
  };

  return {
    async inputs(scope: MetricScope, range: MetricRange): Promise<Map<string, MetricInputs>> {
      const closed = frame("deals", "closed_at", scope, range);
      const leads = frame("leads", "created_at", scope, range);
      // Hand-offs count for the IS rep who made them, in the period they were made.
      const handoffs = frame("handoffs", "handed_off_at", scope, range, {
        team: "is_team_id",
        owner: "is_owner_id",
      });
      const bucket = range.byMonth ? sql`to_char(m.day, 'YYYY-MM')` : sql`'all'`;
      const measures = range.measures !== false;
      const none = Promise.resolve({ rows: [] });
      const [countRows, closedRows, leadRows, handoffRows] = await Promise.all([
        db.execute<Record<string, string | number>>(sql`
          select ${bucket} as bucket, ${sums} from daily_metrics m
          where ${days(scope, range.start, range.end)} group by 1`),
        measures
          ? db.execute<{ bucket: string; daysToWin: number[] | null }>(sql`
          select ${closed.bucket} as bucket,
            array_agg(((closed_at at time zone ${range.timeZone})::date - (created_at at time zone ${range.timeZone})::date))
              filter (where status = 'won') as "daysToWin"
          from deals where ${closed.where} group by 1`)
          : none,
        measures
          ? db.execute<{ bucket: string; leadResponseMinutes: number[] | null }>(sql`
          select ${leads.bucket} as bucket,
            array_agg(response_minutes) filter (where response_minutes is not null) as "leadResponseMinutes"
          from leads where ${leads.where} group by 1`)
          : none,
        measures
          ? db.execute<{ bucket: string; handoffRating: number[] | null }>(sql`
          select ${handoffs.bucket} as bucket,
            array_agg(rating) filter (where rating is not null) as "handoffRating"
          from handoffs where ${handoffs.where} group by 1`)
          : none,
      ]);
      const buckets = new Map<string, MetricInputs>();
      const of = (key: string) => {
        const inputs = buckets.get(key) ?? { counts: {}, measures: {} };
        buckets.set(key, inputs);
        return inputs;
      };
      for (const { bucket: key, ...counts } of countRows.rows) {
        const inputs = of(String(key));
        Object.assign(inputs.counts, withAliases(numbers(counts)));
      }
      for (const { bucket: key, daysToWin } of closedRows.rows) {
        of(key).measures.daysToWin = (daysToWin ?? []).map(Number);
      }
      for (const { bucket: key, leadResponseMinutes } of leadRows.rows) {
        of(key).measures.leadResponseMinutes = (leadResponseMinutes ?? []).map(Number);
      }
      for (const { bucket: key, handoffRating } of handoffRows.rows) {
        of(key).measures.handoffRating = (handoffRating ?? []).map(Number);
      }
      return buckets;
    },

    /** Rollup counts of a scope and range summed as a whole and by each grouping asked for, in one
     *  read: the database adds up the day × person rows, the app receives one row per group. */
    async countsBy(
      scope: MetricScope,
      start: string,
      end: string,
      groupings: Grouping[],
    ): Promise<GroupedCounts> {
      const keys = groupings.map((g) => groupingKeys[g]);
      const { rows } = await db.execute<Record<string, string | number | null>>(sql`
        select ${sql.raw(keys.map((k, i) => `${k}::text as "g${i}"`).join(", ") || "null as g")},
          ${sql.raw(keys.map((k, i) => `grouping(${k}) as "gg${i}"`).join(", ") || "0 as gg")}, ${sums}
        from daily_metrics m where ${days(scope, start, end)}
        group by grouping sets ((), ${sql.raw(keys.map((k) => `(${k})`).join(", ") || "()")})`);
      const result: GroupedCounts = {
        total: {},
        by: Object.fromEntries(groupings.map((g) => [g, new Map()])),
      };
      for (const row of rows) {
        const counts: Record<string, number> = {};
        for (const { metric } of metricColumns) counts[metric] = Number(row[metric] ?? 0);
        const i = keys.findIndex((_, j) => Number(row[`gg${j}`]) === 0);
        if (i < 0) result.total = counts;
        else result.by[groupings[i] as Grouping]?.set(String(row[`g${i}`]), counts);
      }
      return result;
    },

    /** Stage moves of a scope and range per stage, from the stage rollup. */
    async stageMoves(scope: MetricScope, start: string, end: string): Promise<StageMoves[]> {
      const { rows } = await db.execute<Record<string, string | number>>(sql`
        select m.stage_id as "stageId", sum(m.entered)::int as entered, sum(m.exits)::int as exits,
          sum(m.forward_exits)::int as "forwardExits", sum(m.dwell_days)::float8 as "dwellDays"
        from daily_stage_metrics m where ${days(scope, start, end)} group by 1`);
      return rows.map((r) => ({
        stageId: String(r.stageId),
        entered: Number(r.entered),
        exits: Number(r.exits),
        forwardExits: Number(r.forwardExits),
        dwellDays: Number(r.dwellDays),
      }));
    },

    async openPipelineAmount(scope: MetricScope) {
      const conditions: SQL[] = [sql`deals.status = 'open'`, ...scopeFilter("deals", scope)];
      const { rows } = await db.execute<{ amount: number }>(
        sql`select coalesce(sum(amount), 0)::bigint as amount from deals where ${sql.join(conditions, sql` and `)}`,
      );
      return Number(rows[0]?.amount ?? 0);
    },
  };
}

/** Base metrics that are another one under a second name: every deal counts once, when created;
 *  a meeting is agreed by the call that sets it. */
export const withAliases = (counts: Record<string, number> = {}): Record<string, number> => ({
  ...counts,
  deals: counts.dealsCreated ?? 0,
  meetingsAgreed: counts.meetingsSet ?? 0,
});

export const numbers = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Number(v)]));
