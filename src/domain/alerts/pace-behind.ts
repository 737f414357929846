// Pace behind (seed 003): at a point of the week — from its N-th business day, "mid-week" by
// default — a person has done under X% of the week's target of a count KPI. Business days, so that
// a holiday moves the point: in a week whose Monday is a holiday the 3rd business day is Thursday.
import { businessDaysBetween } from "../business-days";
import { earlierDate } from "../calendar";

export type PaceBehind = {
  actual: number;
  weeklyTarget: number;
  /** actual ÷ the weekly target. */
  share: number;
  minShare: number;
  businessDays: number;
  /** Business days of the week up to today, today included. */
  elapsedBusinessDays: number;
};

export function paceBehindAlert(
  input: { actual: number; weeklyTarget: number; week: { start: string; end: string }; today: string },
  params: { fromBusinessDay: number; minShare: number },
): PaceBehind | null {
  const { actual, weeklyTarget, week, today } = input;
  if (weeklyTarget <= 0 || today < week.start) return null;
  const businessDays = businessDaysBetween(week.start, week.end);
  const elapsedBusinessDays = businessDaysBetween(week.start, earlierDate(today, week.end));
  if (elapsedBusinessDays < params.fromBusinessDay) return null;
  const share = actual / weeklyTarget;
  // Exactly X% is not under X%; the product guards against the division's dust.
  if (actual >= params.minShare * weeklyTarget - 1e-9) return null;
  return { actual, weeklyTarget, share, minShare: params.minShare, businessDays, elapsedBusinessDays };
}
