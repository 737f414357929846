// Any catalogue metric for any scope and period, the monthly history that rates are taken from, and
// the scope, period, people and targets every progress screen starts from.
import { addDays, addMonths, dateInZone, earlierDate } from "../../../domain/calendar";
import type { MetricInputs } from "../../../domain/metric-formula";
import { type Period, parsePeriod, periodContaining } from "../../../domain/periods";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { TargetRepository } from "../targets/targets.repository";
import {
  type GroupedCounts,
  type Grouping,
  type MetricScope,
  type MetricsRepository,
  withAliases,
} from "./metrics.repository";
import { type ResolvedScope, resolveScope } from "./resolve-scope";

export type { ResolvedScope };

export type MetricsService = ReturnType<typeof createMetricsService>;
export type PeriodContext = { period: Period; fiscalYearStartMonth: number; today: string; until: string };

/** Rollup counts as metric inputs (counts only: medians need their records). */
export function inputsOf(counts: Record<string, number> | undefined): MetricInputs {
  return { counts: withAliases(counts), measures: {} };
}

export function createMetricsService(deps: {
  repo: MetricsRepository;
  directory: DirectoryRepository;
  targets: TargetRepository;
  clock: Clock;
}) {
  const { repo, directory, targets, clock } = deps;

  return {
    /** The caller's scope parameter, checked against what they may read. */
    resolveScope: (caller: AuthContext, param: string | undefined) => resolveScope(directory, caller, param),

    /** The period asked for (this month when absent), today in the caller's zone, and the last day
     *  of the period that has happened. */
    async resolvePeriod(caller: AuthContext, text: string | undefined): Promise<PeriodContext> {
      const fiscalYearStartMonth = (await directory.orgSettings())?.fiscalYearStartMonth ?? 4;
      const today = dateInZone(clock.now(), caller.timeZone);
      const period = text
        ? parsePeriod(text, fiscalYearStartMonth)
        : periodContaining("month", today, fiscalYearStartMonth);
      if (!period) throw new AppError("PERIOD_INVALID");
      return { period, fiscalYearStartMonth, today, until: earlierDate(today, period.end) };
    },

    /** The people whose work the scope's figures are made of: active, not administrators. */
    async peopleOf(scope: ResolvedScope) {
      const all = await directory.listUsers({ all: true }, scope.filter.teamIds);
      return all.filter(
        (p) => p.active && p.role !== "admin" && (!scope.filter.ownerId || p.id === scope.filter.ownerId),
      );
    },

    /** The scope's own targets of a period (not its members'), by KPI key. */
    async targetsOf(scope: ResolvedScope, period: Period): Promise<Partial<Record<string, number>>> {
      const rows = await targets.list({
        periodKind: period.kind,
        periodStart: period.start,
        org: scope.target.kind === "org",
        teamIds: scope.target.kind === "team" ? [scope.target.id] : [],
        userIds: scope.target.kind === "user" ? [scope.target.id] : [],
      });
      return Object.fromEntries(rows.map((r) => [r.target.kpiKey, r.target.value]));
    },

    /** Rollup counts of the scope from start to end, whole and by the groupings asked for (none when
     *  end is before start). */
    countsBy(
      filter: MetricScope,
      start: string,
      end: string,
      groupings: Grouping[] = [],
    ): Promise<GroupedCounts> {
      return end < start
        ? Promise.resolve({ total: {}, by: Object.fromEntries(groupings.map((g) => [g, new Map()])) })
        : repo.countsBy(filter, start, end, groupings);
    },

    /** Inputs for one date range as a whole. */
    async inputsFor(
      filter: MetricScope,
      start: string,
      end: string,
      timeZone: string,
    ): Promise<MetricInputs> {
      const buckets = await repo.inputs(filter, { start, end, timeZone, byMonth: false });
      const inputs = buckets.get("all") ?? { counts: {}, measures: {} };
      inputs.counts.openPipelineAmount = await repo.openPipelineAmount(filter);
      return inputs;
    },

    /** Inputs per calendar month for the `months` whole months before `before` (a month's first day);
     *  counts only when `measures` is false. */
    async monthlyInputs(
      filter: MetricScope,
      before: string,
      months: number,
      timeZone: string,
      measures = true,
    ) {
      const start = addMonths(before, -months);
      const buckets = await repo.inputs(filter, {
        start,
        end: addDays(before, -1),
        timeZone,
        byMonth: true,
        measures,
      });
      return Array.from({ length: months }, (_, i) => {
        const month = addMonths(start, i).slice(0, 7);
        return { month, inputs: buckets.get(month) ?? { counts: {}, measures: {} } };
      });
    },
  };
}
