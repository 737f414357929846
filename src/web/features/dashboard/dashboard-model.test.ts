import { describe, expect, it } from "vitest";
import type { ActivityItem } from "../../api/dashboard";
import {
  activitiesLink,
  closingIn,
  dailySeriesOf,
  dashboardLink,
  dealScopeFilter,
  dealsLink,
  defaultSeries,
  formatMonthDay,
  itemOfSeries,
  kpiRecordsLink,
  parseScope,
  rangeToDate,
  signedPoints,
} from "./dashboard-model";

const team = "team:11111111-1111-4111-8111-111111111111";
const user = "user:22222222-2222-4222-8222-222222222222";

describe("scopes and the deal list", () => {
  it("reads the three scope forms", () => {
    expect(parseScope("org")).toEqual({ kind: "org", id: null });
    expect(parseScope(team)).toEqual({ kind: "team", id: team.slice(5) });
    expect(parseScope(user)).toEqual({ kind: "user", id: user.slice(5) });
  });

  it("maps a team (with the teams below it) and a person to the deal list's scope", () => {
    expect(dealScopeFilter("org")).toEqual({});
    expect(dealScopeFilter(team)).toEqual({ scope: team });
    expect(dealScopeFilter(user)).toEqual({ scope: user });
  });

  it("links stale deals and a stage with the scope filter, leaving empty values out", () => {
    expect(dealsLink("org", { status: "open", stale: true })).toBe("/deals?status=open&stale=true");
    expect(dealsLink(user, { stageId: "s1", pipelineId: null })).toBe(
      `/deals?stageId=s1&scope=${encodeURIComponent(user)}`,
    );
    expect(dealsLink("org")).toBe("/deals");
  });

  it("links the landing estimate's open deals by their expected close date", () => {
    expect(dealsLink("org", closingIn({ start: "2026-11-01", end: "2026-11-30" }))).toBe(
      "/deals?status=open&expectedCloseFrom=2026-11-01&expectedCloseTo=2026-11-30",
    );
  });

  it("keeps the period and ranking when moving between scopes", () => {
    expect(dashboardLink(team, "2026-11", undefined)).toBe(
      `/dashboard?scope=${encodeURIComponent(team)}&period=2026-11`,
    );
  });
});

describe("activity links", () => {
  const period = { start: "2026-11-01", end: "2026-11-30" };

  it("counts a period up to today, never outside it", () => {
    expect(rangeToDate(period, "2026-11-20")).toEqual({ from: "2026-11-01", to: "2026-11-20" });
    expect(rangeToDate(period, "2026-12-05")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(rangeToDate(period, "2026-10-05")).toEqual({ from: "2026-11-01", to: "2026-11-01" });
  });

  it("links an action KPI to its activities and a KGI to the won deals", () => {
    const range = { from: "2026-11-01", to: "2026-11-20" };
    expect(kpiRecordsLink("calls", "org", range)).toBe(
      "/activities?scope=org&from=2026-11-01&to=2026-11-20&metric=calls",
    );
    expect(kpiRecordsLink("effectiveContacts", "org", range)).toContain("metric=effectiveContacts");
    expect(kpiRecordsLink("meetings", "org", range)).toContain("metric=meetingsHeld");
    expect(kpiRecordsLink("revenue", user, range)).toBe(
      `/deals?status=won&closedFrom=2026-11-01&closedTo=2026-11-20&scope=${encodeURIComponent(user)}`,
    );
    expect(kpiRecordsLink("winRate", "org", range)).toBeNull();
    expect(activitiesLink("org", range)).toBe("/activities?scope=org&from=2026-11-01&to=2026-11-20");
  });

  it("finds the daily series and the daily target of an action KPI", () => {
    expect(dailySeriesOf("meetings")).toBe("meetingsHeld");
    expect(dailySeriesOf("calls")).toBe("calls");
    expect(dailySeriesOf("revenue")).toBeNull();
    const items = [{ kpiKey: "meetings", dailyTarget: 2 }] as ActivityItem[];
    expect(itemOfSeries(items, "meetingsHeld")?.dailyTarget).toBe(2);
    expect(itemOfSeries(items, "calls")).toBeUndefined();
    expect(defaultSeries(items)).toBe("meetingsHeld");
    expect(defaultSeries([{ kpiKey: "calls", dailyTarget: null }] as ActivityItem[])).toBe("calls");
  });
});

describe("texts", () => {
  it("signs the change against the previous period in points", () => {
    expect(signedPoints(0.3)).toBe("+30pt");
    expect(signedPoints(-0.054)).toBe("−5.4pt");
    expect(signedPoints(0)).toBe("±0pt");
    expect(signedPoints(0.12, " pts")).toBe("+12 pts");
    expect(signedPoints(null)).toBeNull();
  });

  it("writes a day of the month short", () => {
    expect(formatMonthDay("2026-11-10", "ja")).toBe("11/10");
    expect(formatMonthDay("2026-11-10", "en")).toBe("Nov 10");
  });
});
