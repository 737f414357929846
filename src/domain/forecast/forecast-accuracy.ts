// How good the forecast was (SPEC.md C6, パイプライン予測精度): once a period has closed, the error of
// each snapshot against what was actually won, and across periods the mean absolute percentage
// error and the bias by how many days before the period's end the snapshot was taken.
import { daysBetween } from "../calendar";
import { ratio } from "../ratio";

export type SnapshotPoint = { periodEnd: string; takenOn: string; forecast: number };

/** Signed relative error: above 0 the forecast was too high. No data when nothing was won. */
export const forecastError = (forecast: number, actual: number) => ratio(forecast - actual, actual);

export type ErrorPoint = {
  takenOn: string;
  daysBeforeEnd: number;
  forecast: number;
  actual: number;
  error: number | null;
};

export function errorsOf(points: readonly SnapshotPoint[], actual: number): ErrorPoint[] {
  return points
    .map((p) => ({
      takenOn: p.takenOn,
      daysBeforeEnd: daysBetween(p.takenOn, p.periodEnd),
      forecast: p.forecast,
      actual,
      error: forecastError(p.forecast, actual),
    }))
    .sort((a, b) => b.daysBeforeEnd - a.daysBeforeEnd);
}

export type AccuracyPoint = {
  daysBeforeEnd: number;
  /** Periods with an error at this distance from their end. */
  periods: number;
  /** Mean of |error|. */
  mape: number | null;
  /** Mean of the signed error: above 0 the forecast runs high. */
  bias: number | null;
};

/** MAPE and bias per distance from the period's end, over every closed period given. */
export function accuracyByDaysBeforeEnd(
  periods: readonly Pick<ErrorPoint, "daysBeforeEnd" | "error">[][],
): AccuracyPoint[] {
  const byDays = new Map<number, number[]>();
  for (const points of periods) {
    for (const p of points) {
      if (p.error === null) continue;
      const list = byDays.get(p.daysBeforeEnd) ?? [];
      list.push(p.error);
      byDays.set(p.daysBeforeEnd, list);
    }
  }
  return [...byDays]
    .sort(([a], [b]) => b - a)
    .map(([daysBeforeEnd, errors]) => ({
      daysBeforeEnd,
      periods: errors.length,
      mape: ratio(
        errors.reduce((sum, e) => sum + Math.abs(e), 0),
        errors.length,
      ),
      bias: ratio(
        errors.reduce((sum, e) => sum + e, 0),
        errors.length,
      ),
    }));
}
