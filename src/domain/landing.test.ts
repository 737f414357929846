import { describe, expect, it } from "vitest";
import { weightedAmount } from "./forecast/weighted-pipeline";
import { landingOf } from "./landing";

describe("the landing estimate", () => {
  it("adds the open deals weighted by probability, in whole yen, to what is won", () => {
    const open = [
      { amount: 3_000_000, probability: 60 },
      { amount: 1_234_567, probability: 30 },
    ];
    const weighted = open.reduce((n, d) => n + weightedAmount(d.amount, d.probability), 0);
    expect(weighted).toBe(1_800_000 + 370_370);
    expect(landingOf(5_000_000, weighted, open.length, 10_000_000)).toEqual({
      wonToDate: 5_000_000,
      weightedOpen: 2_170_370,
      openDeals: 2,
      estimate: 7_170_370,
      target: 10_000_000,
      achievement: 0.717037,
    });
  });

  it("has no achievement without a target", () => {
    expect(landingOf(0, 0, 0, null).achievement).toBeNull();
    expect(landingOf(0, 0, 0, 0).achievement).toBeNull();
  });
});
