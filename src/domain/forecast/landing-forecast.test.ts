// The statistical landing (SPEC.md C6): each open deal's chance of being won in the period, from the
// org's history when it is deep enough and from the deal's probability and close date when not,
// simulated on top of what is already won. Worked with a small history.
import { describe, expect, it } from "vitest";
import {
  type AgedDeal,
  chanceOf,
  type DealChance,
  forecastLanding,
  topContributors,
  windowOf,
} from "./landing-forecast";
import { type HistoryCell, stageHistoriesOf } from "./win-history";

const cell = (stageId: string, ageFrom: number, daysToClose: number | null, count: number): HistoryCell => ({
  stageId,
  ageFrom,
  won: daysToClose !== null,
  daysToClose,
  count,
});

// "deep": day 0: 60 closed, 24 won (10 after 10 days, 10 after 30, 4 after 60) → 40%.
//         day 14: 30 closed, 14 won (10 after 16 more days, 4 after 46).
// "thin": 29 closed: too few, the deal's probability and close date decide.
const histories = stageHistoriesOf([
  cell("deep", 0, 10, 10),
  cell("deep", 0, 30, 10),
  cell("deep", 0, 60, 4),
  cell("deep", 0, null, 36),
  cell("deep", 14, 16, 10),
  cell("deep", 14, 46, 4),
  cell("deep", 14, null, 16),
  cell("thin", 0, 5, 3),
  cell("thin", 0, null, 26),
]);

const october = { start: "2026-10-01", end: "2026-10-31" };
const november = { start: "2026-11-01", end: "2026-11-30" };
const september = { start: "2026-09-01", end: "2026-09-30" };
const today = "2026-10-15";

const deal = (over: Partial<AgedDeal> & Pick<AgedDeal, "id" | "stageId" | "amount">): AgedDeal => ({
  ownerId: "u1",
  teamId: "t1",
  probability: 50,
  stageProbability: 50,
  expectedCloseDate: "2026-10-20",
  forecastCategory: null,
  ageDays: 0,
  ...over,
});

const byDate = (period: { start: string; end: string }) => (d: AgedDeal) =>
  d.expectedCloseDate !== null && d.expectedCloseDate >= period.start && d.expectedCloseDate <= period.end
    ? d.probability / 100
    : 0;

describe("the window of a period", () => {
  it("runs from today (0) to the period's last day", () => {
    expect(windowOf(october, "2026-10-15")).toEqual({ from: 0, to: 16 });
    expect(windowOf(october, "2026-10-01")).toEqual({ from: 0, to: 30 });
    expect(windowOf(october, "2026-10-31")).toEqual({ from: 0, to: 0 });
  });

  it("starts at the period's first day for a future period", () => {
    expect(windowOf(november, "2026-10-15")).toEqual({ from: 17, to: 46 });
  });

  it("ends before today for a past period", () => {
    expect(windowOf(october, "2026-11-01")).toEqual({ from: 0, to: -1 });
    expect(windowOf(september, today)).toEqual({ from: 0, to: -15 });
  });
});

describe("a deal's chance", () => {
  const now = windowOf(october, today);

  it("with thin history is its probability when it closes in the period, else 0 (basis stage)", () => {
    const fallback = byDate(october);
    const inPeriod = deal({
      id: "a",
      stageId: "thin",
      amount: 100,
      probability: 40,
      expectedCloseDate: "2026-10-31",
    });
    expect(chanceOf(inPeriod, histories, now, fallback)).toEqual({
      id: "a",
      amount: 100,
      chance: 0.4,
      basis: "stage",
      ageFrom: null,
    });
    const later = { ...inPeriod, expectedCloseDate: "2026-11-01" };
    expect(chanceOf(later, histories, now, fallback)).toMatchObject({ chance: 0, basis: "stage" });
    const undated = { ...inPeriod, expectedCloseDate: null };
    expect(chanceOf(undated, histories, now, fallback)).toMatchObject({ chance: 0, basis: "stage" });
    // A stage with no history at all falls back too.
    const unknown = deal({ id: "u", stageId: "nowhere", amount: 100, probability: 70 });
    expect(chanceOf(unknown, histories, now, fallback)).toMatchObject({ chance: 0.7, basis: "stage" });
  });

  it("with deep history is the band's win rate × the share of its wins closing in the window", () => {
    const fallback = () => 0.99;
    // Age 5 → day-0 band: 40% × (10 of 24 wins within 16 days) = 1/6.
    const young = chanceOf(
      deal({ id: "y", stageId: "deep", amount: 1, ageDays: 5 }),
      histories,
      now,
      fallback,
    );
    expect(young).toMatchObject({ basis: "history", ageFrom: 0 });
    expect(young.chance).toBeCloseTo(1 / 6, 12);
    // Age 20 → 14-day band: 14/30 × (10 of 14 wins within 16 days) = 1/3.
    const old = chanceOf(
      deal({ id: "o", stageId: "deep", amount: 1, ageDays: 20 }),
      histories,
      now,
      fallback,
    );
    expect(old).toMatchObject({ basis: "history", ageFrom: 14 });
    expect(old.chance).toBeCloseTo(1 / 3, 12);
  });

  it("ignores the deal's own probability and close date when history decides", () => {
    const d = deal({
      id: "x",
      stageId: "deep",
      amount: 1,
      ageDays: 5,
      probability: 95,
      expectedCloseDate: null,
    });
    expect(chanceOf(d, histories, now, byDate(october)).chance).toBeCloseTo(1 / 6, 12);
  });

  it("places the wins of a future period further out", () => {
    const next = windowOf(november, today); // days 17 to 46
    // Day-0 band: 10 of 24 wins (after 30 days) → 0.4 × 10/24 = 1/6.
    expect(
      chanceOf(deal({ id: "y", stageId: "deep", amount: 1, ageDays: 5 }), histories, next, byDate(november))
        .chance,
    ).toBeCloseTo(1 / 6, 12);
    // 14-day band: 4 of 14 wins (after 46 days) → 14/30 × 4/14 = 2/15.
    expect(
      chanceOf(deal({ id: "o", stageId: "deep", amount: 1, ageDays: 20 }), histories, next, byDate(november))
        .chance,
    ).toBeCloseTo(2 / 15, 12);
  });

  it("is 0 once the period is over, whatever the history or probability", () => {
    const past = windowOf(september, today);
    const fallback = () => 1;
    expect(chanceOf(deal({ id: "d", stageId: "deep", amount: 1 }), histories, past, fallback)).toEqual({
      id: "d",
      amount: 1,
      chance: 0,
      basis: "stage",
      ageFrom: null,
    });
    expect(chanceOf(deal({ id: "t", stageId: "thin", amount: 1 }), histories, past, fallback).chance).toBe(0);
  });
});

describe("the landing of the period", () => {
  // Chances: d1 1/3 → 1,000,000; d2 1/6 → 200,000; d3 40% → 240,000; d4 closes in November → 0.
  const deals = [
    deal({ id: "d1", stageId: "deep", amount: 3_000_000, ageDays: 20 }),
    deal({ id: "d2", stageId: "deep", amount: 1_200_000, ageDays: 5 }),
    deal({ id: "d3", stageId: "thin", amount: 600_000, probability: 40, expectedCloseDate: "2026-10-20" }),
    deal({ id: "d4", stageId: "thin", amount: 9_000_000, probability: 90, expectedCloseDate: "2026-11-05" }),
  ];
  const input = { deals, histories, period: october, today, wonToDate: 2_000_000, runs: 10_000, seed: 2026 };
  const landing = forecastLanding(input);

  it("expects what is won plus Σ amount × chance: 2,000,000 + 1,440,000", () => {
    expect(landing.wonToDate).toBe(2_000_000);
    expect(landing.expected).toBe(3_440_000);
    expect(landing.chances.map((c) => [c.id, c.basis, c.ageFrom])).toEqual([
      ["d1", "history", 14],
      ["d2", "history", 0],
      ["d3", "stage", null],
      ["d4", "stage", null],
    ]);
    expect(landing.chances.map((c) => c.chance)).toEqual([
      expect.closeTo(1 / 3, 12),
      expect.closeTo(1 / 6, 12),
      0.4,
      0,
    ]);
  });

  it("simulates P10 / P50 / P90 at the closed-form quantiles, with the mean near the expectation", () => {
    // Open outcomes: 0 (P = 1/3), 600,000 (2/9), 1,200,000 (1/15), 1,800,000 (2/45), 3,000,000 (1/6),
    // 3,600,000 (1/9), …: the CDF passes 10% at 0, 50% at 600,000 (0.556) and 90% at 3,600,000 (0.944).
    expect(landing.p10).toBe(2_000_000);
    expect(landing.p50).toBe(2_600_000);
    expect(landing.p90).toBe(5_600_000);
    // sd of the open total ≈ 1.50 million; its mean over 10,000 runs ≈ ±15,000.
    expect(Math.abs(landing.mean - landing.expected)).toBeLessThan(50_000);
  });

  it("is the same for the same seed", () => {
    expect(forecastLanding(input)).toEqual(landing);
  });

  it("lands at what was won when the period is over", () => {
    const over = forecastLanding({ ...input, period: september });
    expect(over).toMatchObject({
      wonToDate: 2_000_000,
      p10: 2_000_000,
      p50: 2_000_000,
      p90: 2_000_000,
      mean: 2_000_000,
      expected: 2_000_000,
    });
    expect(over.chances.every((c) => c.chance === 0)).toBe(true);
  });

  it("forecasts a future period from its own window", () => {
    const next = forecastLanding({ ...input, period: november, wonToDate: 0 });
    // d1 2/15 → 400,000; d2 1/6 → 200,000; d3 closes in October → 0; d4 90% → 8,100,000.
    expect(next.chances.map((c) => c.chance)).toEqual([
      expect.closeTo(2 / 15, 12),
      expect.closeTo(1 / 6, 12),
      0,
      0.9,
    ]);
    expect(next.expected).toBe(8_700_000);
  });

  it("uses the fallback it is given for thin stages", () => {
    const flat = forecastLanding({ ...input, fallback: () => 0.5 });
    // d3 and d4 now 50% each: 1,000,000 + 200,000 + 300,000 + 4,500,000.
    expect(flat.expected).toBe(2_000_000 + 6_000_000);
    expect(flat.chances.map((c) => c.basis)).toEqual(["history", "history", "stage", "stage"]);
  });

  it("is what was won with no open deals", () => {
    expect(forecastLanding({ ...input, deals: [] })).toEqual({
      wonToDate: 2_000_000,
      p10: 2_000_000,
      p50: 2_000_000,
      p90: 2_000_000,
      mean: 2_000_000,
      expected: 2_000_000,
      chances: [],
    });
  });
});

describe("the deals carrying the expected value", () => {
  const chances: DealChance[] = [
    { id: "d2", amount: 1_200_000, chance: 1 / 6, basis: "history", ageFrom: 0 },
    { id: "d4", amount: 9_000_000, chance: 0, basis: "stage", ageFrom: null },
    { id: "d1", amount: 3_000_000, chance: 1 / 3, basis: "history", ageFrom: 14 },
    { id: "z", amount: 0, chance: 0.9, basis: "stage", ageFrom: null },
    { id: "d3", amount: 600_000, chance: 0.4, basis: "stage", ageFrom: null },
  ];

  it("are ordered by amount × chance, with their share of the expected open value", () => {
    const top = topContributors(chances, 10);
    expect(top.map((c) => [c.id, c.expected])).toEqual([
      ["d1", 1_000_000],
      ["d3", 240_000],
      ["d2", 200_000],
    ]);
    expect(top[0]?.share).toBeCloseTo(1_000_000 / 1_440_000, 12);
    expect(top[1]?.share).toBeCloseTo(1 / 6, 12);
    expect(top[2]?.share).toBeCloseTo(200_000 / 1_440_000, 12);
    expect(top[0]).toMatchObject({ basis: "history", ageFrom: 14, amount: 3_000_000 });
  });

  it("are cut to the count asked for, leaving out deals without a chance or an amount", () => {
    expect(topContributors(chances, 2).map((c) => c.id)).toEqual(["d1", "d3"]);
    expect(topContributors(chances, 0)).toEqual([]);
    expect(topContributors([], 5)).toEqual([]);
    expect(topContributors([{ id: "n", amount: 100, chance: 0, basis: "stage", ageFrom: null }], 5)).toEqual(
      [],
    );
  });
});
