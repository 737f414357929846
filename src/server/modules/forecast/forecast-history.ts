// The org's closed history as the statistical forecast reads it, per stage and age band. It changes
// only when deals close, so it is kept per instance and read again when the closed deals change.
import { addDays, addMonths } from "../../../domain/calendar";
import { AGE_BANDS, type StageHistory, stageHistoriesOf } from "../../../domain/forecast/win-history";
import type { ForecastRepository } from "./forecast.repository";

export type ForecastHistory = ReturnType<typeof createForecastHistory>;
export type Histories = { since: string; until: string; byStage: Map<string, StageHistory> };

export function createForecastHistory(repo: ForecastRepository) {
  let cached: { key: string; value: Histories } | undefined;

  return {
    /** Closed deals of the `months` months up to and including `today`. */
    async historiesAsOf(today: string, months: number, timeZone: string): Promise<Histories> {
      const since = addMonths(today, -months);
      const until = addDays(today, 1);
      const key = `${since}|${until}|${timeZone}|${await repo.closedFingerprint()}`;
      if (cached?.key === key) return cached.value;
      const cells = await repo.historyCells(since, until, timeZone, AGE_BANDS);
      const value = { since, until, byStage: stageHistoriesOf(cells) };
      cached = { key, value };
      return value;
    },

    /** The history as it stood before a past day (replays must not see later closes): not cached. */
    async historiesBefore(day: string, months: number, timeZone: string): Promise<Histories> {
      const since = addMonths(day, -months);
      const cells = await repo.historyCells(since, day, timeZone, AGE_BANDS);
      return { since, until: day, byStage: stageHistoriesOf(cells) };
    },
  };
}
