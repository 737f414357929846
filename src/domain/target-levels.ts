// Target levels (seed 002): stretch 110-120%, achievement 100-105%, minimum 90% of what the scope has
// actually done — the median of its recent months (seed 004: targets from your own 3-12 month median).
import { median } from "simple-statistics";

export type LevelPercents = { stretch: number; achievement: number; minimum: number };
export const defaultLevelPercents: LevelPercents = { stretch: 115, achievement: 100, minimum: 90 };

export type SuggestedLevels = {
  basis: number;
  months: number;
  stretch: number;
  value: number;
  minimum: number;
};

/** Levels from monthly actuals; counts and money are rounded to whole units. Null without history. */
export function suggestLevels(
  monthlyActuals: number[],
  percents: LevelPercents = defaultLevelPercents,
  whole = true,
): SuggestedLevels | null {
  if (monthlyActuals.length === 0) return null;
  const basis = median(monthlyActuals);
  const level = (percent: number) => (whole ? Math.round((basis * percent) / 100) : (basis * percent) / 100);
  return {
    basis,
    months: monthlyActuals.length,
    stretch: level(percents.stretch),
    value: level(percents.achievement),
    minimum: level(percents.minimum),
  };
}
