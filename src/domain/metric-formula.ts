// KPI formulas (SPEC.md section 4): a base metric ("calls"), a ratio of two ("effectiveContacts / calls"),
// or the median or mean of a per-record measure ("median(daysToWin)", "mean(handoffRating)"). A closed grammar on purpose: admins compose
// KPIs from the same metrics, and no formula can be anything else.
import { mean, median } from "simple-statistics";
import { kpiMetrics } from "./kpi-catalogue";
import { ratio } from "./ratio";

export type Formula =
  | { kind: "metric"; metric: string }
  | { kind: "ratio"; numerator: string; denominator: string }
  | { kind: "median" | "mean"; measure: string };

const metricKeys = new Set(kpiMetrics.map((m) => m.key));
/** Per-record measures that only a median or a mean makes sense of. */
export const medianMeasures = ["daysToWin", "leadResponseMinutes", "handoffRating"] as const;
export type MedianMeasure = (typeof medianMeasures)[number];

export function parseFormula(text: string): Formula | null {
  const trimmed = text.trim();
  const summary = /^(median|mean)\(\s*(\w+)\s*\)$/.exec(trimmed);
  if (summary)
    return medianMeasures.includes(summary[2] as MedianMeasure)
      ? { kind: summary[1] as "median" | "mean", measure: summary[2] as string }
      : null;
  const div = /^(\w+)\s*\/\s*(\w+)$/.exec(trimmed);
  if (div) {
    const [, numerator, denominator] = div as unknown as [string, string, string];
    return isCount(numerator) && isCount(denominator) ? { kind: "ratio", numerator, denominator } : null;
  }
  return isCount(trimmed) ? { kind: "metric", metric: trimmed } : null;
}

const isCount = (key: string) => metricKeys.has(key) && !medianMeasures.includes(key as MedianMeasure);

export type MetricInputs = {
  counts: Record<string, number>;
  measures: Partial<Record<MedianMeasure, number[]>>;
};

/** The value of a formula: null is "no data" (a zero denominator, or nothing to take a median of). */
export function evaluateFormula(formula: Formula, inputs: MetricInputs): number | null {
  switch (formula.kind) {
    case "metric":
      return inputs.counts[formula.metric] ?? 0;
    case "ratio":
      return ratio(inputs.counts[formula.numerator] ?? 0, inputs.counts[formula.denominator] ?? 0);
    case "median":
    case "mean": {
      const values = inputs.measures[formula.measure as MedianMeasure] ?? [];
      if (values.length === 0) return null;
      return formula.kind === "median" ? median(values) : mean(values);
    }
  }
}

/** The records behind a value: the denominator of a ratio, the number of values of a median. */
export function sampleSize(formula: Formula, inputs: MetricInputs): number {
  switch (formula.kind) {
    case "metric":
      return inputs.counts[formula.metric] ?? 0;
    case "ratio":
      return inputs.counts[formula.denominator] ?? 0;
    case "median":
    case "mean":
      return inputs.measures[formula.measure as MedianMeasure]?.length ?? 0;
  }
}
