import { describe, expect, it } from "vitest";
import type { Accuracy, Forecast, ForecastRow } from "./forecast-api";
import {
  accuracyKindOf,
  coverageState,
  daysBeforeEnd,
  earliestPoint,
  forecastLink,
  multiple,
  rowCell,
  rowHasFigures,
  samePointLastPeriod,
  waterfallSteps,
} from "./forecast-model";

const tally = (count: number, amount: number, weighted: number) => ({ count, amount, weighted });
const none = tally(0, 0, 0);
const month = { kind: "month" as const, label: "2026-12", start: "2026-12-01", end: "2026-12-31" };

function row(kind: "user" | "team", id: string, over: Partial<ForecastRow> = {}): ForecastRow {
  return {
    ref: { scope: `${kind}:${id}`, kind, id, name: id },
    target: null,
    wonToDate: 0,
    total: none,
    categories: { commit: none, best_case: none, pipeline: none, omitted: none },
    yomi: { A: none, B: none, C: none, D: none },
    coverage: { openAmount: 0, remaining: null, ratio: null, rule: 3 },
    ...over,
  };
}

describe("forecast links and periods", () => {
  it("links to the forecast page with the scope and period", () => {
    expect(forecastLink("team:t1", "2026-12")).toBe("/forecast?scope=team%3At1&period=2026-12");
    expect(forecastLink(undefined)).toBe("/forecast");
  });

  it("measures accuracy on quarters for a quarter or a year, else on months", () => {
    expect(accuracyKindOf("quarter")).toBe("quarter");
    expect(accuracyKindOf("fiscal_year")).toBe("quarter");
    expect(accuracyKindOf("month")).toBe("month");
    expect(accuracyKindOf("week")).toBe("month");
  });

  it("counts the days left to the period's end, within the period", () => {
    expect(daysBeforeEnd("2026-12-03", month)).toBe(28);
    expect(daysBeforeEnd("2026-11-20", month)).toBe(30);
    expect(daysBeforeEnd("2027-01-05", month)).toBe(0);
  });
});

describe("coverage", () => {
  it("tells no target, reached, thin and healthy apart", () => {
    const c = (remaining: number | null, ratio: number | null) => ({
      openAmount: 0,
      remaining,
      ratio,
      rule: 3,
    });
    expect(coverageState(c(null, null), null)).toBe("noTarget");
    expect(coverageState(c(0, null), 100)).toBe("reached");
    expect(coverageState(c(-5, null), 100)).toBe("reached");
    expect(coverageState(c(100, 2.9), 100)).toBe("low");
    expect(coverageState(c(100, 3), 100)).toBe("ok");
  });

  it("writes a multiple with one decimal at most, and no data as a dash", () => {
    expect(multiple(5.66, "ja")).toBe("5.7×");
    expect(multiple(3, "en")).toBe("3×");
    expect(multiple(null, "ja")).toBe("—");
  });
});

describe("the ヨミ table's rows", () => {
  it("opens a person's or a team's deals", () => {
    expect(rowCell(row("user", "u1"))).toEqual({ ownerId: "u1" });
    expect(rowCell(row("team", "t1"))).toEqual({ teamId: "t1" });
  });

  it("keeps rows with deals, a target or wins", () => {
    expect(rowHasFigures(row("user", "a"))).toBe(false);
    expect(rowHasFigures(row("user", "a", { target: 100 }))).toBe(true);
    expect(rowHasFigures(row("user", "a", { wonToDate: 1 }))).toBe(true);
    expect(rowHasFigures(row("user", "a", { total: tally(1, 10, 5) }))).toBe(true);
  });
});

describe("the category waterfall", () => {
  it("stacks commit, best case and pipeline on won to date", () => {
    const steps = waterfallSteps({
      landing: { wonToDate: 100 } as Forecast["landing"],
      categories: {
        commit: tally(1, 50, 40),
        best_case: tally(2, 30, 15),
        pipeline: tally(3, 20, 4),
        omitted: tally(1, 999, 0),
      },
    });
    expect(steps.map((s) => [s.key, s.base, s.value])).toEqual([
      ["won", 0, 100],
      ["commit", 100, 50],
      ["best_case", 150, 30],
      ["pipeline", 180, 20],
      ["total", 0, 200],
    ]);
  });
});

describe("accuracy", () => {
  const point = (daysBeforeEnd: number, error: number) => ({
    takenOn: "2026-11-01",
    daysBeforeEnd,
    forecast: 1,
    error,
  });
  const accuracy = {
    periods: [
      {
        period: { kind: "month", label: "2026-11", start: "2026-11-01", end: "2026-11-30" },
        actual: 10,
        source: "replay",
        p50: [point(28, 0.2), point(21, 0.1), point(7, -0.05)],
        weighted: [],
      },
    ],
  } as unknown as Accuracy;

  it("finds last period's snapshot nearest to as many days before its end", () => {
    expect(samePointLastPeriod(accuracy, 26)?.point.error).toBe(0.2);
    expect(samePointLastPeriod(accuracy, 10)?.point.error).toBe(-0.05);
    expect(samePointLastPeriod({ ...accuracy, periods: [] }, 10)).toBeNull();
  });

  it("takes a period's earliest snapshot as its forecast at the start", () => {
    expect(earliestPoint(accuracy.periods[0]?.p50 ?? [])?.daysBeforeEnd).toBe(28);
    expect(earliestPoint([])).toBeNull();
  });
});
