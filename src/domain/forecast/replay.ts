// The forecast of a past day rebuilt from stage history alone (SPEC.md C6 backtest): which deals were
// open that day, in which stage and for how long. Close dates as they were then are not kept, so
// both methods place a win in time with the org's time-to-close; they differ in how likely it is:
// the stage's probability, or the closed history of the stage and age (the Monte Carlo forecast).
import type { Period } from "../periods";
import { type AgedDeal, forecastLanding, type Window, windowOf } from "./landing-forecast";
import type { Landing } from "./monte-carlo";
import { type BandRate, type StageHistory, shareClosingBetween } from "./win-history";

export type Replay = {
  /** Won to date + Σ amount × stage probability × share of wins closing in the period. */
  stageProbability: number;
  monteCarlo: Landing;
};

type Histories = ReadonlyMap<string, StageHistory>;
type Timing = (stageId: string) => Pick<BandRate, "daysToClose">;

/** The time-to-close of a stage's winners, or of all winners when the stage has none. */
function timingOf(histories: Histories): Timing {
  const pooled: Pick<BandRate, "daysToClose"> = {
    daysToClose: [...histories.values()]
      .flatMap((h) => h.bands.find((b) => b.ageFrom === 0)?.daysToClose ?? [])
      .sort((a, b) => a - b),
  };
  return (stageId: string) => {
    const own = histories.get(stageId)?.bands.find((b) => b.ageFrom === 0);
    return own && own.daysToClose.length > 0 ? own : pooled;
  };
}

const chanceBy = (timing: Timing, window: Window) => (deal: AgedDeal) =>
  window.to < 0
    ? 0
    : (deal.stageProbability / 100) * shareClosingBetween(timing(deal.stageId), window.from, window.to);

export const stageProbabilityChance = (histories: Histories, window: Window) =>
  chanceBy(timingOf(histories), window);

export type ReplayInput = {
  deals: readonly AgedDeal[];
  period: Pick<Period, "start" | "end">;
  day: string;
  wonToDate: number;
  runs: number;
  seed: number;
};

/** Replays of many days and scopes on one history: its pooled timing is sorted once. */
export function replayerOf(histories: Histories) {
  const timing = timingOf(histories);
  return (input: ReplayInput): Replay => {
    const byStage = chanceBy(timing, windowOf(input.period, input.day));
    const expected = input.deals.reduce((sum, d) => sum + d.amount * byStage(d), 0);
    const landing = forecastLanding({ ...input, histories, today: input.day, fallback: byStage });
    return {
      stageProbability: input.wonToDate + Math.round(expected),
      monteCarlo: { p10: landing.p10, p50: landing.p50, p90: landing.p90, mean: landing.mean },
    };
  };
}

export const replayDay = (input: ReplayInput & { histories: Histories }): Replay =>
  replayerOf(input.histories)(input);
