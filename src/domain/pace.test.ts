// Pace (SPEC.md section 4: actual ÷ (target × elapsed business days ÷ business days in the period))
// and the status colour it gives, with worked numbers on the Japanese calendar.
import { describe, expect, it } from "vitest";
import { kpiStatus } from "./kpi-status";
import { paceOf, remainingBusinessDays } from "./pace";

const october = { start: "2026-10-01", end: "2026-10-31" };
const november = { start: "2026-11-01", end: "2026-11-30" };

describe("pace on business days", () => {
  it("says where we should be today and where we are: 48% due, 40% done", () => {
    // October 2026 has 21 business days (12 Oct is Sports Day); by Thursday the 15th, 10 have passed:
    // 10/21 ≈ 48% of 1,000 calls is due, 400 are done (40%): 84% of pace, behind.
    const pace = paceOf(400, 1000, october, "2026-10-15");
    expect(pace).toMatchObject({ businessDays: 21, elapsedBusinessDays: 10, achievement: 0.4 });
    expect(pace.expectedShare).toBeCloseTo(0.476, 3);
    expect(pace.pace).toBeCloseTo(0.84, 10);
    expect(kpiStatus(pace.pace, "higher")).toBe("behind");
  });

  it("does not move on a weekend or a holiday", () => {
    // 3 Nov (Culture Day) adds no business day: the 2nd and the 3rd give the same expectation.
    expect(paceOf(10, 190, november, "2026-11-03").elapsedBusinessDays).toBe(1);
    expect(paceOf(10, 190, november, "2026-11-02").pace).toBe(paceOf(10, 190, november, "2026-11-03").pace);
    expect(paceOf(0, 190, november, "2026-11-21").elapsedBusinessDays).toBe(14);
  });

  it("is the achievement once the period is over, and no data before it starts or without a target", () => {
    const done = paceOf(900, 1000, october, "2026-11-20");
    expect(done.expectedShare).toBe(1);
    expect(done.pace).toBe(done.achievement);
    expect(paceOf(5, 0, october, "2026-10-15")).toMatchObject({ achievement: null, pace: null });
    expect(paceOf(0, 10, november, "2026-10-30")).toMatchObject({ elapsedBusinessDays: 0, pace: null });
  });
});

describe("pace, December", () => {
  it("compares the actual with where a business-day pace should be today", () => {
    // December 2026 has 20 business days; by the 11th (Fri) 9 have passed: 45% of the target is due.
    const pace = paceOf(36, 100, { start: "2026-12-01", end: "2026-12-31" }, "2026-12-11");
    expect(pace).toMatchObject({
      businessDays: 20,
      elapsedBusinessDays: 9,
      expectedShare: 0.45,
      achievement: 0.36,
    });
    expect(pace.pace).toBeCloseTo(0.8);
    expect(paceOf(5, 0, { start: "2026-12-01", end: "2026-12-31" }, "2026-12-11")).toMatchObject({
      achievement: null,
      pace: null,
    });
    expect(paceOf(0, 10, { start: "2026-12-01", end: "2026-12-31" }, "2026-11-30")).toMatchObject({
      elapsedBusinessDays: 0,
      pace: null,
    });
  });
});

describe("KPI status", () => {
  it("colours by pace or achievement, inverted where lower is better", () => {
    expect(kpiStatus(1.02, "higher")).toBe("on_track");
    expect(kpiStatus(0.85, "higher")).toBe("behind");
    expect(kpiStatus(0.5, "higher")).toBe("at_risk");
    expect(kpiStatus(null, "higher")).toBe("no_target");
    // A sales cycle at 120% of its target length is behind; at 80% it is ahead.
    expect(kpiStatus(1.2, "lower")).toBe("behind");
    expect(kpiStatus(0.8, "lower")).toBe("on_track");
  });
});

describe("business days left", () => {
  it("counts those after today, the whole period before it starts, none after it ends", () => {
    // After Friday 20 Nov 2026: 24, 25, 26, 27 and 30 Nov (23 Nov is Labour Thanksgiving Day).
    expect(remainingBusinessDays(november, "2026-11-20")).toBe(5);
    expect(remainingBusinessDays(november, "2026-10-30")).toBe(19);
    expect(remainingBusinessDays(october, "2026-11-20")).toBe(0);
  });
});
