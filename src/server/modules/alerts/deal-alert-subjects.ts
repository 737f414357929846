// The deals and leads a rule fires for: stale deals, next meeting dates passed, unanswered leads.
// Each goes to the record's owner (a lead without one: its team's manager).

import type { AlertParams } from "../../../domain/alerts/alert-params";
import { dealStaleAlert, meetingPassedAlert } from "../../../domain/alerts/deal-alerts";
import { leadUnansweredAlert } from "../../../domain/alerts/lead-unanswered";
import type { AlertCandidate, EvaluationContext } from "./alert-context";
import type { AlertFactsRepository } from "./alert-facts.repository";
import type { AlertRuleView } from "./alert-rules.repository";
import { dealStaleTexts, leadUnansweredTexts, meetingPassedTexts } from "./alert-texts";

type DealRow = Awaited<ReturnType<AlertFactsRepository["staleDeals"]>>[number];

const dealFacts = (d: DealRow, today: string) => ({
  status: d.status,
  updatedOn: d.updatedOn,
  nextMeetingDate: d.nextMeetingDate,
  stageStaleDays: d.stageStaleDays,
  // The SQL kept only deals with nothing scheduled ahead.
  hasScheduledActivity: false,
  today,
});

const dealCandidate = (
  d: DealRow,
  texts: ReturnType<typeof dealStaleTexts>,
  facts: object,
): AlertCandidate => ({
  subjectKey: `deal:${d.id}`,
  recipientId: d.ownerId,
  teamId: d.teamId,
  link: `/deals/${d.id}`,
  facts: { dealId: d.id, dealName: d.name, ...facts },
  ...texts,
});

export async function dealStaleSubjects(
  facts: AlertFactsRepository,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["deal_stale"],
) {
  const rows = await facts.staleDeals(ctx.teamsOf(rule), ctx.day, params.days);
  return rows.flatMap((d) => {
    const fired = dealStaleAlert(dealFacts(d, ctx.day.today), params);
    return fired ? [dealCandidate(d, dealStaleTexts(d.name, fired), fired)] : [];
  });
}

export async function meetingPassedSubjects(
  facts: AlertFactsRepository,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["meeting_passed"],
) {
  const rows = await facts.meetingPassedDeals(ctx.teamsOf(rule), ctx.day, params.days);
  return rows.flatMap((d) => {
    const fired = meetingPassedAlert(dealFacts(d, ctx.day.today), params);
    return fired ? [dealCandidate(d, meetingPassedTexts(d.name, fired), fired)] : [];
  });
}

export async function leadUnansweredSubjects(
  facts: AlertFactsRepository,
  ctx: EvaluationContext,
  rule: AlertRuleView,
  params: AlertParams["lead_unanswered"],
) {
  const rows = await facts.unansweredLeads(ctx.teamsOf(rule), ctx.day.now, params.minutes);
  return rows.flatMap((lead): AlertCandidate[] => {
    const fired = leadUnansweredAlert({ ...lead, open: true }, ctx.day.now, ctx.hours, params);
    const recipientId = lead.ownerId ?? ctx.managerOf(lead.teamId ?? rule.teamId);
    if (!fired || !recipientId) return [];
    return [
      {
        subjectKey: `lead:${lead.id}`,
        recipientId,
        teamId: lead.teamId,
        link: `/leads/${lead.id}`,
        facts: {
          leadId: lead.id,
          companyName: lead.companyName,
          dueAt: fired.dueAt.toISOString(),
          businessMinutesWaiting: fired.businessMinutesWaiting,
          limitMinutes: fired.limitMinutes,
        },
        ...leadUnansweredTexts(lead.companyName, ctx.day.timeZone, fired),
      },
    ];
  });
}
