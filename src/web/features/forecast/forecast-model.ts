// What the forecast page computes from the API's answer and where its figures link to: pure
// functions, so that the widgets share them and the tests can pin them.
import { daysBetween } from "../../../domain/calendar";
import { pathWith } from "../dashboard/dashboard-model";
import type {
  Accuracy,
  AccuracyKind,
  DealCell,
  Forecast,
  ForecastCategory,
  ForecastRow,
  Tally,
  YomiRank,
} from "./forecast-api";

export const yomiRanks: YomiRank[] = ["A", "B", "C", "D"];
/** The categories that add up to the landing, in the order the waterfall stacks them. */
export const landingCategories: Exclude<ForecastCategory, "omitted">[] = ["commit", "best_case", "pipeline"];

export function forecastLink(scope: string | undefined, period?: string): string {
  return pathWith("/forecast", { scope, period });
}

/** The accuracy is measured on months or quarters: a quarter or a year reads quarters. */
export function accuracyKindOf(periodKind: string): AccuracyKind {
  return periodKind === "quarter" || periodKind === "fiscal_year" ? "quarter" : "month";
}

export type CoverageState = "noTarget" | "reached" | "low" | "ok";

/** Whether the pipeline covers the remaining target by the org's rule of thumb. */
export function coverageState(coverage: Forecast["coverage"], target: number | null): CoverageState {
  if (target === null || coverage.remaining === null) return "noTarget";
  if (coverage.remaining <= 0 || coverage.ratio === null) return "reached";
  return coverage.ratio >= coverage.rule ? "ok" : "low";
}

/** 5.66 → "5.7×", 3 → "3×"; null → "—". */
export function multiple(value: number | null | undefined, lang: "ja" | "en"): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString(lang === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 1 })}×`;
}

/** The deals of a row of the ヨミ table: one person, or one team with the teams below it. */
export function rowCell(row: ForecastRow): DealCell {
  if (row.ref.kind === "user" && row.ref.id) return { ownerId: row.ref.id };
  if (row.ref.kind === "team" && row.ref.id) return { teamId: row.ref.id };
  return {};
}

/** A row worth a line: it has open deals closing in the period, a target or wins. */
export const rowHasFigures = (row: ForecastRow) =>
  row.total.count > 0 || row.target !== null || row.wonToDate > 0;

/** Rows by their pipeline closing in the period, largest first (ties by name). */
export function sortRows(rows: ForecastRow[]): ForecastRow[] {
  return [...rows].sort(
    (a, b) =>
      b.total.amount - a.total.amount || b.wonToDate - a.wonToDate || a.ref.name.localeCompare(b.ref.name),
  );
}

export type WaterfallStep = {
  key: "won" | Exclude<ForecastCategory, "omitted"> | "total";
  /** Where the bar starts and how long it is. */
  base: number;
  value: number;
  tally: Tally | null;
};

/** Won to date → + commit → + best case → + pipeline = everything that could close in the period. */
export function waterfallSteps(data: Pick<Forecast, "landing" | "categories">): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ key: "won", base: 0, value: data.landing.wonToDate, tally: null }];
  let running = data.landing.wonToDate;
  for (const key of landingCategories) {
    const tally = data.categories[key];
    steps.push({ key, base: running, value: tally.amount, tally });
    running += tally.amount;
  }
  steps.push({ key: "total", base: 0, value: running, tally: null });
  return steps;
}

/** The days from a day to a period's last day, as the accuracy's "days before end" counts them. */
export function daysBeforeEnd(today: string, period: { start: string; end: string }): number {
  if (today > period.end) return 0;
  return daysBetween(today < period.start ? period.start : today, period.end);
}

/**
 * "Our forecast at this point last period was off by Y%": the latest closed period's P50 snapshot
 * taken closest to as many days before its end as remain in this one.
 */
export function samePointLastPeriod(accuracy: Accuracy, daysLeft: number) {
  const last = accuracy.periods[0];
  if (!last || last.p50.length === 0) return null;
  let best = last.p50[0];
  for (const point of last.p50) {
    if (best && Math.abs(point.daysBeforeEnd - daysLeft) < Math.abs(best.daysBeforeEnd - daysLeft))
      best = point;
  }
  return best ? { period: last.period, actual: last.actual, point: best } : null;
}

/** The earliest snapshot of a closed period: what we said at (about) its start. */
export function earliestPoint<T extends { daysBeforeEnd: number }>(points: T[]): T | null {
  let first: T | null = null;
  for (const p of points) if (!first || p.daysBeforeEnd > first.daysBeforeEnd) first = p;
  return first;
}
