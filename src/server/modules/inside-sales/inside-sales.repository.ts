// The raw reads behind the inside-sales figures: per lead channel, the leads of a period and how
// far each got (meeting, deal, won), and the open leads past their SLA now. Leads are few next to
// activities: each is checked for a meeting through the activities' lead index.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { meetingKinds, meetingSetOutcomes } from "../../../domain/activity-outcomes";
import type { ChannelCounts } from "../../../domain/inside-sales/channel-conversion";
import { openLeadStatuses } from "../../../domain/inside-sales/lead-status";
import { list, type MetricScope, scopeFilter } from "../metrics/metrics.repository";

export type InsideSalesRepository = ReturnType<typeof createInsideSalesRepository>;

export function createInsideSalesRepository(db: Executor) {
  const where = (conditions: SQL[]) => sql.join(conditions, sql` and `);

  return {
    async channelCounts(
      scope: MetricScope,
      start: string,
      end: string,
      timeZone: string,
    ): Promise<ChannelCounts[]> {
      const { rows } = await db.execute<Record<string, string | number>>(sql`
        select l.channel,
          count(*)::int as leads,
          count(*) filter (where h.id is not null or exists (
            select 1 from activities a where a.lead_id = l.id
              and ((a.kind = 'call' and a.outcome = any(${list(meetingSetOutcomes)}))
                or a.kind = any(${list(meetingKinds)}))))::int as meetings,
          count(h.id)::int as deals,
          count(*) filter (where d.status = 'won')::int as won,
          coalesce(sum(d.amount) filter (where d.status = 'won'), 0)::float8 as "wonAmount"
        from leads l
        left join handoffs h on h.lead_id = l.id
        left join deals d on d.id = h.deal_id
        where ${where([
          sql`l.created_at >= (${start}::date::timestamp at time zone ${timeZone})`,
          sql`l.created_at < ((${end}::date + 1)::timestamp at time zone ${timeZone})`,
          ...scopeFilter("l", scope),
        ])}
        group by l.channel`);
      return rows.map((r) => ({
        channel: String(r.channel),
        leads: Number(r.leads),
        meetings: Number(r.meetings),
        deals: Number(r.deals),
        won: Number(r.won),
        wonAmount: Number(r.wonAmount),
      }));
    },

    async slaBreachedNow(scope: MetricScope, now: Date): Promise<number> {
      const { rows } = await db.execute<{ n: number }>(sql`
        select count(*)::int as n from leads l
        where ${where([
          sql`l.first_response_at is null`,
          sql`l.status = any(${list(openLeadStatuses)})`,
          sql`l.response_due_at < ${now}`,
          ...scopeFilter("l", scope),
        ])}`);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
