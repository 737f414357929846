// The statistical landing of a period (SPEC.md C6): each open deal's chance of being won within the
// period, from the org's history where it is deep enough and from the deal's probability and close
// date where it is not, simulated together into P10 / P50 / P90 on top of what is already won.
import { daysBetween } from "../calendar";
import type { Period } from "../periods";
import { type Landing, simulateLanding } from "./monte-carlo";
import { closesIn, type OpenDeal } from "./weighted-pipeline";
import { bandFor, type StageHistory, shareClosingBetween } from "./win-history";

export type AgedDeal = OpenDeal & { /** Days in the current stage. */ ageDays: number };

/** Days from today (0 = today) in which a close counts for the period. */
export type Window = { from: number; to: number };

export type DealChance = {
  id: string;
  amount: number;
  /** Probability that the deal is won within the period. */
  chance: number;
  /** "history" when the org's closed deals decided the chance; "stage" when its probability did. */
  basis: "history" | "stage";
  /** The age band the history came from. */
  ageFrom: number | null;
};

export const windowOf = (period: Pick<Period, "start" | "end">, today: string): Window => ({
  from: Math.max(0, daysBetween(today, period.start)),
  to: daysBetween(today, period.end),
});

/** Without enough history: the deal's own probability if its close date is in the period. */
const byProbabilityAndDate =
  (period: Pick<Period, "start" | "end">) =>
  (deal: AgedDeal): number =>
    closesIn(deal, period) ? deal.probability / 100 : 0;

export function chanceOf(
  deal: AgedDeal,
  histories: ReadonlyMap<string, StageHistory>,
  window: Window,
  fallback: (deal: AgedDeal) => number,
): DealChance {
  const { id, amount } = deal;
  if (window.to < 0) return { id, amount, chance: 0, basis: "stage", ageFrom: null };
  const band = bandFor(histories.get(deal.stageId), deal.ageDays);
  if (!band) return { id, amount, chance: fallback(deal), basis: "stage", ageFrom: null };
  const chance = (band.winRate ?? 0) * shareClosingBetween(band, window.from, window.to);
  return { id, amount, chance, basis: "history", ageFrom: band.ageFrom };
}

export type LandingForecast = Landing & {
  wonToDate: number;
  /** Won to date plus Σ amount × chance: the simulation's mean, exactly. */
  expected: number;
  chances: DealChance[];
};

/** Sum of already-won and the simulated open deals; a period already over lands at what was won. */
export function forecastLanding(input: {
  deals: readonly AgedDeal[];
  histories: ReadonlyMap<string, StageHistory>;
  period: Pick<Period, "start" | "end">;
  today: string;
  wonToDate: number;
  runs: number;
  seed: number;
  fallback?: (deal: AgedDeal) => number;
}): LandingForecast {
  const window = windowOf(input.period, input.today);
  const fallback = input.fallback ?? byProbabilityAndDate(input.period);
  const chances = input.deals.map((d) => chanceOf(d, input.histories, window, fallback));
  const open = simulateLanding(
    chances.map((c) => ({ amount: c.amount, probability: c.chance })),
    input.runs,
    input.seed,
  );
  const expected = chances.reduce((sum, c) => sum + c.amount * c.chance, 0);
  return {
    wonToDate: input.wonToDate,
    p10: input.wonToDate + open.p10,
    p50: input.wonToDate + open.p50,
    p90: input.wonToDate + open.p90,
    mean: input.wonToDate + open.mean,
    expected: input.wonToDate + Math.round(expected),
    chances,
  };
}

/** The deals that carry most of the expected open value, with their share of it. */
export function topContributors(chances: readonly DealChance[], count: number) {
  let total = 0;
  for (const c of chances) total += c.amount * c.chance;
  return chances
    .filter((c) => c.chance > 0 && c.amount > 0)
    .map((c) => ({ c, value: c.amount * c.chance }))
    .sort((a, b) => b.value - a.value)
    .slice(0, count)
    .map(({ c }) => c)
    .map((c) => ({
      ...c,
      expected: Math.round(c.amount * c.chance),
      share: total === 0 ? null : (c.amount * c.chance) / total,
    }));
}
