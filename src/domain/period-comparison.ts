// The same point of the previous period (seed 000: "at the 10th we are at 40%, +30% vs last month"),
// aligned on business days so that month lengths, weekends and holidays do not skew the comparison:
// after 8 business days of November we compare with October after its 8th business day.
import { businessDaysBetween, isBusinessDay } from "./business-days";
import { addDays, earlierDate } from "./calendar";
import { type Period, previousPeriod } from "./periods";

export type SamePoint = {
  period: Period;
  /** The last day of the previous period that counts; the day before it starts when none does yet. */
  asOf: string;
  elapsedBusinessDays: number;
};

export function samePointInPrevious(period: Period, today: string, fiscalYearStartMonth: number): SamePoint {
  const previous = previousPeriod(period, fiscalYearStartMonth);
  if (today > period.end)
    return {
      period: previous,
      asOf: previous.end,
      elapsedBusinessDays: businessDaysBetween(previous.start, previous.end),
    };
  const elapsed =
    today < period.start ? 0 : businessDaysBetween(period.start, earlierDate(today, period.end));
  let asOf = addDays(previous.start, -1);
  let counted = 0;
  for (let day = previous.start; counted < elapsed && day <= previous.end; day = addDays(day, 1)) {
    if (isBusinessDay(day)) counted++;
    asOf = day;
  }
  return { period: previous, asOf, elapsedBusinessDays: counted };
}
