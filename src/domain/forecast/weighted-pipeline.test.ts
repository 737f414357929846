// The weighted pipeline (SPEC.md C6) with worked numbers: Σ amount × probability in whole yen, by
// category, ヨミ rank, close month, owner and team, and the coverage of the remaining target.
import { describe, expect, it } from "vitest";
import { defaultForecastSettings } from "./forecast-settings";
import {
  breakdownBy,
  breakdownOf,
  byCloseMonth,
  classify,
  closesIn,
  coverageOf,
  type OpenDeal,
  tallyOf,
  weightedAmount,
} from "./weighted-pipeline";

const bands = defaultForecastSettings.yomi;

const deal = (over: Partial<OpenDeal> & Pick<OpenDeal, "id" | "amount" | "probability">): OpenDeal => ({
  ownerId: "u1",
  teamId: "t1",
  stageId: "s1",
  stageProbability: over.probability,
  expectedCloseDate: "2026-10-20",
  forecastCategory: null,
  ...over,
});

describe("a deal's weighted amount", () => {
  it("is amount × probability % rounded to whole yen", () => {
    // 1,234,567 × 35% = 432,098.45 → 432,098.
    expect(weightedAmount(1_234_567, 35)).toBe(432_098);
    // 1,234,570 × 35% = 432,099.5 → 432,100 (a half rounds up).
    expect(weightedAmount(1_234_570, 35)).toBe(432_100);
    // 999 × 50% = 499.5 → 500; 1,234,567 × 30% = 370,370.1 → 370,370.
    expect(weightedAmount(999, 50)).toBe(500);
    expect(weightedAmount(1_234_567, 30)).toBe(370_370);
    expect(weightedAmount(3_000_000, 0)).toBe(0);
    expect(weightedAmount(3_000_000, 100)).toBe(3_000_000);
    expect(weightedAmount(0, 80)).toBe(0);
  });
});

describe("a tally", () => {
  it("counts, sums and weights the deals", () => {
    const deals = [
      deal({ id: "d1", amount: 3_000_000, probability: 60 }), // 1,800,000
      deal({ id: "d2", amount: 1_234_567, probability: 35 }), // 432,098
      deal({ id: "d3", amount: 500_000, probability: 10 }), // 50,000
    ];
    expect(tallyOf(deals)).toEqual({ count: 3, amount: 4_734_567, weighted: 2_282_098 });
  });

  it("rounds each deal before adding: two deals of ¥1 at 50% weigh ¥2, not ¥1", () => {
    const deals = [
      deal({ id: "a", amount: 1, probability: 50 }),
      deal({ id: "b", amount: 1, probability: 50 }),
    ];
    expect(tallyOf(deals)).toEqual({ count: 2, amount: 2, weighted: 2 });
  });

  it("is zero for no deals", () => {
    expect(tallyOf([])).toEqual({ count: 0, amount: 0, weighted: 0 });
  });
});

describe("closing in a period", () => {
  const october = { start: "2026-10-01", end: "2026-10-31" };
  it("includes both the first and the last day, and nothing outside", () => {
    expect(closesIn({ expectedCloseDate: "2026-10-01" }, october)).toBe(true);
    expect(closesIn({ expectedCloseDate: "2026-10-31" }, october)).toBe(true);
    expect(closesIn({ expectedCloseDate: "2026-10-15" }, october)).toBe(true);
    expect(closesIn({ expectedCloseDate: "2026-09-30" }, october)).toBe(false);
    expect(closesIn({ expectedCloseDate: "2026-11-01" }, october)).toBe(false);
  });

  it("excludes a deal without a close date", () => {
    expect(closesIn({ expectedCloseDate: null }, october)).toBe(false);
  });
});

describe("classifying a deal", () => {
  it("takes the category from the stage's probability and the ヨミ from the deal's own", () => {
    // The stage says 40% (pipeline) but the rep raised the deal to 85% (A).
    const c = classify(deal({ id: "d", amount: 1_000, probability: 85, stageProbability: 40 }), bands);
    expect(c.category).toBe("pipeline");
    expect(c.yomi).toBe("A");
    // A stage at 80% makes commit even when the deal's own probability is lower.
    const d = classify(deal({ id: "e", amount: 1_000, probability: 30, stageProbability: 80 }), bands);
    expect(d).toMatchObject({ category: "commit", yomi: "C" });
  });

  it("keeps the deal's own category, and the deal's fields", () => {
    const c = classify(
      deal({ id: "d", amount: 7_000, probability: 90, stageProbability: 90, forecastCategory: "omitted" }),
      bands,
    );
    expect(c).toMatchObject({ id: "d", amount: 7_000, category: "omitted", yomi: "A" });
  });
});

describe("the breakdown", () => {
  const deals = [
    deal({ id: "d1", ownerId: "u1", teamId: "t1", amount: 2_000_000, probability: 90 }), // commit, A, 1,800,000
    deal({ id: "d2", ownerId: "u1", teamId: "t1", amount: 1_000_000, probability: 80 }), // commit, A, 800,000
    deal({ id: "d3", ownerId: "u2", teamId: "t1", amount: 3_000_000, probability: 50 }), // best_case, B, 1,500,000
    deal({ id: "d4", ownerId: "u2", teamId: "t2", amount: 1_234_567, probability: 35 }), // pipeline, C, 432,098
    deal({ id: "d5", ownerId: "u3", teamId: "t2", amount: 900_000, probability: 10 }), // pipeline, D, 90,000
    deal({
      id: "d6",
      ownerId: "u3",
      teamId: "t2",
      amount: 500_000,
      probability: 60,
      forecastCategory: "omitted",
    }), // omitted, B, 300,000
  ].map((d) => classify(d, bands));

  it("tallies the total, every category and every ヨミ rank", () => {
    expect(breakdownOf(deals)).toEqual({
      total: { count: 6, amount: 8_634_567, weighted: 4_922_098 },
      categories: {
        commit: { count: 2, amount: 3_000_000, weighted: 2_600_000 },
        best_case: { count: 1, amount: 3_000_000, weighted: 1_500_000 },
        pipeline: { count: 2, amount: 2_134_567, weighted: 522_098 },
        omitted: { count: 1, amount: 500_000, weighted: 300_000 },
      },
      yomi: {
        A: { count: 2, amount: 3_000_000, weighted: 2_600_000 },
        B: { count: 2, amount: 3_500_000, weighted: 1_800_000 },
        C: { count: 1, amount: 1_234_567, weighted: 432_098 },
        D: { count: 1, amount: 900_000, weighted: 90_000 },
      },
    });
  });

  it("has every category and rank, empty, for no deals", () => {
    const empty = { count: 0, amount: 0, weighted: 0 };
    expect(breakdownOf([])).toEqual({
      total: empty,
      categories: { commit: empty, best_case: empty, pipeline: empty, omitted: empty },
      yomi: { A: empty, B: empty, C: empty, D: empty },
    });
  });

  it("is given per owner in the order of the keys, with an empty one for a key without deals", () => {
    const byOwner = breakdownBy(deals, (d) => d.ownerId, ["u3", "u1", "u2", "u4"]);
    expect([...byOwner.keys()]).toEqual(["u3", "u1", "u2", "u4"]);
    expect(byOwner.get("u1")?.total).toEqual({ count: 2, amount: 3_000_000, weighted: 2_600_000 });
    expect(byOwner.get("u2")?.total).toEqual({ count: 2, amount: 4_234_567, weighted: 1_932_098 });
    expect(byOwner.get("u3")?.categories.omitted).toEqual({ count: 1, amount: 500_000, weighted: 300_000 });
    expect(byOwner.get("u4")?.total).toEqual({ count: 0, amount: 0, weighted: 0 });
  });

  it("is given per team, leaving out deals whose key is not asked for", () => {
    const byTeam = breakdownBy(deals, (d) => d.teamId, ["t2"]);
    expect([...byTeam.keys()]).toEqual(["t2"]);
    expect(byTeam.get("t2")?.total).toEqual({ count: 3, amount: 2_634_567, weighted: 822_098 });
    expect(byTeam.get("t2")?.yomi.C.count).toBe(1);
  });
});

describe("the pipeline by close month", () => {
  it("is in month order with deals without a date last, whatever order they come in", () => {
    const deals = [
      deal({ id: "a", amount: 100_000, probability: 50, expectedCloseDate: null }),
      deal({ id: "b", amount: 200_000, probability: 50, expectedCloseDate: "2026-11-30" }),
      deal({ id: "c", amount: 300_000, probability: 10, expectedCloseDate: "2027-01-05" }),
      deal({ id: "d", amount: 400_000, probability: 25, expectedCloseDate: "2026-10-01" }),
      deal({ id: "e", amount: 500_000, probability: 80, expectedCloseDate: "2026-11-01" }),
      deal({ id: "f", amount: 600_000, probability: 0, expectedCloseDate: null }),
    ];
    expect(byCloseMonth(deals)).toEqual([
      { month: "2026-10", tally: { count: 1, amount: 400_000, weighted: 100_000 } },
      { month: "2026-11", tally: { count: 2, amount: 700_000, weighted: 500_000 } },
      { month: "2027-01", tally: { count: 1, amount: 300_000, weighted: 30_000 } },
      { month: null, tally: { count: 2, amount: 700_000, weighted: 50_000 } },
    ]);
  });

  it("is empty for no deals", () => {
    expect(byCloseMonth([])).toEqual([]);
  });
});

describe("coverage", () => {
  it("is the open pipeline over the target less what is won: 9,000,000 ÷ (10,000,000 − 7,000,000) = 3.0×", () => {
    expect(coverageOf(9_000_000, 10_000_000, 7_000_000, 3)).toEqual({
      openAmount: 9_000_000,
      remaining: 3_000_000,
      ratio: 3,
      rule: 3,
    });
    expect(coverageOf(4_500_000, 10_000_000, 4_000_000, 3).ratio).toBe(0.75);
  });

  it("is 0× (a real figure) with a remaining target and no open pipeline", () => {
    expect(coverageOf(0, 5_000_000, 0, 3)).toMatchObject({ remaining: 5_000_000, ratio: 0 });
  });

  it("is no data without a target", () => {
    expect(coverageOf(9_000_000, null, 7_000_000, 4)).toEqual({
      openAmount: 9_000_000,
      remaining: null,
      ratio: null,
      rule: 4,
    });
  });

  it("is no data when nothing remains: target reached exactly, or a target of 0", () => {
    expect(coverageOf(9_000_000, 10_000_000, 10_000_000, 3)).toMatchObject({ remaining: 0, ratio: null });
    expect(coverageOf(0, 0, 0, 3)).toMatchObject({ remaining: 0, ratio: null });
  });

  it("is no data once the target is exceeded, and says by how much", () => {
    expect(coverageOf(9_000_000, 10_000_000, 12_000_000, 3)).toMatchObject({
      remaining: -2_000_000,
      ratio: null,
    });
  });
});
