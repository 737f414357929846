// Funnel decomposition (seed 002): each conversion step's actual rate against its target rate, and the
// step with the largest shortfall named as the bottleneck. Calls 1,200 on target, effective contacts
// 360 (30%, on target), meetings set 12 of a target 20: meeting-set 3.3% against 5.6% → 60% of target.
import { ratio } from "./ratio";

export type FunnelStepKey = "effectiveContactRate" | "meetingSetRate" | "winRate";
export type TargetSource = "target" | "derived" | "history";

/** Each step: the base metrics the rate is made of (to ÷ from), and the count KPIs whose targets
 *  imply a target rate when the rate has none of its own. The win rate (won ÷ closed) has no such
 *  pair: the plan's wins ÷ meetings held counts something else, so it takes its own target or history. */
export type FunnelStepDefinition = {
  key: FunnelStepKey;
  from: string;
  to: string;
  implied: { from: string; to: string } | null;
};
export const funnelSteps: FunnelStepDefinition[] = [
  {
    key: "effectiveContactRate",
    from: "calls",
    to: "effectiveContacts",
    implied: { from: "calls", to: "effectiveContacts" },
  },
  {
    key: "meetingSetRate",
    from: "effectiveContacts",
    to: "meetingsSet",
    implied: { from: "effectiveContacts", to: "meetingsSet" },
  },
  { key: "winRate", from: "dealsClosed", to: "dealsWon", implied: null },
];

/** Below this many records at its start a step's rate is shown but not named the bottleneck. */
export const MIN_STEP_SAMPLE = 5;

export type TargetRate = { rate: number | null; source: TargetSource | null };
export type MeasuredStep = {
  key: FunnelStepKey;
  fromCount: number;
  toCount: number;
  actualRate: number | null;
  targetRate: number | null;
  targetSource: TargetSource | null;
  rateAchievement: number | null;
};

const usable = (rate: number | null | undefined): rate is number =>
  rate != null && Number.isFinite(rate) && rate > 0 && rate <= 1;

/** The step's own rate target; else the ratio of its count targets; else the scope's history. */
export function targetRateOf(
  step: FunnelStepDefinition,
  targets: Partial<Record<string, number>>,
  historyRate: number | null,
): TargetRate {
  const own = targets[step.key];
  if (usable(own)) return { rate: own, source: "target" };
  const to = step.implied && targets[step.implied.to];
  const from = step.implied && targets[step.implied.from];
  const derived = to != null && from != null ? ratio(to, from) : null;
  if (usable(derived)) return { rate: derived, source: "derived" };
  if (usable(historyRate)) return { rate: historyRate, source: "history" };
  return { rate: null, source: null };
}

export function measureStep(
  step: FunnelStepDefinition,
  counts: Partial<Record<string, number>>,
  target: TargetRate,
): MeasuredStep {
  const fromCount = counts[step.from] ?? 0;
  const toCount = counts[step.to] ?? 0;
  const actualRate = ratio(toCount, fromCount);
  return {
    key: step.key,
    fromCount,
    toCount,
    actualRate,
    targetRate: target.rate,
    targetSource: target.source,
    rateAchievement: actualRate === null || target.rate === null ? null : ratio(actualRate, target.rate),
  };
}

/** The step furthest below its target (under 100%, with enough records); the earliest on a tie. */
export function bottleneckOf(steps: MeasuredStep[]): { step: FunnelStepKey; rateAchievement: number } | null {
  let worst: { step: FunnelStepKey; rateAchievement: number } | null = null;
  for (const s of steps) {
    if (s.rateAchievement === null || s.rateAchievement >= 1 || s.fromCount < MIN_STEP_SAMPLE) continue;
    if (!worst || s.rateAchievement < worst.rateAchievement)
      worst = { step: s.key, rateAchievement: s.rateAchievement };
  }
  return worst;
}
