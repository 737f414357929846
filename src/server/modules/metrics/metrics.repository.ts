// The SQL that feeds the metric engine: base metric counts and per-record measures for a scope and a
// date range, by calendar month of the org's time zone (or as one bucket), in one query per table.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  clickedEmailOutcomes,
  effectiveContactOutcomes,
  meetingKinds,
  meetingSetOutcomes,
  openedEmailOutcomes,
  reachedCallOutcomes,
  repliedEmailOutcomes,
} from "../../../domain/activity-outcomes";
import type { MetricInputs } from "../../../domain/metric-formula";

export type MetricScope = { teamIds?: string[]; ownerId?: string };
export type MetricRange = { start: string; end: string; timeZone: string; byMonth: boolean };
export type MetricsRepository = ReturnType<typeof createMetricsRepository>;

/** A parameter list as one SQL array (Drizzle would spread a JS array into a row). */
const list = (values: readonly string[], type: "text" | "uuid" = "text") =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;

export function createMetricsRepository(db: Executor) {
  /** Rows of a table in scope whose `column` falls in the range, bucketed by month when asked. */
  const frame = (table: string, column: string, scope: MetricScope, range: MetricRange) => {
    const at = sql.raw(`${table}.${column}`);
    const conditions: SQL[] = [
      sql`${at} >= (${range.start}::date::timestamp at time zone ${range.timeZone})`,
      sql`${at} < ((${range.end}::date + 1)::timestamp at time zone ${range.timeZone})`,
    ];
    if (scope.teamIds)
      conditions.push(sql`${sql.raw(`${table}.team_id`)} = any(${list(scope.teamIds, "uuid")})`);
    if (scope.ownerId) conditions.push(sql`${sql.raw(`${table}.owner_id`)} = ${scope.ownerId}::uuid`);
    const bucket = range.byMonth ? sql`to_char(${at} at time zone ${range.timeZone}, 'YYYY-MM')` : sql`'all'`;
    return { where: sql.join(conditions, sql` and `), bucket };
  };

  return {
    async inputs(scope: MetricScope, range: MetricRange): Promise<Map<string, MetricInputs>> {
      const act = frame("activities", "occurred_at", scope, range);
      const created = frame("deals", "created_at", scope, range);
      const closed = frame("deals", "closed_at", scope, range);
      const leads = frame("leads", "created_at", scope, range);
      const call = sql`kind = 'call'`;
      const meeting = sql`kind = any(${list(meetingKinds)})`;
      const email = sql`kind = 'email'`;
      const [activityRows, createdRows, closedRows, leadRows] = await Promise.all([
        db.execute<Record<string, string | number>>(sql`
          select ${act.bucket} as bucket,
            count(*) filter (where ${call})::int as "calls",
            count(*) filter (where ${call} and outcome = any(${list(reachedCallOutcomes)}))::int as "reachedCalls",
            count(*) filter (where ${call} and outcome = any(${list(effectiveContactOutcomes)}))::int as "effectiveContacts",
            count(*) filter (where ${call} and outcome = any(${list(meetingSetOutcomes)}))::int as "meetingsSet",
            count(*) filter (where ${meeting})::int as "meetingsFixed",
            count(*) filter (where ${meeting} and outcome = 'held')::int as "meetingsHeld",
            count(*) filter (where ${meeting} and outcome = 'cancelled')::int as "meetingsCancelled",
            count(*) filter (where ${email})::int as "emailsSent",
            count(*) filter (where ${email} and outcome = any(${list(openedEmailOutcomes)}))::int as "emailsOpened",
            count(*) filter (where ${email} and outcome = any(${list(clickedEmailOutcomes)}))::int as "emailsClicked",
            count(*) filter (where ${email} and outcome = any(${list(repliedEmailOutcomes)}))::int as "emailsReplied"
          from activities where ${act.where} group by 1`),
        db.execute<Record<string, string | number>>(sql`
          select ${created.bucket} as bucket, count(*)::int as "dealsCreated", count(*)::int as "deals",
            count(*) filter (where coalesce(bant_budget, '') <> '' and coalesce(bant_authority, '') <> ''
              and coalesce(bant_need, '') <> '' and coalesce(bant_timing, '') <> '')::int as "dealsWithBant"
          from deals where ${created.where} group by 1`),
        db.execute<{
          bucket: string;
          dealsWon: number;
          dealsClosed: number;
          wonAmount: number;
          daysToWin: number[] | null;
        }>(sql`
          select ${closed.bucket} as bucket,
            count(*) filter (where status = 'won')::int as "dealsWon",
            count(*) filter (where status in ('won', 'lost'))::int as "dealsClosed",
            coalesce(sum(amount) filter (where status = 'won'), 0)::bigint as "wonAmount",
            array_agg(((closed_at at time zone ${range.timeZone})::date - (created_at at time zone ${range.timeZone})::date))
              filter (where status = 'won') as "daysToWin"
          from deals where ${closed.where} group by 1`),
        db.execute<{ bucket: string; leadResponseMinutes: number[] | null }>(sql`
          select ${leads.bucket} as bucket,
            array_agg((extract(epoch from (first_response_at - created_at)) / 60)::float8)
              filter (where first_response_at is not null) as "leadResponseMinutes"
          from leads where ${leads.where} group by 1`),
      ]);
      const buckets = new Map<string, MetricInputs>();
      const of = (bucket: string) => {
        const inputs = buckets.get(bucket) ?? { counts: {}, measures: {} };
        buckets.set(bucket, inputs);
        return inputs;
      };
      for (const rows of [activityRows.rows, createdRows.rows]) {
        for (const { bucket, ...counts } of rows) Object.assign(of(String(bucket)).counts, numbers(counts));
      }
      for (const { bucket, daysToWin, ...counts } of closedRows.rows) {
        const inputs = of(bucket);
        Object.assign(inputs.counts, numbers(counts));
        inputs.measures.daysToWin = (daysToWin ?? []).map(Number);
      }
      for (const { bucket, leadResponseMinutes } of leadRows.rows) {
        of(bucket).measures.leadResponseMinutes = (leadResponseMinutes ?? []).map(Number);
      }
      return buckets;
    },

    async openPipelineAmount(scope: MetricScope) {
      const conditions: SQL[] = [sql`status = 'open'`];
      if (scope.teamIds) conditions.push(sql`team_id = any(${list(scope.teamIds, "uuid")})`);
      if (scope.ownerId) conditions.push(sql`owner_id = ${scope.ownerId}::uuid`);
      const { rows } = await db.execute<{ amount: number }>(
        sql`select coalesce(sum(amount), 0)::bigint as amount from deals where ${sql.join(conditions, sql` and `)}`,
      );
      return Number(rows[0]?.amount ?? 0);
    },
  };
}

const numbers = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Number(v)]));
