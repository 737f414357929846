// The forecast figures of one scope and period, from its open deals: what the API answers and what a
// daily snapshot keeps, computed the same way for both.
import type { Period } from "../periods";
import { ratio } from "../ratio";
import type { ForecastSettings } from "./forecast-settings";
import { type AgedDeal, forecastLanding } from "./landing-forecast";
import { breakdownOf, classify, closesIn, coverageOf } from "./weighted-pipeline";
import type { StageHistory } from "./win-history";

export function scopeForecast(input: {
  deals: readonly AgedDeal[];
  histories: ReadonlyMap<string, StageHistory>;
  period: Pick<Period, "start" | "end">;
  today: string;
  wonToDate: number;
  target: number | null;
  settings: ForecastSettings;
  runs: number;
  seed: number;
}) {
  const classified = input.deals.map((d) => classify(d, input.settings.yomi));
  const inPeriod = classified.filter((d) => closesIn(d, input.period));
  const breakdown = breakdownOf(inPeriod);
  const coverage = coverageOf(
    breakdown.total.amount,
    input.target,
    input.wonToDate,
    input.settings.coverageRule,
  );
  const landing = forecastLanding(input);
  return {
    classified,
    inPeriod,
    breakdown,
    /** The classic landing: won to date + the weighted open deals closing in the period. */
    weightedLanding: input.wonToDate + breakdown.total.weighted,
    coverage,
    commitCoverage:
      coverage.remaining === null || coverage.remaining <= 0
        ? null
        : ratio(breakdown.categories.commit.amount, coverage.remaining),
    landing,
  };
}
