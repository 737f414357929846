// A lead not answered within N business minutes (business-hours.ts: the org's working hours on
// business days). With no N of its own the rule uses the lead's SLA due time (response_due_at).
import {
  addBusinessMinutes,
  type BusinessHours,
  businessMinutesBetween,
} from "../inside-sales/business-hours";

export type LeadFacts = {
  createdAt: Date;
  firstResponseAt: Date | null;
  responseDueAt: Date | null;
  /** Still in the IS rep's queue (new, working, qualified). */
  open: boolean;
};

export type LeadUnanswered = { dueAt: Date; businessMinutesWaiting: number; limitMinutes: number | null };

export function leadUnansweredAlert(
  lead: LeadFacts,
  now: Date,
  hours: BusinessHours,
  params: { minutes: number | null },
): LeadUnanswered | null {
  if (!lead.open || lead.firstResponseAt !== null) return null;
  const dueAt =
    params.minutes === null ? lead.responseDueAt : addBusinessMinutes(lead.createdAt, params.minutes, hours);
  if (dueAt === null || now < dueAt) return null;
  return {
    dueAt,
    businessMinutesWaiting: businessMinutesBetween(lead.createdAt, now, hours),
    limitMinutes: params.minutes,
  };
}
