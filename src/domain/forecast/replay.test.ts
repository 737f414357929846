// The backtest (SPEC.md C6): a past day's forecast rebuilt from stage history alone, by the stage
// probability method (won + Σ amount × stage probability × timing share) and by the Monte Carlo one.
import { describe, expect, it } from "vitest";
import { type AgedDeal, forecastLanding, windowOf } from "./landing-forecast";
import { replayDay, stageProbabilityChance } from "./replay";
import { type HistoryCell, stageHistoriesOf } from "./win-history";

const cell = (stageId: string, ageFrom: number, daysToClose: number | null, count: number): HistoryCell => ({
  stageId,
  ageFrom,
  won: daysToClose !== null,
  daysToClose,
  count,
});

// "deep": 60 closed, 24 won after 10 (×10), 30 (×10) and 60 (×4) days → 40%, history.
// "thin": 29 closed, 3 won after 5 days. "lost": 10 closed, none won (no timing of its own).
// Pooled timing of every stage's winners: 5 ×3, 10 ×10, 30 ×10, 60 ×4 (27 wins).
const histories = stageHistoriesOf([
  cell("deep", 0, 10, 10),
  cell("deep", 0, 30, 10),
  cell("deep", 0, 60, 4),
  cell("deep", 0, null, 36),
  cell("thin", 0, 5, 3),
  cell("thin", 0, null, 26),
  cell("lost", 0, null, 10),
]);

const october = { start: "2026-10-01", end: "2026-10-31" };
const day = "2026-10-15"; // window: days 0 to 16

const deal = (
  over: Partial<AgedDeal> & Pick<AgedDeal, "id" | "stageId" | "amount" | "stageProbability">,
): AgedDeal => ({
  ownerId: "u1",
  teamId: "t1",
  probability: over.stageProbability,
  expectedCloseDate: null,
  forecastCategory: null,
  ageDays: 5,
  ...over,
});

describe("the stage probability method's chance", () => {
  const chance = stageProbabilityChance(histories, windowOf(october, day));

  it("is the stage probability × the share of the stage's wins closing in the window", () => {
    // 50% × 10 of 24 wins within 16 days = 5/24.
    expect(chance(deal({ id: "a", stageId: "deep", amount: 1, stageProbability: 50 }))).toBeCloseTo(
      5 / 24,
      12,
    );
    // 20% × all 3 wins (after 5 days) = 0.2.
    expect(chance(deal({ id: "b", stageId: "thin", amount: 1, stageProbability: 20 }))).toBeCloseTo(0.2, 12);
  });

  it("uses the pooled timing of all winners for a stage without winners or without history", () => {
    // 60% × 13 of the 27 pooled wins within 16 days = 13/45.
    expect(chance(deal({ id: "c", stageId: "lost", amount: 1, stageProbability: 60 }))).toBeCloseTo(
      13 / 45,
      12,
    );
    expect(chance(deal({ id: "d", stageId: "new", amount: 1, stageProbability: 60 }))).toBeCloseTo(
      13 / 45,
      12,
    );
  });

  it("uses the stage's probability, not the deal's, and ignores the close date", () => {
    const d = deal({ id: "a", stageId: "deep", amount: 1, stageProbability: 50, probability: 90 });
    expect(chance({ ...d, expectedCloseDate: "2027-03-01" })).toBeCloseTo(5 / 24, 12);
  });

  it("is 0 for a day after the period", () => {
    const after = stageProbabilityChance(histories, windowOf(october, "2026-11-02"));
    expect(after(deal({ id: "a", stageId: "thin", amount: 1, stageProbability: 100 }))).toBe(0);
  });

  it("is 0 with no history at all (no timing to place a win)", () => {
    const none = stageProbabilityChance(new Map(), windowOf(october, day));
    expect(none(deal({ id: "a", stageId: "deep", amount: 1, stageProbability: 100 }))).toBe(0);
  });
});

describe("a replayed day", () => {
  // Stage method: 2,400,000 × 5/24 = 500,000; 1,000,000 × 0.2 = 200,000; 4,500,000 × 13/45 = 1,300,000.
  const deals = [
    deal({ id: "d1", stageId: "deep", amount: 2_400_000, stageProbability: 50 }),
    deal({ id: "d2", stageId: "thin", amount: 1_000_000, stageProbability: 20 }),
    deal({ id: "d3", stageId: "lost", amount: 4_500_000, stageProbability: 60 }),
  ];
  const input = { deals, histories, period: october, day, wonToDate: 1_000_000, runs: 10_000, seed: 7 };
  const replay = replayDay(input);

  it("gives the stage probability method as won + Σ amount × stage probability × timing share", () => {
    expect(replay.stageProbability).toBe(1_000_000 + 500_000 + 200_000 + 1_300_000);
  });

  it("gives the Monte Carlo forecast from history where deep, the stage method where thin", () => {
    // d1 (deep, age 5): 40% × 10/24 = 1/6 → 400,000; d2, d3 as above: expected 2,900,000.
    const direct = forecastLanding({
      deals,
      histories,
      period: october,
      today: day,
      wonToDate: 1_000_000,
      runs: 10_000,
      seed: 7,
      fallback: stageProbabilityChance(histories, windowOf(october, day)),
    });
    expect(direct.expected).toBe(2_900_000);
    expect(replay.monteCarlo).toEqual({
      p10: direct.p10,
      p50: direct.p50,
      p90: direct.p90,
      mean: direct.mean,
    });
    expect(Math.abs(replay.monteCarlo.mean - 2_900_000)).toBeLessThan(75_000);
    expect(replay.monteCarlo.p10).toBeGreaterThanOrEqual(1_000_000);
    expect(replay.monteCarlo.p90).toBeLessThanOrEqual(1_000_000 + 7_900_000);
  });

  it("is the same for the same seed", () => {
    expect(replayDay(input)).toEqual(replay);
  });

  it("is what was won for a day after the period", () => {
    expect(replayDay({ ...input, day: "2026-11-01" })).toEqual({
      stageProbability: 1_000_000,
      monteCarlo: { p10: 1_000_000, p50: 1_000_000, p90: 1_000_000, mean: 1_000_000 },
    });
  });
});
