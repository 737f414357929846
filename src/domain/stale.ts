// Stale deals (seed 000: 未更新＝異変): an open deal with no next step in sight, or left without an update
// for longer than its stage's threshold. A future meeting or scheduled activity is a next step.
import { daysBetween } from "./calendar";

export type StaleReason = "no_update" | "next_meeting_missing" | "next_meeting_past";
export type Staleness = { reason: StaleReason; days: number } | null;

export type StaleInput = {
  status: "open" | "won" | "lost";
  /** The last update, as a date in the org's time zone. */
  updatedOn: string;
  nextMeetingDate: string | null;
  staleDays: number;
  /** A meeting or activity scheduled after today. */
  hasScheduledActivity: boolean;
  today: string;
};

/** The most telling reason a deal is stale, with its days, or null. */
export function stalenessOf(deal: StaleInput): Staleness {
  if (deal.status !== "open") return null;
  const sinceUpdate = daysBetween(deal.updatedOn, deal.today);
  const nextStepAhead =
    deal.hasScheduledActivity || (deal.nextMeetingDate !== null && deal.nextMeetingDate >= deal.today);
  if (nextStepAhead) return null;
  if (deal.nextMeetingDate !== null)
    return { reason: "next_meeting_past", days: daysBetween(deal.nextMeetingDate, deal.today) };
  if (sinceUpdate > deal.staleDays) return { reason: "no_update", days: sinceUpdate };
  return { reason: "next_meeting_missing", days: sinceUpdate };
}
