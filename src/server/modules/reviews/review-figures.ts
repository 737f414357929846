// A sheet's figures, taken from the services the screens use for the same scope and period (never
// retyped, never a second formula): the dashboard, the funnel analysis, the forecast and the
// inside-sales section.
import type { Language } from "../../../contract/errors";
import type { InsideSales } from "../../../contract/inside-sales";
import type {
  DailyFigures,
  MonthlyFigures,
  ReviewFigures,
  WeeklyFigures,
} from "../../../contract/review-figures";
import { kpiStatus } from "../../../domain/kpi-status";
import type { Period } from "../../../domain/periods";
import { ratio } from "../../../domain/ratio";
import type { ReviewKind } from "../../../domain/reviews/review-rules";
import type { createAnalysisService } from "../analysis/analysis.service";
import type { AuthContext } from "../auth/auth.service";
import type { createDashboardService } from "../dashboard/dashboard.service";
import type { ForecastService } from "../forecast/forecast.service";
import type { InsideSalesService } from "../inside-sales/inside-sales.service";

/** The rates a daily report shows beside the counts (seed 002: 効率 — 接続率, 商談化率). */
const dailyRateKeys = ["connectRate", "effectiveContactRate", "meetingSetRate"];

export type ReviewFiguresSource = ReturnType<typeof createReviewFigures>;

export function createReviewFigures(deps: {
  dashboard: Pick<ReturnType<typeof createDashboardService>, "dashboard">;
  analysis: Pick<ReturnType<typeof createAnalysisService>, "funnel">;
  forecast: Pick<ForecastService, "forecast">;
  insideSales: Pick<InsideSalesService, "section">;
}) {
  const { dashboard, analysis, forecast, insideSales } = deps;

  type Ask = { caller: AuthContext; scope: string; period: Period; lang: Language };
  const query = (a: Ask, period = a.period.label) => ({ scope: a.scope, period });
  const funnelOf = async (a: Ask) => {
    const f = await analysis.funnel(a.caller, { ...query(a), by: "none" }, a.lang);
    return { steps: f.steps, volume: f.volume, bottleneck: f.bottleneck };
  };

  async function daily(a: Ask): Promise<DailyFigures> {
    const month = a.period.start.slice(0, 7);
    const [day, monthly, dayIs, monthIs] = await Promise.all([
      dashboard.dashboard(a.caller, query(a), a.lang),
      dashboard.dashboard(a.caller, query(a, month), a.lang),
      insideSales.section(a.caller, query(a)),
      insideSales.section(a.caller, query(a, month)),
    ]);
    return {
      kind: "daily",
      period: day.period,
      month: monthly.period,
      businessDay: day.pace.businessDays > 0,
      actions: monthly.activities.items.map(({ dailyTarget, ...monthToDate }) => {
        const actual = day.activities.items.find((k) => k.kpiKey === monthToDate.kpiKey)?.actual ?? null;
        const achievement = actual === null || dailyTarget === null ? null : ratio(actual, dailyTarget);
        const { kpiKey, name, nameEn, unit } = monthToDate;
        // The action KPIs all count up: more is better.
        return {
          kpiKey,
          name,
          nameEn,
          unit,
          dailyTarget,
          actual,
          achievement,
          status: kpiStatus(achievement, "higher"),
          monthToDate,
        };
      }),
      rates: dailyRateKeys.flatMap((key) => {
        const monthToDate = monthIs.kpis.find((k) => k.kpiKey === key);
        if (!monthToDate) return [];
        const { kpiKey, name, nameEn, unit } = monthToDate;
        const actual = dayIs.kpis.find((k) => k.kpiKey === key)?.actual ?? null;
        return [{ kpiKey, name, nameEn, unit, actual, monthToDate }];
      }),
    };
  }

  async function weekly(a: Ask): Promise<WeeklyFigures> {
    const [d, funnel, is] = await Promise.all([
      dashboard.dashboard(a.caller, query(a), a.lang),
      funnelOf(a),
      insideSales.section(a.caller, query(a)),
    ]);
    return {
      kind: "weekly",
      period: d.period,
      kgi: d.kgi,
      pace: d.pace,
      funnel,
      insideSales: hasInsideSales(is) ? sectionOf(is) : null,
    };
  }

  async function monthly(a: Ask): Promise<MonthlyFigures> {
    const [d, f, funnel] = await Promise.all([
      dashboard.dashboard(a.caller, { ...query(a), rankBy: "revenue" }, a.lang),
      forecast.forecast(a.caller, query(a), a.lang),
      funnelOf(a),
    ]);
    const r = d.rankings;
    return {
      kind: "monthly",
      period: d.period,
      kgi: d.kgi,
      pace: d.pace,
      landing: d.landing,
      forecast: {
        landing: f.landing,
        weighted: f.weighted,
        coverage: f.coverage,
        commitCoverage: f.commitCoverage,
        byHistory: f.inputs.byHistory,
        byStage: f.inputs.byStage,
        topDeals: f.inputs.topDeals,
      },
      funnel,
      people: { kpiKey: r.kpiKey, name: r.name, nameEn: r.nameEn, unit: r.unit, items: r.people },
    };
  }

  return {
    /** The figures of a sheet of this kind, scope and period, as the caller's screens show them now. */
    figuresOf(kind: ReviewKind, ask: Ask): Promise<ReviewFigures> {
      switch (kind) {
        case "daily":
          return daily(ask);
        case "weekly":
          return weekly(ask);
        case "monthly":
          return monthly(ask);
      }
    },
  };
}

/** As the dashboard's inside-sales card: shown for a scope with leads, calls or SLA breaches. */
const hasInsideSales = (is: InsideSales) =>
  is.total.leads > 0 || (is.kpis.find((k) => k.kpiKey === "calls")?.actual ?? 0) > 0 || is.slaBreachedNow > 0;

const sectionOf = ({ scope: _, period: __, ...section }: InsideSales) => section;
