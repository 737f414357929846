// How good the forecast was for a scope: per closed period, the error of each snapshot (the daily
// ones where they were kept, the replayed ones otherwise) against what was won, summarised by days
// before the period's end; and the backtest of the two methods over the replayed periods.

import type { Language } from "../../../contract/errors";
import type { Accuracy, AccuracyQuery } from "../../../contract/forecast";
import { accuracyByDaysBeforeEnd, errorsOf } from "../../../domain/forecast/forecast-accuracy";
import { periodContaining } from "../../../domain/periods";
import { formatScope } from "../../../domain/scope";
import type { AuthContext } from "../auth/auth.service";
import { scopeRefsOf } from "../dashboard/scope-refs";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricsService } from "../metrics/metrics.service";
import type { ForecastRepository, SnapshotRow } from "./forecast.repository";

export type ForecastAccuracyService = ReturnType<typeof createForecastAccuracyService>;

const points = (rows: SnapshotRow[], pick: (r: SnapshotRow) => number) =>
  rows.map((r) => ({ periodEnd: r.periodEnd, takenOn: r.takenOn, forecast: pick(r) }));

export function createForecastAccuracyService(deps: {
  repo: ForecastRepository;
  metrics: MetricsService;
  directory: DirectoryRepository;
}) {
  const { repo, metrics, directory } = deps;
  return {
    async accuracy(caller: AuthContext, query: AccuracyQuery, lang: Language): Promise<Accuracy> {
      const [{ today, fiscalYearStartMonth }, scope] = await Promise.all([
        metrics.resolvePeriod(caller, undefined),
        metrics.resolveScope(caller, query.scope),
      ]);
      const [refs, rows] = await Promise.all([
        scopeRefsOf(directory, caller, scope.target, lang),
        repo.snapshotsOf(formatScope(scope.target), query.kind, today),
      ]);
      const byPeriod = new Map<string, SnapshotRow[]>();
      for (const row of rows) {
        const list = byPeriod.get(row.periodStart) ?? [];
        list.push(row);
        byPeriod.set(row.periodStart, list);
      }

      const periods: Accuracy["periods"] = [];
      const replayed: { stage: ReturnType<typeof errorsOf>; monteCarlo: ReturnType<typeof errorsOf> }[] = [];
      for (const [start, list] of byPeriod) {
        const first = list[0] as SnapshotRow;
        const counts = await metrics.countsBy(scope.filter, start, first.periodEnd);
        const actual = counts.total.wonAmount ?? 0;
        const live = list.filter((r) => r.source === "live");
        const replay = list.filter((r) => r.source === "replay");
        const shown = live.length > 0 ? live : replay;
        const { label } = periodContaining(query.kind, start, fiscalYearStartMonth);
        periods.push({
          period: { kind: query.kind, label, start, end: first.periodEnd },
          actual,
          source: live.length > 0 ? "live" : "replay",
          p50: errorsOf(
            points(shown, (r) => r.p50),
            actual,
          ),
          weighted: errorsOf(
            points(shown, (r) => r.weighted),
            actual,
          ),
        });
        if (replay.length > 0) {
          replayed.push({
            stage: errorsOf(
              points(replay, (r) => r.weighted),
              actual,
            ),
            monteCarlo: errorsOf(
              points(replay, (r) => r.p50),
              actual,
            ),
          });
        }
      }
      return {
        scope: refs.self,
        kind: query.kind,
        periods: periods.reverse(),
        summary: accuracyByDaysBeforeEnd(periods.map((p) => p.p50)),
        backtest: {
          stageProbability: accuracyByDaysBeforeEnd(replayed.map((r) => r.stage)),
          monteCarlo: accuracyByDaysBeforeEnd(replayed.map((r) => r.monteCarlo)),
        },
      };
    },
  };
}
