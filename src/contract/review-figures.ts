// The figures a review sheet is filled with, by kind, as the metric engine gave them when the sheet
// was made (or last refreshed): the same answers as the dashboard, the analysis, the forecast and the
// inside-sales section for the sheet's scope and period, kept as they were for the meeting.
import { z } from "zod";
import { bottleneck, funnelStep } from "./analysis";
import { dashboard, dashboardPerson, kpiProgress, periodRef } from "./dashboard";
import { forecast } from "./forecast";
import { insideSalesSection } from "./inside-sales";
import { kpiStatus, kpiUnit } from "./kpis";

const kpiFacts = { kpiKey: z.string(), name: z.string(), nameEn: z.string(), unit: kpiUnit };

/** One action KPI of the day against its daily target, with where the month stands so far. */
export const dailyActionFigure = z.object({
  ...kpiFacts,
  /** The month's target ÷ its business days, rounded up (the dashboard's daily target). */
  dailyTarget: z.number().int().nullable(),
  /** Done on the day. */
  actual: z.number().nullable(),
  /** actual ÷ dailyTarget. */
  achievement: z.number().nullable(),
  status: kpiStatus,
  /** The month to the day: actual, target, expected to date and pace. */
  monthToDate: kpiProgress,
});

/** A rate of the day (connect rate, meeting-set rate …) beside the month's so far and its target. */
export const dailyRateFigure = z.object({
  ...kpiFacts,
  actual: z.number().nullable(),
  monthToDate: kpiProgress,
});

export const dailyFigures = z.object({
  kind: z.literal("daily"),
  period: periodRef,
  /** The month the daily targets come from. */
  month: periodRef,
  businessDay: z.boolean(),
  actions: z.array(dailyActionFigure),
  rates: z.array(dailyRateFigure),
});

const pace = dashboard.shape.pace;
const funnel = z.object({ steps: z.array(funnelStep), volume: z.array(kpiProgress), bottleneck });

export const weeklyFigures = z.object({
  kind: z.literal("weekly"),
  period: periodRef,
  kgi: kpiProgress,
  pace,
  /** The funnel of the week against its target rates, and the step furthest below. */
  funnel,
  /** The inside-sales KPIs and conversion by channel, when the scope has leads or calls. */
  insideSales: insideSalesSection.nullable(),
});

const forecastShape = forecast.shape;
export const monthlyFigures = z.object({
  kind: z.literal("monthly"),
  period: periodRef,
  kgi: kpiProgress,
  pace,
  /** The dashboard's landing: won to date + open deals weighted by probability. */
  landing: dashboard.shape.landing,
  /** The statistical landing and its basis. */
  forecast: z.object({
    landing: forecastShape.landing,
    weighted: forecastShape.weighted,
    coverage: forecastShape.coverage,
    commitCoverage: forecastShape.commitCoverage,
    byHistory: z.number().int(),
    byStage: z.number().int(),
    topDeals: forecastShape.inputs.shape.topDeals,
  }),
  funnel,
  /** Each person's KGI against their target, for the evaluation. */
  people: z.object({ ...kpiFacts, items: z.array(dashboardPerson) }),
});

export const reviewFigures = z.discriminatedUnion("kind", [dailyFigures, weeklyFigures, monthlyFigures]);
export type ReviewFigures = z.infer<typeof reviewFigures>;
export type DailyFigures = z.infer<typeof dailyFigures>;
export type WeeklyFigures = z.infer<typeof weeklyFigures>;
export type MonthlyFigures = z.infer<typeof monthlyFigures>;
