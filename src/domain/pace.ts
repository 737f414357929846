// Pace (進捗ペース, SPEC.md section 4): actual ÷ (target × elapsed business days ÷ business days in the
// period) — where a working-day pace says we should be today, and how far we are from it.
import { businessDaysBetween } from "./business-days";
import { addDays, earlierDate } from "./calendar";
import { ratio } from "./ratio";

export type Pace = {
  businessDays: number;
  elapsedBusinessDays: number;
  /** The share of the target a steady pace reaches by today (e.g. 0.48). */
  expectedShare: number | null;
  /** actual ÷ target (達成率). */
  achievement: number | null;
  /** actual ÷ expected-to-date: 1 is on pace. */
  pace: number | null;
};

/** Today counts as elapsed: by the end of the day its share of the work should be done. */
export function paceOf(
  actual: number,
  target: number,
  period: { start: string; end: string },
  today: string,
): Pace {
  const businessDays = businessDaysBetween(period.start, period.end);
  const until = earlierDate(today, period.end);
  const elapsedBusinessDays = today < period.start ? 0 : businessDaysBetween(period.start, until);
  const expectedShare = ratio(elapsedBusinessDays, businessDays);
  return {
    businessDays,
    elapsedBusinessDays,
    expectedShare,
    achievement: ratio(actual, target),
    pace: expectedShare === null ? null : ratio(actual, target * expectedShare),
  };
}

/** Business days left in the period after today. */
export function remainingBusinessDays(period: { start: string; end: string }, today: string): number {
  if (today >= period.end) return 0;
  return businessDaysBetween(today < period.start ? period.start : addDays(today, 1), period.end);
}
