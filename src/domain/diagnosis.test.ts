import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnosis";
import type { MeasuredStep } from "./funnel";

const step = (
  key: MeasuredStep["key"],
  actualRate: number,
  targetRate: number,
  fromCount = 360,
): MeasuredStep => ({
  key,
  fromCount,
  toCount: Math.round(fromCount * actualRate),
  actualRate,
  targetRate,
  targetSource: "target",
  rateAchievement: actualRate / targetRate,
});
const calls = (actual: number, target: number, share: number) => ({
  kpiKey: "calls",
  actual,
  target,
  expectedToDate: target * share,
  pace: actual / (target * share),
});

describe("volume or quality (seed 002's flowchart)", () => {
  const steps = [step("effectiveContactRate", 0.3, 0.3, 1200), step("meetingSetRate", 12 / 360, 20 / 360)];

  it("action KPIs met: the weakest conversion step is a quality problem with its causes", () => {
    const finding = diagnose({ actions: [calls(1200, 1200, 1)], steps, remainingBusinessDays: 0 });
    expect(finding.kind).toBe("quality");
    expect(finding.step).toBe("meetingSetRate");
    expect(finding.causes).toEqual(["talk_script", "hearing"]);
    expect(finding.numbers.rateAchievement).toBeCloseTo(0.6, 10);
  });

  it("names list quality and call times for the contact rate, proposal and hand-off for the win rate", () => {
    const contact = diagnose({
      actions: [calls(500, 1000, 0.5)],
      steps: [step("effectiveContactRate", 0.15, 0.3, 500)],
      remainingBusinessDays: 10,
    });
    expect(contact.causes).toEqual(["list_quality", "call_timing"]);
    const win = diagnose({
      actions: [calls(500, 1000, 0.5)],
      steps: [step("winRate", 0.1, 0.25, 40)],
      remainingBusinessDays: 10,
    });
    expect(win.causes).toEqual(["proposal_quality", "handoff_info"]);
  });

  it("action KPIs behind pace: a volume problem with its size, whatever the rates", () => {
    // 14 of 19 business days gone: 1,000 calls expected of 1,357; 820 done → 180 short; 537 left over
    // 5 business days → 108 a day.
    const target = 1357;
    const share = 14 / 19;
    const finding = diagnose({ actions: [calls(820, target, share)], steps, remainingBusinessDays: 5 });
    expect(finding.kind).toBe("volume");
    expect(finding.kpiKey).toBe("calls");
    expect(finding.numbers.expectedToDate).toBeCloseTo(999.9, 1);
    expect(finding.numbers.shortfall).toBe(180);
    expect(finding.numbers.neededPerBusinessDay).toBe(108);
    expect(finding.causes).toEqual(["time_use", "tool_use", "prioritisation"]);
  });

  it("judges by the action KPI furthest behind when there are several", () => {
    const meetings = { kpiKey: "meetings", actual: 10, target: 40, expectedToDate: 20, pace: 0.5 };
    expect(
      diagnose({ actions: [calls(1200, 1200, 1), meetings], steps, remainingBusinessDays: 3 }).kpiKey,
    ).toBe("meetings");
  });

  it("on track when both volume and every step meet their targets", () => {
    const finding = diagnose({
      actions: [calls(1300, 1200, 1)],
      steps: [step("effectiveContactRate", 0.31, 0.3, 1300)],
      remainingBusinessDays: 0,
    });
    expect(finding.kind).toBe("on_track");
  });

  it("without an action target it says so, and still points at the weakest step", () => {
    const finding = diagnose({
      actions: [{ kpiKey: "calls", actual: 900, target: null, expectedToDate: null, pace: null }],
      steps,
      remainingBusinessDays: 5,
    });
    expect(finding).toMatchObject({ kind: "no_target", step: "meetingSetRate" });
  });
});
