// A KPI below its minimum level (最低目標, targets.minimum). Counts and money accumulate over the
// period, so they are compared paced: the actual so far against minimum × the elapsed share of the
// period's business days (pace.ts). Rates are compared as they are: the actual against the minimum.
import { paceOf } from "../pace";

export type KpiBelowMinimum = {
  /** "paced": actual vs minimum × elapsed share; "actual": actual vs minimum. */
  comparison: "paced" | "actual";
  actual: number;
  minimum: number;
  /** What the actual was compared with. */
  threshold: number;
  /** The share of the period's business days gone by (today included). */
  elapsedShare: number;
};

const accumulating = new Set(["count", "yen"]);

export function kpiBelowMinimumAlert(input: {
  actual: number | null;
  minimum: number | null;
  unit: string;
  direction: "higher" | "lower";
  period: { start: string; end: string };
  today: string;
}): KpiBelowMinimum | null {
  const { actual, minimum, period, today } = input;
  if (actual === null || minimum === null) return null;
  const elapsedShare = paceOf(actual, minimum, period, today).expectedShare ?? 0;
  // Nothing is expected before the first business day of the period.
  if (elapsedShare <= 0) return null;
  const paced = accumulating.has(input.unit);
  const threshold = paced ? minimum * elapsedShare : minimum;
  const below = input.direction === "higher" ? actual < threshold - 1e-9 : actual > threshold + 1e-9;
  return below ? { comparison: paced ? "paced" : "actual", actual, minimum, threshold, elapsedShare } : null;
}
