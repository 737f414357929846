// The closed sets of the analysis API and how they read: axes, steps, target sources, finding kinds.
import type { FunnelAxis, FunnelStep } from "../../api/analysis";

export const axes: FunnelAxis[] = ["none", "person", "channel", "industry", "size", "weekday", "hour"];

export function parseAxis(value: string | undefined): FunnelAxis {
  if (value === "segment") return "industry";
  return (axes as string[]).includes(value ?? "") ? (value as FunnelAxis) : "none";
}

export type StepKey = FunnelStep["key"];
export type TargetSource = NonNullable<FunnelStep["targetSource"]>;

export const findingKindColors = {
  volume: "orange",
  quality: "red",
  on_track: "teal",
  no_target: "gray",
} as const;

/** Achievement of a rate against its target: on target from 100%, behind from 80%. */
export function achievementColor(value: number | null): string {
  if (value === null) return "gray";
  return value >= 1 ? "teal" : value >= 0.8 ? "orange" : "red";
}

const rateKey = /rate|achievement|pace|share|ratio/i;
const moneyKey = /amount|revenue|yen/i;

/** How a number behind a finding is read, from its name: rates as %, money in yen, else a count. */
export function numberKind(key: string): "rate" | "yen" | "count" {
  if (rateKey.test(key)) return "rate";
  if (moneyKey.test(key)) return "yen";
  return "count";
}
