import { describe, expect, it } from "vitest";
import type { MyDayTarget } from "../../api/my-day";
import { clockTime, slaLateness, targetProgress } from "./my-day-model";

const target = (patch: Partial<MyDayTarget>): MyDayTarget => ({
  kpiKey: "calls",
  dailyTarget: 60,
  done: 0,
  achievement: 0,
  expectedByNow: 0,
  ...patch,
});

describe("a daily target's bar", () => {
  it("is grey and empty without a target", () => {
    expect(targetProgress(target({ dailyTarget: null, done: 5, expectedByNow: null }))).toEqual({
      tone: "none",
      percent: 0,
      marker: null,
      expected: null,
    });
  });

  it("is on pace when what is done reaches where a steady day would be now", () => {
    const p = targetProgress(target({ done: 32, expectedByNow: 30 }));
    expect(p.tone).toBe("onPace");
    expect(p.percent).toBeCloseTo((32 / 60) * 100);
    expect(p.marker).toBeCloseTo(50);
    expect(p.expected).toBe(30);
  });

  it("is behind below the marker, and rounds the expected count up so the figure shown decides", () => {
    const p = targetProgress(target({ done: 8, expectedByNow: 8.4 }));
    expect(p.tone).toBe("behind");
    expect(p.expected).toBe(9);
    expect(targetProgress(target({ done: 9, expectedByNow: 8.4 })).tone).toBe("onPace");
  });

  it("treats floating-point noise as exact", () => {
    const p = targetProgress(target({ done: 30, expectedByNow: 60 * 0.5 + 1e-12 }));
    expect(p.tone).toBe("onPace");
    expect(p.expected).toBe(30);
  });

  it("is done at the target and caps the bar at 100", () => {
    const p = targetProgress(target({ done: 75, expectedByNow: 45 }));
    expect(p.tone).toBe("done");
    expect(p.percent).toBe(100);
  });

  it("counts a zero target as met", () => {
    expect(targetProgress(target({ dailyTarget: 0, done: 0, expectedByNow: 0 })).tone).toBe("done");
  });
});

describe("how long a lead is past its SLA", () => {
  const due = "2026-11-20T01:00:00.000Z";

  it("counts from the due time to now while unanswered, in the largest whole unit", () => {
    expect(slaLateness({ responseDueAt: due, firstResponseAt: null }, "2026-11-20T01:45:30.000Z")).toEqual({
      answered: false,
      unit: "minutes",
      count: 45,
    });
    expect(slaLateness({ responseDueAt: due, firstResponseAt: null }, "2026-11-20T04:10:00.000Z")).toEqual({
      answered: false,
      unit: "hours",
      count: 3,
    });
    expect(slaLateness({ responseDueAt: due, firstResponseAt: null }, "2026-11-23T02:00:00.000Z")).toEqual({
      answered: false,
      unit: "days",
      count: 3,
    });
  });

  it("counts to the first response when the lead was answered late", () => {
    expect(
      slaLateness(
        { responseDueAt: due, firstResponseAt: "2026-11-20T03:00:00.000Z" },
        "2026-11-25T00:00:00.000Z",
      ),
    ).toEqual({ answered: true, unit: "hours", count: 2 });
  });

  it("has nothing to say without a due time", () => {
    expect(slaLateness({ responseDueAt: null, firstResponseAt: null }, due)).toBeNull();
  });
});

describe("clock times", () => {
  it("shows the time in the org's zone, on a 24-hour clock", () => {
    expect(clockTime("2026-11-20T05:00:00.000Z", "Asia/Tokyo")).toBe("14:00");
    expect(clockTime("2026-11-20T15:30:00.000Z", "Asia/Tokyo")).toBe("00:30");
  });
});
