// The inside-sales figures of a scope and period (seed 002): the IS KPI set against the scope's
// targets (counts from the rollups; response time and hand-off quality from their records), the
// conversion by lead channel, and the leads past their SLA now.
import type { ChannelConversion, InsideSales, InsideSalesSection } from "../../../contract/inside-sales";
import { type ChannelCounts, channelConversion } from "../../../domain/inside-sales/channel-conversion";
import { formatScope } from "../../../domain/scope";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import { insideSalesRules } from "../leads/inside-sales-settings";
import { type KpiFacts, kpiProgressOf } from "../metrics/kpi-progress";
import type { MetricScope } from "../metrics/metrics.repository";
import type { MetricsService, PeriodContext, ResolvedScope } from "../metrics/metrics.service";
import type { InsideSalesRepository } from "./inside-sales.repository";

/** Seed 002's inside-sales KPI set, in the order its tables give them. */
export const insideSalesKpiKeys = [
  "calls",
  "connectRate",
  "effectiveContactRate",
  "meetingsSet",
  "meetingSetRate",
  "appointmentRate",
  "cancelRate",
  "leadResponseTime",
  "bantCompletion",
  "handoffQuality",
  "emailOpenRate",
  "emailClickRate",
  "emailReplyRate",
];
const emailKeys = new Set(["emailOpenRate", "emailClickRate", "emailReplyRate"]);

export type InsideSalesService = ReturnType<typeof createInsideSalesService>;

export function createInsideSalesService(deps: {
  repo: InsideSalesRepository;
  metrics: MetricsService;
  directory: DirectoryRepository;
  kpis: KpiRepository;
  clock: Clock;
}) {
  const { repo, metrics, directory, kpis, clock } = deps;

  /** Channel counts with the channel's labels (its key when the org no longer lists it). */
  async function conversionOf(filter: MetricScope, start: string, end: string, timeZone: string) {
    const [rules, counts] = await Promise.all([
      insideSalesRules(directory),
      repo.channelCounts(filter, start, end, timeZone),
    ]);
    const labelled = (c: ReturnType<typeof channelConversion>["total"]): ChannelConversion => {
      const item = rules.channels.find((ch) => ch.key === c.channel);
      return { ...c, label: item?.label ?? c.channel, labelEn: item?.labelEn ?? c.channel };
    };
    const { channels, total } = channelConversion(counts satisfies ChannelCounts[]);
    return {
      channels: channels.map(labelled),
      total: { ...labelled(total), label: "合計", labelEn: "Total" },
    };
  }

  return {
    conversionOf,

    async section(
      caller: AuthContext,
      query: { scope?: string | undefined; period?: string | undefined },
    ): Promise<InsideSales> {
      const context: PeriodContext = await metrics.resolvePeriod(caller, query.period);
      const scope: ResolvedScope = await metrics.resolveScope(caller, query.scope);
      const { period, today, until } = context;
      const [definitions, inputs, targets, conversion, slaBreachedNow] = await Promise.all([
        kpis.list(),
        until < period.start
          ? Promise.resolve(null)
          : metrics.inputsFor(scope.filter, period.start, until, caller.timeZone),
        metrics.targetsOf(scope, period),
        conversionOf(scope.filter, period.start, until, caller.timeZone),
        repo.slaBreachedNow(scope.filter, clock.now()),
      ]);
      const byKey = new Map(definitions.map((d) => [d.key, d as KpiFacts]));
      const emailed = (inputs?.counts.emailsSent ?? 0) > 0;
      const kpiSet = insideSalesKpiKeys.filter((k) => byKey.has(k) && (emailed || !emailKeys.has(k)));
      const section: InsideSalesSection = {
        kpis: kpiSet.map((k) =>
          kpiProgressOf(byKey.get(k) as KpiFacts, inputs, targets[k] ?? null, period, today),
        ),
        ...conversion,
        slaBreachedNow,
      };
      return { scope: formatScope(scope.target), period, ...section };
    },
  };
}
