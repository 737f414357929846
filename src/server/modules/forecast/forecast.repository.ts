// The forecast's reads: the open deals of a scope with their stage and age, the closed history the
// statistical forecast learns from, the deals that were open on a past day (for replays), and the
// daily snapshots.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { deals, type ForecastSettingsColumn, forecastSnapshots, orgSettings } from "../../../db/schema";
import type { ForecastCategory } from "../../../domain/forecast/forecast-settings";
import type { AgedDeal } from "../../../domain/forecast/landing-forecast";
import type { HistoryCell } from "../../../domain/forecast/win-history";
import { type MetricScope, scopeFilter } from "../metrics/metrics.repository";

export type ForecastRepository = ReturnType<typeof createForecastRepository>;
export type SnapshotRow = typeof forecastSnapshots.$inferSelect;
export type SnapshotInsert = typeof forecastSnapshots.$inferInsert;

/** The instant a day of the org's zone ends: what was true "on" that day is true before it. */
const endOf = (day: string, timeZone: string) =>
  sql`((${day}::date + 1)::timestamp at time zone ${timeZone})`;

const toAged = (r: Record<string, unknown>): AgedDeal => ({
  id: String(r.id),
  ownerId: String(r.ownerId),
  teamId: String(r.teamId),
  stageId: String(r.stageId),
  amount: Number(r.amount),
  probability: Number(r.probability),
  stageProbability: Number(r.stageProbability),
  expectedCloseDate: (r.expectedCloseDate as string | null) ?? null,
  forecastCategory: (r.forecastCategory as ForecastCategory | null) ?? null,
  ageDays: Math.max(0, Number(r.ageDays)),
});

export function createForecastRepository(db: Executor) {
  return {
    /** Every open deal of the scope, any pipeline, with its days in the current stage as of today. */
    async openDeals(scope: MetricScope, today: string, timeZone: string): Promise<AgedDeal[]> {
      const { rows } = await db.execute<Record<string, unknown>>(sql`
        select d.id, d.owner_id as "ownerId", d.team_id as "teamId", d.stage_id as "stageId",
          coalesce(d.amount, 0)::float8 as amount, d.probability, s.probability as "stageProbability",
          d.expected_close_date::text as "expectedCloseDate", d.forecast_category as "forecastCategory",
          floor(extract(epoch from ${endOf(today, timeZone)} - d.stage_entered_at) / 86400)::int as "ageDays"
        from deals d join stages s on s.id = d.stage_id
        where ${sql.join([sql`d.status = 'open'`, ...scopeFilter("d", scope)], sql` and `)}`);
      return rows.map(toAged);
    },

    /** Names of the few deals a screen lists (the bulk read above leaves them out). */
    async dealNames(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: deals.id, name: deals.name })
        .from(deals)
        .where(inArray(deals.id, ids));
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    /** Changes whenever a deal is closed or reopened, or stage history is added: the version of
     *  what historyCells reads (both from indexes, a few milliseconds on dataset M). */
    async closedFingerprint() {
      const { rows } = await db.execute<{ n: number; closed: string | null; history: string | null }>(sql`
        select count(closed_at)::int as n, max(closed_at)::text as closed,
          (select max(id) from deal_stage_history)::text as history
        from deals where closed_at is not null`);
      return `${rows[0]?.n}|${rows[0]?.closed}|${rows[0]?.history}`;
    },

    /** Closed deals of [since, until) of the org: for each open stage they passed through and each
     *  age band they reached there, how many won or lost, and the winners' days from then to close. */
    async historyCells(since: string, until: string, timeZone: string, bands: readonly number[]) {
      const { rows } = await db.execute<Record<string, unknown>>(sql`
        with visits as (
          select h.to_stage_id as stage_id, d.status = 'won' as won, h.changed_at as entered_at,
            d.closed_at,
            coalesce(lead(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.id), d.closed_at)
              as left_at
          from deal_stage_history h join deals d on d.id = h.deal_id
          where d.status <> 'open' and d.closed_at >= (${since}::date::timestamp at time zone ${timeZone})
            and d.closed_at < (${until}::date::timestamp at time zone ${timeZone})
        )
        select v.stage_id as "stageId", b.age_from as "ageFrom", v.won,
          case when v.won then floor(extract(epoch from v.closed_at - v.entered_at) / 86400)::int - b.age_from end
            as "daysToClose",
          count(*)::int as count
        from visits v join stages s on s.id = v.stage_id and s.kind = 'open'
        cross join unnest(${sql.raw(`array[${bands.map(Number).join(",")}]`)}::int[]) as b(age_from)
        where v.left_at - v.entered_at >= b.age_from * interval '1 day'
        group by 1, 2, 3, 4`);
      return rows.map(
        (r): HistoryCell => ({
          stageId: String(r.stageId),
          ageFrom: Number(r.ageFrom),
          won: Boolean(r.won),
          daysToClose: r.daysToClose === null ? null : Number(r.daysToClose),
          count: Number(r.count),
        }),
      );
    },

    /** The deals open at the end of a past day, in the stage, team and owner they had then (from
     *  stage history), with the amount they have now (amounts are not historised). */
    async openDealsOn(day: string, timeZone: string): Promise<AgedDeal[]> {
      const { rows } = await db.execute<Record<string, unknown>>(sql`
        select d.id, coalesce(h.owner_id, d.owner_id) as "ownerId", coalesce(h.team_id, d.team_id) as "teamId",
          h.to_stage_id as "stageId", coalesce(d.amount, 0)::float8 as amount, s.probability,
          s.probability as "stageProbability", null as "expectedCloseDate", null as "forecastCategory",
          floor(extract(epoch from ${endOf(day, timeZone)} - h.changed_at) / 86400)::int as "ageDays"
        from deals d
        cross join lateral (
          select x.to_stage_id, x.changed_at, x.owner_id, x.team_id from deal_stage_history x
          where x.deal_id = d.id and x.changed_at < ${endOf(day, timeZone)}
          order by x.changed_at desc, x.id desc limit 1
        ) h
        join stages s on s.id = h.to_stage_id and s.kind = 'open'
        where d.created_at < ${endOf(day, timeZone)}
          and (d.closed_at is null or d.closed_at >= ${endOf(day, timeZone)})`);
      return rows.map(toAged);
    },

    async updateSettings(settings: ForecastSettingsColumn) {
      await db
        .update(orgSettings)
        .set({ forecast: settings, updatedAt: new Date() })
        .where(eq(orgSettings.id, 1));
    },

    /** Keeps the first snapshot of a scope, period, source and day: a second run the same day is a no-op. */
    async saveSnapshots(rows: SnapshotInsert[]) {
      for (let i = 0; i < rows.length; i += 500) {
        await db
          .insert(forecastSnapshots)
          .values(rows.slice(i, i + 500))
          .onConflictDoNothing();
      }
    },

    async snapshotsOf(scope: string, kind: "month" | "quarter", endedBefore: string): Promise<SnapshotRow[]> {
      return db
        .select()
        .from(forecastSnapshots)
        .where(
          and(
            eq(forecastSnapshots.scope, scope),
            eq(forecastSnapshots.periodKind, kind),
            sql`${forecastSnapshots.periodEnd} < ${endedBefore}::date`,
          ),
        )
        .orderBy(asc(forecastSnapshots.periodStart), asc(forecastSnapshots.takenOn));
    },

    /** Period starts already replayed, so that a replay is done once per period. */
    async replayedPeriods(kind: "month" | "quarter"): Promise<Set<string>> {
      const { rows } = await db.execute<{ start: string }>(sql`
        select distinct period_start::text as start from forecast_snapshots
        where source = 'replay' and period_kind = ${kind} and scope = 'org'`);
      return new Set(rows.map((r) => r.start));
    },

    /** Won amount per scope key of a range, straight from the deals (replays need ranges that end on
     *  any day, for every scope at once). */
    async wonByOwnerAndTeam(start: string, end: string, timeZone: string, scope: MetricScope = {}) {
      const { rows } = await db.execute<{ ownerId: string; teamId: string; amount: number }>(sql`
        select owner_id as "ownerId", team_id as "teamId", coalesce(sum(amount), 0)::float8 as amount
        from deals
        where ${sql.join(
          [
            sql`status = 'won'`,
            sql`closed_at >= (${start}::date::timestamp at time zone ${timeZone})`,
            sql`closed_at < ${endOf(end, timeZone)}`,
            ...scopeFilter("deals", scope),
          ],
          sql` and `,
        )}
        group by 1, 2`);
      return rows.map((r) => ({ ownerId: r.ownerId, teamId: r.teamId, amount: Number(r.amount) }));
    },
  };
}
