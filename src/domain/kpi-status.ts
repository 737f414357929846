// A KPI's colour on the tree and the dashboard: on track, behind, at risk — from its pace where a pace
// means something (counts and money accumulate over the period), else from its achievement (rates).

export type KpiStatus = "on_track" | "behind" | "at_risk" | "no_target";

/** At or above 100% of where it should be is on track; from 80% it is behind; below, at risk. */
export const BEHIND_FROM = 0.8;

export function kpiStatus(measure: number | null, direction: "higher" | "lower"): KpiStatus {
  if (measure === null) return "no_target";
  const score = direction === "higher" ? measure : measure === 0 ? Number.POSITIVE_INFINITY : 1 / measure;
  return score >= 1 ? "on_track" : score >= BEHIND_FROM ? "behind" : "at_risk";
}
