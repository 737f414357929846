// The dashboard of a scope and period in one answer (SPEC.md C4): every count from the daily rollups
// (one grouped read of the period, one of the previous period to the same point), the live pipeline
// per stage, stale deals and the landing estimate from the open deals of the scope.
import type { Dashboard, DashboardQuery } from "../../../contract/dashboard";
import type { Language } from "../../../contract/errors";
import { weightedAmount } from "../../../domain/forecast/weighted-pipeline";
import { landingOf } from "../../../domain/landing";
import { evaluateFormula, parseFormula } from "../../../domain/metric-formula";
import { paceOf } from "../../../domain/pace";
import { samePointInPrevious } from "../../../domain/period-comparison";
import { ratio } from "../../../domain/ratio";
import { ceilCount } from "../../../domain/reverse-plan";
import { AppError } from "../../errors";
import type { AuthContext, Clock } from "../auth/auth.service";
import type { DealRepository } from "../deals/deals.repository";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { KpiRepository } from "../kpis/kpis.repository";
import { type KpiFacts, kpiProgressOf } from "../metrics/kpi-progress";
import type { MetricsRepository } from "../metrics/metrics.repository";
import { inputsOf, type MetricsService } from "../metrics/metrics.service";
import { recordScopeOf } from "../metrics/resolve-scope";
import type { TargetRepository } from "../targets/targets.repository";
import type { DashboardRepository } from "./dashboard.repository";
import { dailySeries, funnelSection, staleSection } from "./dashboard-sections";
import { scopeRefsOf } from "./scope-refs";

const KGI = "revenue";
/** Shown in the pace section even without a target; any other KPI with a target joins them. */
const paceKeys = ["wins", "newDeals", "meetings", "meetingsSet", "effectiveContacts", "calls"];
/** The action KPIs whose daily targets the activity section compares with. */
const actionKeys = ["calls", "effectiveContacts", "meetingsSet", "meetings", "emailsSent"];
const STALE_SHOWN = 10;

export function createDashboardService(deps: {
  metrics: MetricsService;
  metricsRepo: MetricsRepository;
  repo: DashboardRepository;
  deals: DealRepository;
  directory: DirectoryRepository;
  kpis: KpiRepository;
  targets: TargetRepository;
  clock: Clock;
}) {
  const { metrics, metricsRepo, repo, deals, directory, kpis, targets, clock } = deps;

  return {
    /** Names come in the language of the request (the screen's), not only the profile's. */
    async dashboard(caller: AuthContext, query: DashboardQuery, lang: Language): Promise<Dashboard> {
      const { period, fiscalYearStartMonth, today, until } = await metrics.resolvePeriod(
        caller,
        query.period,
      );
      const scope = await metrics.resolveScope(caller, query.scope);
      const definitions = new Map((await kpis.list()).map((k) => [k.key, k]));
      const rankKey = query.rankBy ?? KGI;
      const rankDefinition = definitions.get(rankKey);
      // People are ranked on rollup counts: a median or a mean needs records per person.
      const rankKind = rankDefinition && parseFormula(rankDefinition.formula)?.kind;
      if (!rankDefinition || rankKind === "median" || rankKind === "mean") {
        throw new AppError("VALIDATION_FAILED", { field: "rankBy" });
      }
      const previous = samePointInPrevious(period, today, fiscalYearStartMonth);
      const day = { now: clock.now(), today, timeZone: caller.timeZone };
      const pipelines = await directory.listPipelines();
      const pipeline = pipelines.find((p) => p.isDefault);
      const allStages = pipelines.flatMap((p) => p.stages);
      const [
        refs,
        rows,
        previousRows,
        ownTargets,
        previousTargets,
        people,
        moves,
        open,
        stale,
        closing,
        personTargets,
      ] = await Promise.all([
        scopeRefsOf(directory, caller, scope.target, lang),
        metrics.countsBy(scope.filter, period.start, until, ["owner", "day"]),
        metrics.countsBy(scope.filter, previous.period.start, previous.asOf),
        metrics.targetsOf(scope, period),
        metrics.targetsOf(scope, previous.period),
        metrics.peopleOf(scope),
        until < period.start
          ? Promise.resolve([])
          : metricsRepo.stageMoves(scope.filter, period.start, until),
        pipeline ? repo.openByStage(scope.filter, pipeline.id) : Promise.resolve([]),
        deals.staleSummary(recordScopeOf(scope.filter), day, STALE_SHOWN),
        repo.openClosingBetween(scope.filter, period.start, period.end),
        // Every person's target of the ranked KPI: a handful of rows, read beside the rest.
        targets.list({
          periodKind: period.kind,
          periodStart: period.start,
          org: false,
          teamIds: [],
          userIds: "all",
          kpiKey: rankKey,
        }),
      ]);

      const inputs = inputsOf(rows.total);
      const previousInputs = inputsOf(previousRows.total);
      const progress = (key: string) => {
        const definition = definitions.get(key) as KpiFacts;
        return kpiProgressOf(definition, inputs, ownTargets[key] ?? null, period, today);
      };
      const known = [...new Set([...paceKeys, ...Object.keys(ownTargets)])].filter(
        (k) => k !== KGI && definitions.has(k),
      );
      const kgi = progress(KGI);
      const pace0 = paceOf(0, 0, period, today);
      const pointThen = (key: string) => {
        const definition = definitions.get(key) as KpiFacts;
        const formula = parseFormula(definition.formula);
        const actual = formula ? evaluateFormula(formula, previousInputs) : null;
        const target = previousTargets[key] ?? null;
        return {
          kpiKey: key,
          target,
          actual,
          achievement: target === null || actual === null ? null : ratio(actual, target),
        };
      };
      const kgiThen = pointThen(KGI);

      const wonToDate = inputs.counts.wonAmount ?? 0;
      const weightedOpen = closing.reduce((sum, d) => sum + weightedAmount(d.amount, d.probability), 0);

      const businessDays = pace0.businessDays;
      const activityItems = actionKeys
        .filter((k) => definitions.has(k))
        .map((key) => {
          const item = progress(key);
          return {
            ...item,
            dailyTarget:
              item.target === null || businessDays === 0 ? null : ceilCount(item.target / businessDays),
          };
        });

      const rankFormula = parseFormula(rankDefinition.formula);
      const scored = people.map((p) => {
        const personInputs = inputsOf(rows.by.owner?.get(p.id));
        const value = rankFormula ? evaluateFormula(rankFormula, personInputs) : null;
        const target = personTargets.find((t) => t.target.userId === p.id)?.target.value ?? null;
        const c = personInputs.counts;
        return {
          userId: p.id,
          name: (lang === "en" && p.nameEn) || p.name,
          teamName: p.teamId ? (refs.teamNames.get(p.teamId) ?? null) : null,
          value,
          target,
          achievement: target === null || value === null ? null : ratio(value, target),
          activities: (c.calls ?? 0) + (c.emailsSent ?? 0) + (c.meetingsHeld ?? 0),
        };
      });
      const direction = rankDefinition.direction === "lower" ? -1 : 1;
      const ranked = [...scored].sort((a, b) =>
        a.value === null ? 1 : b.value === null ? -1 : direction * (b.value - a.value),
      );

      return {
        scope: refs.self,
        breadcrumb: refs.breadcrumb,
        children: refs.children,
        period,
        today,
        kgi,
        pace: {
          businessDays,
          elapsedBusinessDays: pace0.elapsedBusinessDays,
          expectedShare: pace0.expectedShare,
          kpis: known.map(progress),
        },
        previousPeriod: {
          period: previous.period,
          asOf: previous.asOf,
          elapsedBusinessDays: previous.elapsedBusinessDays,
          kgi: kgiThen,
          kpis: known.map(pointThen),
          achievementDelta:
            kgi.achievement === null || kgiThen.achievement === null
              ? null
              : kgi.achievement - kgiThen.achievement,
        },
        landing: landingOf(wonToDate, weightedOpen, closing.length, kgi.target),
        funnel: funnelSection(pipeline, moves, open),
        stale: staleSection(stale, allStages, day),
        activities: { items: activityItems, daily: dailySeries(period.start, until, rows.by.day) },
        rankings: {
          kpiKey: rankKey,
          name: rankDefinition.name,
          nameEn: rankDefinition.nameEn,
          unit: rankDefinition.unit,
          people: ranked.map(({ activities: _, ...p }, i) => ({ ...p, rank: i + 1 })),
          scatter: scored.map((p) => ({
            userId: p.userId,
            name: p.name,
            activities: p.activities,
            outcome: p.value,
          })),
        },
      };
    },
  };
}
