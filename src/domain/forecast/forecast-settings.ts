// The org's forecast rules (SPEC.md C6): the ヨミ bands, the coverage rule of thumb and how far back
// the statistical forecast learns from. Also the forecast category a deal takes from its stage.

export const forecastCategories = ["commit", "best_case", "pipeline", "omitted"] as const;
export type ForecastCategory = (typeof forecastCategories)[number];

export const yomiRanks = ["A", "B", "C", "D"] as const;
export type YomiRank = (typeof yomiRanks)[number];
/** Lower bounds in percent: A ≥ a, B ≥ b, C ≥ c, D below. */
export type YomiBands = { a: number; b: number; c: number };

export type ForecastSettings = {
  yomi: YomiBands;
  /** The coverage a healthy pipeline has (3× the remaining target by default). */
  coverageRule: number;
  /** Months of closed deals the statistical forecast learns from. */
  lookbackMonths: number;
};

export const defaultForecastSettings: ForecastSettings = {
  yomi: { a: 80, b: 50, c: 20 },
  coverageRule: 3,
  lookbackMonths: 12,
};

export const forecastSettingsOf = (stored: Partial<ForecastSettings> | undefined): ForecastSettings => ({
  ...defaultForecastSettings,
  ...stored,
});

/** Bands must step down strictly, so that every probability falls in exactly one rank. */
export const validYomiBands = ({ a, b, c }: YomiBands) => a <= 100 && a > b && b > c && c > 0;

export function yomiRankOf(probability: number, bands: YomiBands): YomiRank {
  if (probability >= bands.a) return "A";
  if (probability >= bands.b) return "B";
  if (probability >= bands.c) return "C";
  return "D";
}

/** The category a stage gives its deals: commit in the A band, best case in B, pipeline below.
 *  A deal's own category, when set, wins over it. */
export function forecastCategoryOf(
  stageProbability: number,
  own: ForecastCategory | null,
  bands: YomiBands,
): ForecastCategory {
  if (own) return own;
  const rank = yomiRankOf(stageProbability, bands);
  return rank === "A" ? "commit" : rank === "B" ? "best_case" : "pipeline";
}
