// Volume or quality (seed 002's flowchart): are the action KPIs met? If not, the finding is the volume
// shortfall and its size; if they are, the weakest conversion step is a quality problem with its
// typical causes; if both hold, the subject is on track.
import { bottleneckOf, type FunnelStepKey, type MeasuredStep } from "./funnel";
import { ceilCount } from "./reverse-plan";

export type CauseKey =
  | "list_quality"
  | "call_timing"
  | "talk_script"
  | "hearing"
  | "proposal_quality"
  | "handoff_info"
  | "time_use"
  | "tool_use"
  | "prioritisation";

export const qualityCauses: Record<FunnelStepKey, CauseKey[]> = {
  effectiveContactRate: ["list_quality", "call_timing"],
  meetingSetRate: ["talk_script", "hearing"],
  winRate: ["proposal_quality", "handoff_info"],
};
export const volumeCauses: CauseKey[] = ["time_use", "tool_use", "prioritisation"];

/** An action KPI (calls, meetings ...) of the subject with its target and business-day pace. */
export type ActionKpi = {
  kpiKey: string;
  actual: number;
  target: number | null;
  expectedToDate: number | null;
  pace: number | null;
};

export type DiagnosisFinding =
  | {
      kind: "no_target";
      step: FunnelStepKey | null;
      kpiKey: null;
      numbers: Record<string, number | null>;
      causes: CauseKey[];
    }
  | { kind: "volume"; step: null; kpiKey: string; numbers: Record<string, number | null>; causes: CauseKey[] }
  | {
      kind: "quality";
      step: FunnelStepKey;
      kpiKey: null;
      numbers: Record<string, number | null>;
      causes: CauseKey[];
    }
  | {
      kind: "on_track";
      step: null;
      kpiKey: null;
      numbers: Record<string, number | null>;
      causes: CauseKey[];
    };

const stepNumbers = (step: MeasuredStep | undefined) => ({
  actualRate: step?.actualRate ?? null,
  targetRate: step?.targetRate ?? null,
  rateAchievement: step?.rateAchievement ?? null,
  fromCount: step?.fromCount ?? null,
  toCount: step?.toCount ?? null,
});

export function diagnose(input: {
  actions: ActionKpi[];
  steps: MeasuredStep[];
  remainingBusinessDays: number;
}): DiagnosisFinding {
  const bottleneck = bottleneckOf(input.steps);
  const judged = input.actions.filter((a) => a.target !== null && a.pace !== null);
  if (judged.length === 0) {
    const step = input.steps.find((s) => s.key === bottleneck?.step);
    return {
      kind: "no_target",
      step: bottleneck?.step ?? null,
      kpiKey: null,
      numbers: stepNumbers(step),
      causes: [],
    };
  }
  const behind = judged.reduce((a, b) => ((b.pace as number) < (a.pace as number) ? b : a));
  if ((behind.pace as number) < 1) {
    const target = behind.target as number;
    const expected = behind.expectedToDate ?? target;
    const remaining = Math.max(0, target - behind.actual);
    return {
      kind: "volume",
      step: null,
      kpiKey: behind.kpiKey,
      numbers: {
        actual: behind.actual,
        target,
        expectedToDate: expected,
        shortfall: ceilCount(Math.max(0, expected - behind.actual)),
        pace: behind.pace,
        remainingBusinessDays: input.remainingBusinessDays,
        neededPerBusinessDay:
          input.remainingBusinessDays > 0 ? ceilCount(remaining / input.remainingBusinessDays) : null,
      },
      causes: volumeCauses,
    };
  }
  if (bottleneck) {
    const step = input.steps.find((s) => s.key === bottleneck.step);
    return {
      kind: "quality",
      step: bottleneck.step,
      kpiKey: null,
      numbers: stepNumbers(step),
      causes: qualityCauses[bottleneck.step],
    };
  }
  return { kind: "on_track", step: null, kpiKey: null, numbers: { pace: behind.pace }, causes: [] };
}
