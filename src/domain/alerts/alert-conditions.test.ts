// Each rule's condition with worked numbers at its edges. November 2026: 文化の日 on Tuesday the
// 3rd and 勤労感謝の日 on Monday the 23rd.
import { describe, expect, it } from "vitest";
import { alertParamsOf, defaultAlertParams } from "./alert-params";
import { dealStaleAlert, meetingPassedAlert } from "./deal-alerts";
import { managerFor } from "./escalation";
import { forecastBelowTargetAlert } from "./forecast-below-target";
import { kpiBelowMinimumAlert } from "./kpi-below-minimum";
import { leadUnansweredAlert } from "./lead-unanswered";
import { paceBehindAlert } from "./pace-behind";

const deal = (over: Partial<Parameters<typeof dealStaleAlert>[0]> = {}) => ({
  status: "open" as const,
  updatedOn: "2026-11-13",
  nextMeetingDate: null,
  hasScheduledActivity: false,
  today: "2026-11-20",
  stageStaleDays: 14,
  ...over,
});

describe("deal stale for N days", () => {
  it("does not fire at exactly N days, fires the day after", () => {
    expect(dealStaleAlert(deal({ updatedOn: "2026-11-13" }), { days: 7 })).toBeNull();
    expect(dealStaleAlert(deal({ updatedOn: "2026-11-12" }), { days: 7 })).toEqual({
      daysSinceUpdate: 8,
      thresholdDays: 7,
    });
  });

  it("uses the stage's threshold without N of its own", () => {
    expect(dealStaleAlert(deal({ updatedOn: "2026-11-06" }), { days: null })).toBeNull();
    expect(dealStaleAlert(deal({ updatedOn: "2026-11-05" }), { days: null })).toEqual({
      daysSinceUpdate: 15,
      thresholdDays: 14,
    });
  });

  it("leaves deals with a next step ahead, and closed deals, alone", () => {
    const old = { updatedOn: "2026-10-01" };
    expect(dealStaleAlert(deal({ ...old, nextMeetingDate: "2026-11-20" }), { days: 7 })).toBeNull();
    expect(dealStaleAlert(deal({ ...old, hasScheduledActivity: true }), { days: 7 })).toBeNull();
    expect(dealStaleAlert(deal({ ...old, status: "won" }), { days: 7 })).toBeNull();
    // A past meeting date is no next step: still stale by its update.
    expect(
      dealStaleAlert(deal({ ...old, nextMeetingDate: "2026-11-01" }), { days: 7 })?.daysSinceUpdate,
    ).toBe(50);
  });
});

describe("next meeting date passed", () => {
  it("fires from N days after the date", () => {
    const passed = deal({ nextMeetingDate: "2026-11-19" });
    expect(meetingPassedAlert(passed, { days: 1 })).toEqual({ nextMeetingDate: "2026-11-19", daysPassed: 1 });
    expect(meetingPassedAlert(passed, { days: 2 })).toBeNull();
    expect(meetingPassedAlert(deal({ nextMeetingDate: "2026-11-20" }), { days: 1 })).toBeNull();
  });

  it("stays quiet when something is scheduled ahead or there is no date", () => {
    expect(
      meetingPassedAlert(deal({ nextMeetingDate: "2026-11-10", hasScheduledActivity: true }), { days: 1 }),
    ).toBeNull();
    expect(meetingPassedAlert(deal(), { days: 1 })).toBeNull();
  });
});

describe("pace behind at mid-week", () => {
  const params = defaultAlertParams.pace_behind;
  const week = { start: "2026-11-16", end: "2026-11-22" };

  it("fires on the 3rd business day under 30% of the weekly target, not at exactly 30%", () => {
    // 20 meetings a week: 30% is 6.
    expect(paceBehindAlert({ actual: 6, weeklyTarget: 20, week, today: "2026-11-18" }, params)).toBeNull();
    expect(paceBehindAlert({ actual: 5, weeklyTarget: 20, week, today: "2026-11-18" }, params)).toEqual({
      actual: 5,
      weeklyTarget: 20,
      share: 0.25,
      minShare: 0.3,
      businessDays: 5,
      elapsedBusinessDays: 3,
    });
    // Tuesday is only the 2nd business day; the weekend counts as the week's end.
    expect(paceBehindAlert({ actual: 0, weeklyTarget: 20, week, today: "2026-11-17" }, params)).toBeNull();
    expect(
      paceBehindAlert({ actual: 0, weeklyTarget: 20, week, today: "2026-11-21" }, params)
        ?.elapsedBusinessDays,
    ).toBe(5);
  });

  it("counts business days: with Monday a holiday the 3rd business day is Thursday", () => {
    const holidayWeek = { start: "2026-11-23", end: "2026-11-29" };
    const on = (today: string) =>
      paceBehindAlert({ actual: 0, weeklyTarget: 16, week: holidayWeek, today }, params);
    expect(on("2026-11-25")).toBeNull();
    expect(on("2026-11-26")).toMatchObject({ businessDays: 4, elapsedBusinessDays: 3, share: 0 });
  });

  it("needs a weekly target", () => {
    expect(paceBehindAlert({ actual: 0, weeklyTarget: 0, week, today: "2026-11-20" }, params)).toBeNull();
  });
});

describe("KPI below its minimum level", () => {
  // November 2026 has 19 business days; by Friday the 20th 14 have passed (the 3rd is a holiday).
  const period = { start: "2026-11-01", end: "2026-11-30" };
  const today = "2026-11-20";

  it("compares counts and money paced: minimum × elapsed share", () => {
    const revenue = (actual: number) =>
      kpiBelowMinimumAlert({ actual, minimum: 9_500_000, unit: "yen", direction: "higher", period, today });
    // 9,500,000 × 14 / 19 = 7,000,000.
    expect(revenue(7_000_000)).toBeNull();
    expect(revenue(6_999_999)).toEqual({
      comparison: "paced",
      actual: 6_999_999,
      minimum: 9_500_000,
      threshold: 7_000_000,
      elapsedShare: 14 / 19,
    });
  });

  it("compares rates as they are, in the KPI's direction", () => {
    const rate = (actual: number | null, direction: "higher" | "lower" = "higher") =>
      kpiBelowMinimumAlert({ actual, minimum: 0.2, unit: "ratio", direction, period, today });
    expect(rate(0.2)).toBeNull();
    expect(rate(0.19)).toMatchObject({ comparison: "actual", threshold: 0.2 });
    expect(rate(0.21, "lower")).toMatchObject({ comparison: "actual" });
    expect(rate(null)).toBeNull();
  });

  it("expects nothing before the period's first business day", () => {
    expect(
      kpiBelowMinimumAlert({
        actual: 0,
        minimum: 100,
        unit: "count",
        direction: "higher",
        period: { start: "2026-11-01", end: "2026-11-30" },
        today: "2026-11-01",
      }),
    ).toBeNull();
  });
});

describe("lead not answered within N business minutes", () => {
  const hours = { start: "09:00", end: "18:00", timeZone: "Asia/Tokyo" };
  const open = { firstResponseAt: null, responseDueAt: null, open: true };

  it("a lead created Friday 17:30 is due Monday 9:30 after 60 business minutes", () => {
    const lead = { ...open, createdAt: new Date("2026-11-13T08:30:00Z") }; // Fri 17:30 JST
    const at = (iso: string) => leadUnansweredAlert(lead, new Date(iso), hours, { minutes: 60 });
    expect(at("2026-11-16T00:29:00Z")).toBeNull(); // Mon 9:29
    expect(at("2026-11-16T00:30:00Z")).toEqual({
      dueAt: new Date("2026-11-16T00:30:00Z"),
      businessMinutesWaiting: 60,
      limitMinutes: 60,
    });
  });

  it("skips a holiday Monday, and uses the lead's SLA due time without N", () => {
    const lead = { ...open, createdAt: new Date("2026-11-20T08:30:00Z") }; // Fri 17:30, Mon 23rd a holiday
    expect(leadUnansweredAlert(lead, new Date("2026-11-24T00:29:00Z"), hours, { minutes: 60 })).toBeNull();
    expect(
      leadUnansweredAlert(lead, new Date("2026-11-24T00:30:00Z"), hours, { minutes: 60 })?.dueAt,
    ).toEqual(new Date("2026-11-24T00:30:00Z"));
    const withSla = { ...lead, responseDueAt: new Date("2026-11-24T00:30:00Z") };
    expect(
      leadUnansweredAlert(withSla, new Date("2026-11-24T01:00:00Z"), hours, { minutes: null }),
    ).toMatchObject({
      businessMinutesWaiting: 90,
      limitMinutes: null,
    });
  });

  it("stays quiet once answered or closed", () => {
    const created = new Date("2026-11-16T00:00:00Z");
    const late = new Date("2026-11-17T00:00:00Z");
    const answered = { ...open, createdAt: created, firstResponseAt: new Date("2026-11-16T00:10:00Z") };
    expect(leadUnansweredAlert(answered, late, hours, { minutes: 60 })).toBeNull();
    expect(
      leadUnansweredAlert({ ...open, createdAt: created, open: false }, late, hours, { minutes: 60 }),
    ).toBeNull();
  });
});

describe("forecast P50 below target by X%", () => {
  const params = { belowShare: 0.1 };
  it("fires at exactly X% below and under", () => {
    expect(forecastBelowTargetAlert({ p50: 9_000_000, target: 10_000_000 }, params)).toEqual({
      p50: 9_000_000,
      target: 10_000_000,
      shortfall: 1_000_000,
      shortfallShare: 0.1,
      belowShare: 0.1,
    });
    expect(forecastBelowTargetAlert({ p50: 9_000_001, target: 10_000_000 }, params)).toBeNull();
    expect(forecastBelowTargetAlert({ p50: 0, target: null }, params)).toBeNull();
  });
});

describe("parameters and escalation", () => {
  it("merges a rule's stored thresholds over the defaults", () => {
    expect(alertParamsOf("pace_behind", { minShare: 0.5, extra: 1 })).toEqual({
      kpiKey: "meetings",
      fromBusinessDay: 3,
      minShare: 0.5,
    });
  });

  it("walks up the team tree to the nearest manager other than the recipient", () => {
    const teams = [
      { id: "org", parentId: null },
      { id: "dept", parentId: "org" },
      { id: "a", parentId: "dept" },
      { id: "b", parentId: "dept" },
    ];
    const managers = [
      { id: "admin", teamId: "org", role: "admin" as const },
      { id: "manager-a", teamId: "a", role: "manager" as const },
    ];
    expect(managerFor("a", teams, managers)).toBe("manager-a");
    expect(managerFor("a", teams, managers, "manager-a")).toBe("admin");
    expect(managerFor("b", teams, managers)).toBe("admin");
    expect(managerFor("org", teams, managers, "admin")).toBeNull();
    expect(managerFor(null, teams, managers)).toBeNull();
  });
});
