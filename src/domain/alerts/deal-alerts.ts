// Deal rules: stale for N days (stale.ts's notion: no next step ahead and no update beyond the
// threshold) and the next meeting date passed by N days or more.
import { daysBetween } from "../calendar";
import { type StaleInput, stalenessOf } from "../stale";

export type DealFacts = Omit<StaleInput, "staleDays"> & {
  /** The stage's own stale threshold (days). */
  stageStaleDays: number;
};

export type DealStale = { daysSinceUpdate: number; thresholdDays: number };

/** Fires when the deal has no next step ahead and more than `days` days (null: the stage's
 *  threshold) passed since its last update: exactly N days is not yet stale. */
export function dealStaleAlert(deal: DealFacts, params: { days: number | null }): DealStale | null {
  const thresholdDays = params.days ?? deal.stageStaleDays;
  if (stalenessOf({ ...deal, staleDays: thresholdDays }) === null) return null;
  const daysSinceUpdate = daysBetween(deal.updatedOn, deal.today);
  return daysSinceUpdate > thresholdDays ? { daysSinceUpdate, thresholdDays } : null;
}

export type MeetingPassed = { nextMeetingDate: string; daysPassed: number };

/** Fires when the next meeting date lies `days` days or more in the past and nothing is scheduled
 *  after it (a meeting logged ahead is a next step: stale.ts). */
export function meetingPassedAlert(deal: DealFacts, params: { days: number }): MeetingPassed | null {
  const staleness = stalenessOf({ ...deal, staleDays: deal.stageStaleDays });
  if (staleness?.reason !== "next_meeting_past" || deal.nextMeetingDate === null) return null;
  return staleness.days >= params.days
    ? { nextMeetingDate: deal.nextMeetingDate, daysPassed: staleness.days }
    : null;
}
