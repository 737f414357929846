// How good the forecast was (SPEC.md C6, パイプライン予測精度): the signed error of each snapshot
// against the actual, and MAPE and bias by days before the period's end, worked by hand.
import { describe, expect, it } from "vitest";
import { accuracyByDaysBeforeEnd, errorsOf, forecastError } from "./forecast-accuracy";

describe("a forecast's error", () => {
  it("is (forecast − actual) ÷ actual: above 0 too high, below 0 too low", () => {
    expect(forecastError(11_000_000, 10_000_000)).toBeCloseTo(0.1, 12);
    expect(forecastError(8_000_000, 10_000_000)).toBeCloseTo(-0.2, 12);
    expect(forecastError(10_000_000, 10_000_000)).toBe(0);
    expect(forecastError(0, 10_000_000)).toBe(-1);
    expect(forecastError(15_000_000, 10_000_000)).toBe(0.5);
  });

  it("is no data when nothing was won", () => {
    expect(forecastError(1_000_000, 0)).toBeNull();
    expect(forecastError(0, 0)).toBeNull();
  });
});

describe("the errors of a period's snapshots", () => {
  const points = [
    { periodEnd: "2026-10-31", takenOn: "2026-10-17", forecast: 11_000_000 },
    { periodEnd: "2026-10-31", takenOn: "2026-10-31", forecast: 10_000_000 },
    { periodEnd: "2026-10-31", takenOn: "2026-10-01", forecast: 8_000_000 },
  ];

  it("say how many days before the end each was taken, earliest first", () => {
    const errors = errorsOf(points, 10_000_000);
    expect(errors.map((e) => [e.takenOn, e.daysBeforeEnd, e.forecast, e.actual])).toEqual([
      ["2026-10-01", 30, 8_000_000, 10_000_000],
      ["2026-10-17", 14, 11_000_000, 10_000_000],
      ["2026-10-31", 0, 10_000_000, 10_000_000],
    ]);
    expect(errors.map((e) => e.error)).toEqual([expect.closeTo(-0.2, 12), expect.closeTo(0.1, 12), 0]);
  });

  it("are no data when the period won nothing", () => {
    expect(errorsOf(points, 0).map((e) => e.error)).toEqual([null, null, null]);
  });

  it("count calendar days across a month end", () => {
    const [e] = errorsOf([{ periodEnd: "2026-12-31", takenOn: "2026-11-30", forecast: 1 }], 1);
    expect(e?.daysBeforeEnd).toBe(31);
  });

  it("are none without snapshots", () => {
    expect(errorsOf([], 10_000_000)).toEqual([]);
  });
});

describe("accuracy by days before the period's end", () => {
  const snapshot = (periodEnd: string, takenOn: string, forecast: number) => ({
    periodEnd,
    takenOn,
    forecast,
  });
  // Period 1 (October, actual 10,000,000): 30 days out −20%, on the day +5%.
  // Period 2 (November, actual 5,000,000): 30 days out +30%, 14 days out +10%, on the day 0%.
  // Period 3 (December, actual 0): no data, left out.
  const periods = [
    errorsOf(
      [snapshot("2026-10-31", "2026-10-01", 8_000_000), snapshot("2026-10-31", "2026-10-31", 10_500_000)],
      10_000_000,
    ),
    errorsOf(
      [
        snapshot("2026-11-30", "2026-10-31", 6_500_000),
        snapshot("2026-11-30", "2026-11-16", 5_500_000),
        snapshot("2026-11-30", "2026-11-30", 5_000_000),
      ],
      5_000_000,
    ),
    errorsOf([snapshot("2026-12-31", "2026-12-01", 1_000_000), snapshot("2026-12-31", "2026-12-31", 0)], 0),
  ];

  it("starts from each period's errors by days before its end", () => {
    expect(periods.map((p) => p.map((e) => [e.takenOn, e.daysBeforeEnd]))).toEqual([
      [
        ["2026-10-01", 30],
        ["2026-10-31", 0],
      ],
      [
        ["2026-10-31", 30],
        ["2026-11-16", 14],
        ["2026-11-30", 0],
      ],
      [
        ["2026-12-01", 30],
        ["2026-12-31", 0],
      ],
    ]);
  });

  it("gives MAPE = mean |error| and bias = mean error per distance, furthest first", () => {
    const accuracy = accuracyByDaysBeforeEnd(periods);
    expect(accuracy.map((a) => [a.daysBeforeEnd, a.periods])).toEqual([
      [30, 2],
      [14, 1],
      [0, 2],
    ]);
    // 30 days: (0.2 + 0.3) / 2 = 0.25; (−0.2 + 0.3) / 2 = 0.05.
    expect(accuracy[0]?.mape).toBeCloseTo(0.25, 12);
    expect(accuracy[0]?.bias).toBeCloseTo(0.05, 12);
    // 14 days: one period at +10%.
    expect(accuracy[1]?.mape).toBeCloseTo(0.1, 12);
    expect(accuracy[1]?.bias).toBeCloseTo(0.1, 12);
    // On the day: (0.05 + 0) / 2 = 0.025 both ways.
    expect(accuracy[2]?.mape).toBeCloseTo(0.025, 12);
    expect(accuracy[2]?.bias).toBeCloseTo(0.025, 12);
  });

  it("has a MAPE of 0.2 and a bias of 0 when the errors cancel", () => {
    const accuracy = accuracyByDaysBeforeEnd([
      [{ daysBeforeEnd: 7, error: 0.2 }],
      [{ daysBeforeEnd: 7, error: -0.2 }],
    ]);
    expect(accuracy).toEqual([{ daysBeforeEnd: 7, periods: 2, mape: expect.closeTo(0.2, 12), bias: 0 }]);
  });

  it("has no entry for a distance with only no-data errors, and none for no periods", () => {
    expect(accuracyByDaysBeforeEnd([[{ daysBeforeEnd: 30, error: null }]])).toEqual([]);
    expect(accuracyByDaysBeforeEnd([])).toEqual([]);
    expect(accuracyByDaysBeforeEnd([[], []])).toEqual([]);
  });
});
