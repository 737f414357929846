import { describe, expect, it } from "vitest";
import { createRandom, stableUuid } from "./demo-random";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and keys", () => {
    const draw = () => {
      const rng = createRandom(7, "deal", 42);
      return [rng.float(), rng.int(1, 6), rng.uuid(), rng.pick(["a", "b", "c"])];
    };
    expect(draw()).toEqual(draw());
  });

  it("gives unrelated streams for neighbouring keys", () => {
    const first = Array.from({ length: 5 }, (_, i) => createRandom(1, "deal", i).float());
    expect(new Set(first).size).toBe(5);
    expect(createRandom(1, "deal", 0).uuid()).not.toBe(createRandom(2, "deal", 0).uuid());
  });

  it("draws v4-shaped UUIDs", () => {
    const rng = createRandom(3);
    for (let i = 0; i < 200; i++) expect(rng.uuid()).toMatch(UUID_V4);
    expect(stableUuid(3, "account", 5)).toBe(stableUuid(3, "account", 5));
    expect(stableUuid(3, "account", 5)).toMatch(UUID_V4);
  });

  it("keeps distributions in range and centred", () => {
    const rng = createRandom(11);
    const n = 20_000;
    let sum = 0;
    let poisson = 0;
    let heads = 0;
    let low = 6;
    let high = 1;
    for (let i = 0; i < n; i++) {
      const value = rng.int(1, 6);
      low = Math.min(low, value);
      high = Math.max(high, value);
      sum += value;
      poisson += rng.poisson(4);
      if (rng.chance(0.25)) heads++;
    }
    expect([low, high]).toEqual([1, 6]);
    expect(sum / n).toBeCloseTo(3.5, 1);
    expect(poisson / n).toBeCloseTo(4, 1);
    expect(heads / n).toBeCloseTo(0.25, 1);
    const weighted = Array.from({ length: 4000 }, () => rng.pickWeighted(["a", "b"], [3, 1]));
    expect(weighted.filter((x) => x === "a").length / 4000).toBeCloseTo(0.75, 1);
    const medians = Array.from({ length: 4001 }, () => rng.logNormal(100, 0.5)).sort((a, b) => a - b);
    expect(medians[2000]).toBeGreaterThan(90);
    expect(medians[2000]).toBeLessThan(110);
  });
});
