// The funnel counts of a scope and range by an attribute the daily rollups do not carry: the hour an
// activity happened, the channel of its lead or deal, the industry or size band of its account. These
// read the period's activities and closed deals of the scope through their (team|owner, time) indexes.
// The conditions are the rollups' own (rollup-definitions), so both ways count alike.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { activityColumns, closedDeal, closedDealColumns } from "../../../db/rollups/rollup-definitions";
import { type MetricScope, numbers, scopeFilter } from "../metrics/metrics.repository";

export type FacetAxis = "hour" | "channel" | "industry" | "size";
export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;

const funnelActivityColumns = activityColumns.filter((c) =>
  ["calls", "effectiveContacts", "meetingsSet"].includes(c.metric),
);
const funnelDealColumns = closedDealColumns.filter((c) => ["dealsWon", "dealsClosed"].includes(c.metric));

export function createAnalysisRepository(db: Executor) {
  const within = (table: string, column: string, scope: MetricScope, range: Range): SQL =>
    sql.join(
      [
        sql`${sql.raw(`${table}.${column}`)} >= (${range.start}::date::timestamp at time zone ${range.timeZone})`,
        sql`${sql.raw(`${table}.${column}`)} < ((${range.end}::date + 1)::timestamp at time zone ${range.timeZone})`,
        ...scopeFilter(table, scope),
      ],
      sql` and `,
    );

  return {
    /** Funnel counts per value of the axis: calls, effective contacts, meetings set, deals won and closed. */
    async facetCounts(axis: FacetAxis, scope: MetricScope, range: Range) {
      const activityKey: Record<FacetAxis, SQL> = {
        hour: sql`extract(hour from a.occurred_at at time zone ${range.timeZone})::int::text`,
        channel: sql`coalesce(l.channel, d.channel, 'unknown')`,
        industry: sql`coalesce(ac.industry, 'unknown')`,
        size: sql`coalesce(ac.size_band, 'unknown')`,
      };
      const activityCounts = sql.raw(
        funnelActivityColumns
          .map((c) => `count(*) filter (where ${c.when("a")})::int as "${c.metric}"`)
          .join(", "),
      );
      const dealCounts = sql.raw(
        funnelDealColumns.map((c) => `sum(${c.value("deals")})::int as "${c.metric}"`).join(", "),
      );
      const dealKey: Partial<Record<FacetAxis, SQL>> = {
        channel: sql`coalesce(deals.channel, 'unknown')`,
        industry: sql`coalesce(ac.industry, 'unknown')`,
        size: sql`coalesce(ac.size_band, 'unknown')`,
      };
      const key = dealKey[axis];
      const [activityRows, dealRows] = await Promise.all([
        db.execute<Record<string, string | number>>(sql`
          select ${activityKey[axis]} as key, ${activityCounts}
          from activities a
            left join leads l on l.id = a.lead_id
            left join deals d on d.id = a.deal_id
            left join accounts ac on ac.id = coalesce(a.account_id, l.account_id, d.account_id)
          where ${within("a", "occurred_at", scope, range)} and a.kind = 'call'
          group by 1`),
        key
          ? db.execute<Record<string, string | number>>(sql`
              select ${key} as key, ${dealCounts}
              from deals left join accounts ac on ac.id = deals.account_id
              where ${within("deals", "closed_at", scope, range)} and ${sql.raw(closedDeal("deals"))}
              group by 1`)
          : Promise.resolve({ rows: [] }),
      ]);
      const groups = new Map<string, Record<string, number>>();
      for (const { key: k, ...counts } of [...activityRows.rows, ...dealRows.rows]) {
        groups.set(String(k), { ...groups.get(String(k)), ...numbers(counts) });
      }
      return groups;
    },
  };
}

type Range = { start: string; end: string; timeZone: string };
