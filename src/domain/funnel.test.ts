import { describe, expect, it } from "vitest";
import { bottleneckOf, funnelSteps, type MeasuredStep, measureStep, targetRateOf } from "./funnel";

const [contact, meetingSet, win] = funnelSteps as [
  (typeof funnelSteps)[0],
  (typeof funnelSteps)[0],
  (typeof funnelSteps)[0],
];

describe("the funnel decomposition of seed 002", () => {
  // Meetings target 20 a month, achieved 12 (60%). Calls 1,200 on target; effective contacts 360 on
  // target (30%); meeting-set 3.3% against 5.5%: the bottleneck is meeting-set, at 60% of target.
  const targets = { calls: 1200, effectiveContacts: 360, meetingsSet: 20 };
  const counts = { calls: 1200, effectiveContacts: 360, meetingsSet: 12, dealsClosed: 0, dealsWon: 0 };

  it("implies the target rates from the count targets", () => {
    expect(targetRateOf(contact, targets, null)).toEqual({ rate: 0.3, source: "derived" });
    expect(targetRateOf(meetingSet, targets, null).rate).toBeCloseTo(0.0556, 4);
  });

  it("names meeting-set the bottleneck at 60% of target", () => {
    const steps = funnelSteps.map((s) => measureStep(s, counts, targetRateOf(s, targets, null)));
    expect(steps[0]).toMatchObject({ key: "effectiveContactRate", actualRate: 0.3, rateAchievement: 1 });
    expect(steps[1]?.actualRate).toBeCloseTo(0.0333, 4);
    expect(steps[1]?.rateAchievement).toBeCloseTo(0.6, 10);
    // No deals closed: the win rate is "no data", not 0%.
    expect(steps[2]).toMatchObject({ actualRate: null, rateAchievement: null });
    expect(bottleneckOf(steps)).toEqual({ step: "meetingSetRate", rateAchievement: expect.closeTo(0.6, 10) });
  });

  it("gives the same answer from the rates as the article rounds them (3.3% against 5.5%)", () => {
    const step = measureStep(
      meetingSet,
      { effectiveContacts: 1000, meetingsSet: 33 },
      targetRateOf(meetingSet, { meetingSetRate: 0.055 }, null),
    );
    expect(step.targetSource).toBe("target");
    expect(step.rateAchievement).toBeCloseTo(0.6, 10);
  });
});

describe("target rates", () => {
  it("prefers the rate's own target, then the implied one, then the history median", () => {
    expect(
      targetRateOf(contact, { effectiveContactRate: 0.25, calls: 100, effectiveContacts: 30 }, 0.2),
    ).toEqual({
      rate: 0.25,
      source: "target",
    });
    expect(targetRateOf(contact, { calls: 100 }, 0.2)).toEqual({ rate: 0.2, source: "history" });
    expect(targetRateOf(contact, {}, null)).toEqual({ rate: null, source: null });
  });

  it("never implies a win rate from wins and meetings held, which count different things", () => {
    expect(targetRateOf(win, { wins: 10, meetings: 40 }, 0.3)).toEqual({ rate: 0.3, source: "history" });
  });

  it("ignores unusable rates: zero, above 100% or not a number", () => {
    expect(targetRateOf(contact, { effectiveContactRate: 0 }, 1.5)).toEqual({ rate: null, source: null });
    expect(targetRateOf(contact, { calls: 10, effectiveContacts: 20 }, Number.NaN).rate).toBeNull();
  });
});

describe("bottleneck selection", () => {
  const step = (key: MeasuredStep["key"], rateAchievement: number | null, fromCount = 100): MeasuredStep => ({
    key,
    fromCount,
    toCount: 0,
    actualRate: null,
    targetRate: null,
    targetSource: null,
    rateAchievement,
  });

  it("takes the largest shortfall, the earliest step on a tie", () => {
    expect(
      bottleneckOf([step("effectiveContactRate", 0.9), step("meetingSetRate", 0.7), step("winRate", 0.8)])
        ?.step,
    ).toBe("meetingSetRate");
    expect(bottleneckOf([step("effectiveContactRate", 0.7), step("meetingSetRate", 0.7)])?.step).toBe(
      "effectiveContactRate",
    );
  });

  it("names none when every step is on target, has no data or too few records", () => {
    expect(bottleneckOf([step("effectiveContactRate", 1), step("meetingSetRate", 1.2)])).toBeNull();
    expect(bottleneckOf([step("effectiveContactRate", null), step("winRate", 0.2, 4)])).toBeNull();
  });
});
