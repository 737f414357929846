// The base metric counts computed by scanning the raw tables through their time indexes, as the app
// did before the rollups: the reference that the rollup equivalence test and the bench compare with.
import { sql } from "drizzle-orm";
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
import { list, type MetricScope, numbers, scopeFilter } from "./metrics.repository";

/** Counts of the scope over the dates start..end of a time zone, as one record of metric keys. */
export async function scanCounts(
  db: Executor,
  scope: MetricScope,
  range: { start: string; end: string; timeZone: string },
): Promise<Record<string, number>> {
  const frame = (table: string, column: string, columns?: Parameters<typeof scopeFilter>[2]) =>
    sql.join(
      [
        sql`${sql.raw(`${table}.${column}`)} >= (${range.start}::date::timestamp at time zone ${range.timeZone})`,
        sql`${sql.raw(`${table}.${column}`)} < ((${range.end}::date + 1)::timestamp at time zone ${range.timeZone})`,
        ...scopeFilter(table, scope, columns),
      ],
      sql` and `,
    );
  const call = sql`kind = 'call'`;
  const meeting = sql`kind = any(${list(meetingKinds)})`;
  const email = sql`kind = 'email'`;
  const [activityRows, handoffRows, createdRows, closedRows] = await Promise.all([
    db.execute<Record<string, number>>(sql`
      select
        count(*) filter (where ${call})::int as "calls",
        count(*) filter (where ${call} and outcome = any(${list(reachedCallOutcomes)}))::int as "reachedCalls",
        count(*) filter (where ${call} and outcome = any(${list(effectiveContactOutcomes)}))::int as "effectiveContacts",
        count(*) filter (where ${call} and outcome = any(${list(meetingSetOutcomes)}))::int as "meetingsSet",
        count(*) filter (where ${meeting} and outcome = 'held')::int as "meetingsHeld",
        count(*) filter (where ${meeting} and outcome = 'cancelled')::int as "meetingsCancelled",
        count(*) filter (where ${email})::int as "emailsSent",
        count(*) filter (where ${email} and outcome = any(${list(openedEmailOutcomes)}))::int as "emailsOpened",
        count(*) filter (where ${email} and outcome = any(${list(clickedEmailOutcomes)}))::int as "emailsClicked",
        count(*) filter (where ${email} and outcome = any(${list(repliedEmailOutcomes)}))::int as "emailsReplied"
      from activities where ${frame("activities", "occurred_at")}`),
    db.execute<Record<string, number>>(sql`
      select count(*) filter (where meeting_date is not null)::int as "meetingsFixed"
      from handoffs where ${frame("handoffs", "handed_off_at", { team: "is_team_id", owner: "is_owner_id" })}`),
    db.execute<Record<string, number>>(sql`
      select count(*)::int as "dealsCreated",
        count(*) filter (where coalesce(bant_budget, '') <> '' and coalesce(bant_authority, '') <> ''
          and coalesce(bant_need, '') <> '' and coalesce(bant_timing, '') <> '')::int as "dealsWithBant"
      from deals where ${frame("deals", "created_at")}`),
    db.execute<Record<string, number>>(sql`
      select count(*) filter (where status = 'won')::int as "dealsWon",
        count(*) filter (where status in ('won', 'lost'))::int as "dealsClosed",
        coalesce(sum(amount) filter (where status = 'won'), 0)::bigint as "wonAmount"
      from deals where ${frame("deals", "closed_at")}`),
  ]);
  return numbers({
    ...activityRows.rows[0],
    ...handoffRows.rows[0],
    ...createdRows.rows[0],
    ...closedRows.rows[0],
  });
}
