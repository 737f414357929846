// The org's forecast rules (SPEC.md C6): ヨミ ranks from probability bands, checked at their edges,
// and the forecast category a deal takes from its stage unless it has its own.
import { describe, expect, it } from "vitest";
import {
  defaultForecastSettings,
  forecastCategories,
  forecastCategoryOf,
  forecastSettingsOf,
  validYomiBands,
  yomiRankOf,
  yomiRanks,
} from "./forecast-settings";

const defaults = defaultForecastSettings.yomi;

describe("the default forecast settings", () => {
  it("are A ≥ 80%, B ≥ 50%, C ≥ 20%, a 3× coverage rule and 12 months of history", () => {
    expect(defaultForecastSettings).toEqual({
      yomi: { a: 80, b: 50, c: 20 },
      coverageRule: 3,
      lookbackMonths: 12,
    });
    expect(forecastCategories).toEqual(["commit", "best_case", "pipeline", "omitted"]);
    expect(yomiRanks).toEqual(["A", "B", "C", "D"]);
  });

  it("fill what an org has not stored, and keep what it has", () => {
    expect(forecastSettingsOf(undefined)).toEqual(defaultForecastSettings);
    expect(forecastSettingsOf({})).toEqual(defaultForecastSettings);
    expect(forecastSettingsOf({ coverageRule: 4 })).toEqual({
      yomi: { a: 80, b: 50, c: 20 },
      coverageRule: 4,
      lookbackMonths: 12,
    });
    expect(forecastSettingsOf({ yomi: { a: 90, b: 60, c: 30 }, lookbackMonths: 24 })).toEqual({
      yomi: { a: 90, b: 60, c: 30 },
      coverageRule: 3,
      lookbackMonths: 24,
    });
    // The defaults themselves are not touched by an override.
    expect(defaultForecastSettings.coverageRule).toBe(3);
  });
});

describe("ヨミ ranks", () => {
  it("put each band's lower bound in the band and one below it in the next (defaults)", () => {
    expect(yomiRankOf(100, defaults)).toBe("A");
    expect(yomiRankOf(80, defaults)).toBe("A");
    expect(yomiRankOf(79, defaults)).toBe("B");
    expect(yomiRankOf(79.9, defaults)).toBe("B");
    expect(yomiRankOf(50, defaults)).toBe("B");
    expect(yomiRankOf(49, defaults)).toBe("C");
    expect(yomiRankOf(20, defaults)).toBe("C");
    expect(yomiRankOf(19, defaults)).toBe("D");
    expect(yomiRankOf(0, defaults)).toBe("D");
  });

  it("follow the org's own bands", () => {
    const bands = { a: 70, b: 40, c: 10 };
    expect(yomiRankOf(70, bands)).toBe("A");
    expect(yomiRankOf(69, bands)).toBe("B");
    expect(yomiRankOf(40, bands)).toBe("B");
    expect(yomiRankOf(39, bands)).toBe("C");
    expect(yomiRankOf(10, bands)).toBe("C");
    expect(yomiRankOf(9, bands)).toBe("D");
    // 79% is B under the defaults but A here.
    expect(yomiRankOf(79, bands)).toBe("A");
  });

  it("accept only bands that step down strictly within (0, 100]", () => {
    expect(validYomiBands(defaults)).toBe(true);
    expect(validYomiBands({ a: 100, b: 50, c: 1 })).toBe(true);
    expect(validYomiBands({ a: 101, b: 50, c: 20 })).toBe(false);
    expect(validYomiBands({ a: 50, b: 50, c: 20 })).toBe(false);
    expect(validYomiBands({ a: 80, b: 20, c: 20 })).toBe(false);
    expect(validYomiBands({ a: 80, b: 50, c: 0 })).toBe(false);
    expect(validYomiBands({ a: 20, b: 50, c: 80 })).toBe(false);
    expect(validYomiBands({ a: 80, b: 50, c: -5 })).toBe(false);
  });
});

describe("the forecast category", () => {
  it("comes from the stage's probability: A band commit, B band best case, below pipeline", () => {
    expect(forecastCategoryOf(100, null, defaults)).toBe("commit");
    expect(forecastCategoryOf(80, null, defaults)).toBe("commit");
    expect(forecastCategoryOf(79, null, defaults)).toBe("best_case");
    expect(forecastCategoryOf(50, null, defaults)).toBe("best_case");
    expect(forecastCategoryOf(49, null, defaults)).toBe("pipeline");
    expect(forecastCategoryOf(20, null, defaults)).toBe("pipeline");
    expect(forecastCategoryOf(0, null, defaults)).toBe("pipeline");
  });

  it("never defaults to omitted, and follows custom bands", () => {
    const bands = { a: 90, b: 60, c: 30 };
    expect(forecastCategoryOf(89, null, bands)).toBe("best_case");
    expect(forecastCategoryOf(90, null, bands)).toBe("commit");
    expect(forecastCategoryOf(59, null, bands)).toBe("pipeline");
  });

  it("is the deal's own when it has one, whatever its stage says", () => {
    expect(forecastCategoryOf(90, "omitted", defaults)).toBe("omitted");
    expect(forecastCategoryOf(10, "commit", defaults)).toBe("commit");
    expect(forecastCategoryOf(85, "pipeline", defaults)).toBe("pipeline");
    expect(forecastCategoryOf(30, "best_case", defaults)).toBe("best_case");
  });
});
