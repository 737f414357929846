// The Monte Carlo landing is a pure function of its inputs and seed: checked against cases whose
// answer is known in closed form (one deal at p = 0.5; n independent equal deals, either side of ½),
// at fixed seeds and 10,000 runs, with tolerances of several standard errors.
import { describe, expect, it } from "vitest";
import {
  type Chance,
  DEFAULT_RUNS,
  MATERIAL_SHARE,
  seedOf,
  simulateLanding,
  simulateTotals,
  splitChances,
} from "./monte-carlo";

const RUNS = DEFAULT_RUNS;
const equal = (n: number, amount: number, probability: number): Chance[] =>
  Array.from({ length: n }, () => ({ amount, probability }));

const meanOf = (xs: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] as number;
  return sum / xs.length;
};
const sdOf = (xs: ArrayLike<number>) => {
  const m = meanOf(xs);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += ((xs[i] as number) - m) ** 2;
  return Math.sqrt(sum / (xs.length - 1));
};
const share = (xs: ArrayLike<number>, test: (x: number) => boolean) => {
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (test(xs[i] as number)) n++;
  return n / xs.length;
};

/** The smallest k with P(Binomial(n, p) ≤ k) ≥ q. */
function binomialQuantile(n: number, p: number, q: number): number {
  let cdf = 0;
  let pmf = (1 - p) ** n;
  for (let k = 0; k <= n; k++) {
    cdf += pmf;
    if (cdf >= q) return k;
    pmf = (pmf * (n - k) * p) / ((k + 1) * (1 - p));
  }
  return n;
}

describe("the simulation's determinism", () => {
  const chances = [
    ...equal(100, 1, 0.3),
    ...equal(20, 50_000, 0.75),
    { amount: 1_000_000, probability: 0.5 },
  ];

  it("gives the same totals and landing for the same inputs and seed", () => {
    expect(simulateTotals(chances, RUNS, 42)).toEqual(simulateTotals(chances, RUNS, 42));
    expect(simulateLanding(chances, RUNS, 42)).toEqual(simulateLanding(chances, RUNS, 42));
  });

  it("gives different draws for a different seed", () => {
    const a = simulateTotals(chances, RUNS, 42);
    const b = simulateTotals(chances, RUNS, 43);
    expect(Array.from(a)).not.toEqual(Array.from(b));
    expect(simulateLanding(chances, RUNS, 1).mean).not.toBe(simulateLanding(chances, RUNS, 2).mean);
  });

  it("returns one total per run, sorted ascending", () => {
    const totals = simulateTotals(chances, 1_000, 7);
    expect(totals).toHaveLength(1_000);
    for (let i = 1; i < totals.length; i++)
      expect(totals[i] as number).toBeGreaterThanOrEqual(totals[i - 1] as number);
  });
});

describe("one deal at p = 0.5", () => {
  const amount = 1_000_000;
  const totals = simulateTotals([{ amount, probability: 0.5 }], RUNS, 20_261);
  const landing = simulateLanding([{ amount, probability: 0.5 }], RUNS, 20_261);

  it("lands at 0 or the whole amount, each about half the time", () => {
    expect(share(totals, (t) => t !== 0 && t !== amount)).toBe(0);
    // Standard error of the share: √(0.25 / 10,000) = 0.005; allow 3.
    expect(Math.abs(share(totals, (t) => t === amount) - 0.5)).toBeLessThan(0.015);
  });

  it("has P10 = 0, P90 = the amount and a mean of about half of it", () => {
    expect(landing.p10).toBe(0);
    expect(landing.p90).toBe(amount);
    expect([0, amount / 2, amount]).toContain(landing.p50);
    // Standard error of the mean: 500,000 / √10,000 = 5,000; allow 3.
    expect(Math.abs(landing.mean - amount / 2)).toBeLessThan(15_000);
  });
});

describe("n independent equal deals", () => {
  it("100 deals of ¥1 at p = 0.3: mean 30, sd 4.58, P10 / P50 / P90 the binomial quantiles 24 / 30 / 36", () => {
    const chances = equal(100, 1, 0.3);
    expect(binomialQuantile(100, 0.3, 0.1)).toBe(24);
    expect(binomialQuantile(100, 0.3, 0.5)).toBe(30);
    expect(binomialQuantile(100, 0.3, 0.9)).toBe(36);
    for (const seed of [1, 42, seedOf("org:2026-10:2026-10-15")]) {
      const totals = simulateTotals(chances, RUNS, seed);
      // Standard error of the mean: 4.58 / 100 ≈ 0.046.
      expect(Math.abs(meanOf(totals) - 30)).toBeLessThan(0.15);
      expect(Math.abs(sdOf(totals) - Math.sqrt(21))).toBeLessThan(0.15);
      expect(share(totals, (t) => !Number.isInteger(t) || t < 0 || t > 100)).toBe(0);
      const landing = simulateLanding(chances, RUNS, seed);
      expect(Math.abs(landing.p10 - 24)).toBeLessThanOrEqual(1);
      expect(Math.abs(landing.p50 - 30)).toBeLessThanOrEqual(1);
      expect(Math.abs(landing.p90 - 36)).toBeLessThanOrEqual(1);
      expect(landing.mean).toBe(30);
    }
  });

  it("50 deals at p = 0.8 (the walk over the failures): mean 40, sd 2.83, P10 36, P90 44", () => {
    const chances = equal(50, 10_000, 0.8);
    expect(binomialQuantile(50, 0.8, 0.1)).toBe(36);
    expect(binomialQuantile(50, 0.8, 0.9)).toBe(44);
    for (const seed of [3, 99]) {
      const totals = Array.from(simulateTotals(chances, RUNS, seed), (t) => t / 10_000);
      expect(Math.abs(meanOf(totals) - 40)).toBeLessThan(0.1);
      expect(Math.abs(sdOf(totals) - Math.sqrt(8))).toBeLessThan(0.1);
      expect(share(totals, (t) => !Number.isInteger(t) || t < 0 || t > 50)).toBe(0);
      // P(all 50 land) = 0.8^50 ≈ 1.4e-5: practically never.
      expect(share(totals, (t) => t === 50)).toBeLessThan(0.001);
      const landing = simulateLanding(chances, RUNS, seed);
      expect(Math.abs(landing.p10 / 10_000 - 36)).toBeLessThanOrEqual(1);
      expect(Math.abs(landing.p50 / 10_000 - 40)).toBeLessThanOrEqual(1);
      expect(Math.abs(landing.p90 / 10_000 - 44)).toBeLessThanOrEqual(1);
    }
  });

  it("1,000 deals at p = 0.02: mean 20, sd 4.43 (long gaps between successes)", () => {
    const totals = simulateTotals(equal(1_000, 1, 0.02), RUNS, 5);
    expect(Math.abs(meanOf(totals) - 20)).toBeLessThan(0.15);
    expect(Math.abs(sdOf(totals) - Math.sqrt(19.6))).toBeLessThan(0.15);
  });

  it("lands each deal with its own probability, not just the right count (either side of ½)", () => {
    // Amounts 1, 2, 4, 8: the bits of each total say which deals landed.
    for (const p of [0.3, 0.7]) {
      const totals = simulateTotals(
        [1, 2, 4, 8].map((amount) => ({ amount, probability: p })),
        RUNS,
        11,
      );
      for (const bit of [1, 2, 4, 8]) {
        // Standard error √(0.21 / 10,000) ≈ 0.0046; allow ~3.
        expect(Math.abs(share(totals, (t) => (t & bit) !== 0) - p)).toBeLessThan(0.015);
      }
      // Independence: the first and the last land together p² of the time.
      expect(Math.abs(share(totals, (t) => (t & 9) === 9) - p * p)).toBeLessThan(0.015);
      // All four: p⁴ (0.0081 or 0.2401).
      expect(Math.abs(share(totals, (t) => t === 15) - p ** 4)).toBeLessThan(0.015);
    }
  });
});

describe("certain and impossible deals", () => {
  it("always lands a deal at probability 1", () => {
    const chances = [
      { amount: 100, probability: 1 },
      { amount: 200, probability: 1 },
      { amount: 300, probability: 1 },
    ];
    const totals = simulateTotals(chances, RUNS, 8);
    expect(share(totals, (t) => t === 600)).toBe(1);
    expect(simulateLanding(chances, RUNS, 8)).toEqual({ p10: 600, p50: 600, p90: 600, mean: 600 });
  });

  it("treats a probability above 1 as 1", () => {
    expect(simulateLanding([{ amount: 500, probability: 1.5 }], RUNS, 8)).toEqual({
      p10: 500,
      p50: 500,
      p90: 500,
      mean: 500,
    });
  });

  it("never lands a deal at probability 0 (or below), nor counts a deal of ¥0", () => {
    const chances = [
      { amount: 1_000_000, probability: 0 },
      { amount: 1_000_000, probability: -0.2 },
      { amount: 0, probability: 0.9 },
    ];
    expect(simulateLanding(chances, RUNS, 8)).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
  });

  it("adds a certain deal to an uncertain one: 1,000 + a ¥500 coin toss", () => {
    const totals = simulateTotals(
      [
        { amount: 1_000, probability: 1 },
        { amount: 500, probability: 0.5 },
      ],
      RUNS,
      12,
    );
    expect(share(totals, (t) => t !== 1_000 && t !== 1_500)).toBe(0);
    expect(Math.abs(share(totals, (t) => t === 1_500) - 0.5)).toBeLessThan(0.015);
  });
});

describe("mixed probabilities and amounts", () => {
  it("has a mean of Σ amount × p within 1%", () => {
    const probabilities = [0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95];
    const chances = Array.from({ length: 300 }, (_, i) => ({
      amount: 100_000 + ((i * 7_919) % 50) * 37_000,
      probability: probabilities[i % probabilities.length] as number,
    }));
    const expected = chances.reduce((sum, c) => sum + c.amount * c.probability, 0);
    const sd = Math.sqrt(
      chances.reduce((sum, c) => sum + c.amount ** 2 * c.probability * (1 - c.probability), 0),
    );
    // The tolerance is well above 3 standard errors of the mean of 10,000 runs.
    expect(3 * (sd / Math.sqrt(RUNS))).toBeLessThan(expected * 0.01);
    for (const seed of [17, seedOf("team:t1:FY2026-Q3:2026-10-15")]) {
      const landing = simulateLanding(chances, RUNS, seed);
      expect(Math.abs(landing.mean - expected) / expected).toBeLessThan(0.01);
      // Roughly normal: P10 and P90 sit about 1.28 sd either side of the mean.
      expect(Math.abs(landing.p10 - (expected - 1.2816 * sd))).toBeLessThan(0.1 * sd);
      expect(Math.abs(landing.p90 - (expected + 1.2816 * sd))).toBeLessThan(0.1 * sd);
      expect(landing.p10).toBeLessThan(landing.p50);
      expect(landing.p50).toBeLessThan(landing.p90);
    }
  });

  it("does not depend on the order of the deals beyond the draws: mean still Σ amount × p", () => {
    const chances = [
      { amount: 3_000_000, probability: 1 / 3 },
      { amount: 1_200_000, probability: 1 / 6 },
      { amount: 600_000, probability: 0.4 },
    ];
    const reversed = [...chances].reverse();
    for (const list of [chances, reversed]) {
      expect(Math.abs(simulateLanding(list, RUNS, 4).mean - 1_440_000)).toBeLessThan(50_000);
    }
  });
});

describe("many small deals drawn as one normal block", () => {
  it("keeps deals carrying at least 1/1,000 of the variance apart, and blocks the rest", () => {
    // 999 equal deals carry more than 1/1,000 each: all drawn one by one. At 1,001, none is.
    expect(MATERIAL_SHARE).toBe(1 / 1000);
    expect(splitChances(equal(999, 1, 0.3)).block.deals).toBe(0);
    const many = splitChances(equal(1001, 1, 0.3));
    expect(many.block).toMatchObject({ deals: 1001, max: 1001 });
    expect(many.block.mean).toBeCloseTo(300.3, 9);
    expect(many.block.sd).toBeCloseTo(Math.sqrt(1001 * 0.21), 9);
    // A large deal among them stays apart: 10,000² × 0.25 is nearly all of the variance.
    const mixed = splitChances([...equal(5000, 1, 0.3), { amount: 10_000, probability: 0.5 }]);
    expect(mixed.groups).toEqual([{ amounts: [10_000], sum: 10_000, probability: 0.5 }]);
    expect(mixed.block.deals).toBe(5000);
  });

  it("5,000 deals of ¥1 at p = 0.3: mean 1,500, sd 32.4, P10 / P90 1,458.5 / 1,541.5 within 2", () => {
    // Binomial(5,000, 0.3) is normal to well within a unit here: 1,500 ∓ 1.2816 × √1,050.
    const landing = simulateLanding(equal(5000, 1, 0.3), RUNS, 5);
    const sd = Math.sqrt(1050);
    expect(Math.abs(landing.mean - 1500)).toBeLessThan(3 * (sd / Math.sqrt(RUNS)) + 1);
    expect(Math.abs(landing.p10 - (1500 - 1.2816 * sd))).toBeLessThanOrEqual(2);
    expect(Math.abs(landing.p50 - 1500)).toBeLessThanOrEqual(2);
    expect(Math.abs(landing.p90 - (1500 + 1.2816 * sd))).toBeLessThanOrEqual(2);
  });

  it("adds the block to the deals drawn apart: 5,000 × ¥1 at 0.3 plus a ¥10,000 coin toss", () => {
    const totals = simulateTotals([...equal(5000, 1, 0.3), { amount: 10_000, probability: 0.5 }], RUNS, 9);
    // Half the runs near 1,500, half near 11,500; nothing in between.
    expect(share(totals, (t) => t > 1300 && t < 1700)).toBeCloseTo(0.5, 1);
    expect(share(totals, (t) => t > 11_300 && t < 11_700)).toBeCloseTo(0.5, 1);
    expect(share(totals, (t) => t >= 1700 && t <= 11_300)).toBe(0);
  });
});

describe("no input", () => {
  it("lands at 0 with no deals, and with no runs", () => {
    expect(simulateLanding([], RUNS, 1)).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
    expect(Array.from(simulateTotals([], 3, 1))).toEqual([0, 0, 0]);
    expect(simulateLanding(equal(10, 1, 0.5), 0, 1)).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
    expect(simulateTotals(equal(10, 1, 0.5), 0, 1)).toHaveLength(0);
  });
});

describe("the seed from text", () => {
  it("is the 32-bit FNV-1a hash of the text, as a signed integer", () => {
    expect(seedOf("")).toBe(2_166_136_261 | 0);
    expect(seedOf("a")).toBe(0xe40c292c | 0);
    expect(seedOf("org:2026-10:2026-10-15")).toBe(seedOf("org:2026-10:2026-10-15"));
    expect(seedOf("org:2026-10:2026-10-15")).not.toBe(seedOf("org:2026-10:2026-10-16"));
    const s = seedOf("person:u1:2026-11:2026-11-02");
    expect(Number.isInteger(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(-(2 ** 31));
    expect(s).toBeLessThan(2 ** 31);
  });
});
