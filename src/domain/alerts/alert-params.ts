// The kinds of alert rule (SPEC.md C10, seeds 000 and 003) and their thresholds, with the defaults
// in this one place: a rule stores only what differs, and every reader merges the defaults in.

export const alertKinds = [
  "deal_stale",
  "meeting_passed",
  "pace_behind",
  "kpi_below_minimum",
  "lead_unanswered",
  "forecast_below_target",
] as const;
export type AlertKind = (typeof alertKinds)[number];

export type AlertParams = {
  /** No update for more than `days` days and no next step ahead; null: the stage's own threshold. */
  deal_stale: { days: number | null };
  /** The next meeting date passed by `days` days or more, with nothing scheduled since. */
  meeting_passed: { days: number };
  /** From the `fromBusinessDay`-th business day of the week, done under `minShare` of the weekly
   *  target of a count KPI. */
  pace_behind: { kpiKey: string; fromBusinessDay: number; minShare: number };
  /** A KPI below its target's minimum level in the period (pace-adjusted for counts and money). */
  kpi_below_minimum: { kpiKey: string; periodKind: "week" | "month" | "quarter" };
  /** A lead not answered within `minutes` business minutes; null: the org's response SLA. */
  lead_unanswered: { minutes: number | null };
  /** The landing forecast's P50 below the KGI target by `belowShare` or more. */
  forecast_below_target: { belowShare: number; periodKind: "month" | "quarter" };
};

export const defaultAlertParams: { [K in AlertKind]: AlertParams[K] } = {
  deal_stale: { days: null },
  meeting_passed: { days: 1 },
  // Seed 003: "商談数が週の中間時点で目標の30%しか達成していない場合に警告".
  pace_behind: { kpiKey: "meetings", fromBusinessDay: 3, minShare: 0.3 },
  kpi_below_minimum: { kpiKey: "revenue", periodKind: "month" },
  lead_unanswered: { minutes: null },
  forecast_below_target: { belowShare: 0.1, periodKind: "month" },
};

/** A rule's stored thresholds over the kind's defaults (unknown keys dropped). */
export function alertParamsOf<K extends AlertKind>(kind: K, stored: Record<string, unknown>): AlertParams[K] {
  const defaults = defaultAlertParams[kind] as Record<string, unknown>;
  const merged = Object.fromEntries(
    Object.entries(defaults).map(([key, value]) => [key, key in stored ? stored[key] : value]),
  );
  return merged as AlertParams[K];
}
