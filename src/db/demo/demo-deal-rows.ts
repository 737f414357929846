// The rows of one deal: the deal itself (its seven fields kept as a rep would keep them, or not),
// one stage-history row per move with the conditions and evidence the gate asked for, and the
// activities around it.
import type { DealGateField } from "../../domain/pipeline-templates";
import type { dealStageHistory, deals } from "../schema";
import { contactIdOf } from "./demo-accounts";
import { DAY_MS, dayOfInstant, formatDay, monthEndDay, monthOf, nextBusinessDay } from "./demo-calendar";
import type { DemoContext, StageRef } from "./demo-context";
import { writeDealActivities } from "./demo-deal-activities";
import { type DealFlow, type FlowStep, lastStep, simulateDealFlow } from "./demo-deal-flow";
import type { DealOrigin, OpenDeals } from "./demo-deals";
import { fillBant } from "./demo-lead-touch";
import { type Random, stableUuid } from "./demo-random";
import {
  accountNeeds,
  industries,
  newBusinessProducts,
  nextMeetingPurposes,
  renewalProducts,
  sizeBandAt,
  sizeBandDeal,
} from "./demo-vocabulary";

type DealRow = typeof deals.$inferInsert & { id: string };
const CHANNEL_WIN: Record<string, number> = {
  referral: 1.04,
  partner: 1.02,
  inbound_web: 1.01,
  outbound_list: 0.98,
  ad: 0.99,
};
const PROBABILITY_UP = ["決裁者の前向きな反応あり", "予算確保の目処が立った"];
const PROBABILITY_DOWN = ["競合が先行しているため慎重に見積もる", "稟議の時期が未確定"];
const OVERRIDE_REASONS = [
  "決裁者同席の商談で口頭合意済み。証跡は後日追加。",
  "先方都合で提案書は口頭説明のみ。次回送付予定。",
];

export function writeDeal(
  ctx: DemoContext,
  rng: Random,
  index: number,
  origin: DealOrigin,
  openDeals: OpenDeals,
) {
  const { seed, accounts, calendar, sinks, stats } = ctx;
  const { owner, pipeline, account } = origin;
  const id = stableUuid(seed, "deal", index);
  const industry = industries[accounts.industry[account] ?? 0] ?? industries[0];
  const band = sizeBandAt(accounts.sizeBand[account]);
  const renewal = pipeline === ctx.pipelines.renewal;
  const cycleFactor = sizeBandDeal[band].cycle * (industry?.cycleFactor ?? 1) * (renewal ? 0.8 : 1);
  const flow = simulateDealFlow(rng, {
    pipeline,
    createdAt: origin.createdAt,
    cutoff: calendar.cutoff,
    winFactor: owner.winFactor * (industry?.winFactor ?? 1) * (CHANNEL_WIN[origin.channel] ?? 1),
    cycleFactor,
    stuckRate: owner.stuckRate * (renewal ? 0.5 : 1),
    fromInsideSales: origin.fromInsideSales,
  });
  const last = lastStep(flow);
  const closedAt = flow.status === "open" ? null : last.at;
  const median = sizeBandDeal[band].median * (renewal ? 0.5 : 1);
  const amount =
    Math.round(Math.min(30_000_000, Math.max(300_000, rng.logNormal(median, 0.55))) / 10_000) * 10_000;
  const fields = fillRequiredFields(ctx, rng, { id, origin, flow });
  const { expectedCloseDate, pushes } = planCloseDate(ctx, rng, flow, cycleFactor, origin.createdAt);
  const current = last.to;
  const overrideProbability = flow.status === "open" && rng.chance(0.06);
  const adjustment = rng.pick([-15, -10, 10, 15]);
  const row: DealRow = {
    id,
    name: `${accounts.shortNames[account]} ${rng.pick(renewal ? renewalProducts : newBusinessProducts)}`,
    accountId: accounts.ids[account] ?? null,
    ownerId: owner.id,
    teamId: owner.team.id,
    pipelineId: pipeline.id,
    stageId: current.id,
    status: flow.status,
    amount,
    probability: overrideProbability
      ? Math.max(5, Math.min(95, current.probability + adjustment))
      : current.probability,
    probabilityReason: overrideProbability
      ? rng.pick(adjustment > 0 ? PROBABILITY_UP : PROBABILITY_DOWN)
      : null,
    expectedCloseDate,
    ...fields,
    channel: origin.channel,
    lostReason: flow.lostReason,
    closeDatePushes: pushes,
    stageEnteredAt: new Date(last.at),
    createdAt: new Date(origin.createdAt),
    updatedAt: new Date(updatedAt(rng, flow, calendar.cutoff)),
    closedAt: closedAt === null ? null : new Date(closedAt),
    version: flow.steps.length + pushes + rng.int(0, 3),
  };
  sinks.deals.push(row);
  for (const step of flow.steps) sinks.dealStageHistory.push(historyRow(rng, row, origin, step));
  writeDealActivities(ctx, rng, { row, origin, flow });
  if (flow.status === "won" && closedAt !== null) {
    stats.add(owner.index, "revenue", closedAt, amount);
    stats.add(owner.index, "wins", closedAt);
  }
  if (flow.status === "open") {
    const list = openDeals.get(owner.index) ?? [];
    if (list.length < 4) list.push(id);
    openDeals.set(owner.index, list);
  }
}

type DealFields = Pick<
  DealRow,
  | "nextMeetingDate"
  | "nextMeetingPurpose"
  | "decisionMakerId"
  | "minutesUrl"
  | "bantBudget"
  | "bantAuthority"
  | "bantNeed"
  | "bantTiming"
>;

/** Fields the gates of the stages entered required are filled; the rest only sometimes. */
function fillRequiredFields(
  ctx: DemoContext,
  rng: Random,
  deal: { id: string; origin: DealOrigin; flow: DealFlow },
): DealFields {
  const { flow, origin } = deal;
  const required = new Set<DealGateField>();
  let minutesDay = -1;
  for (const step of flow.steps) {
    for (const stage of [...step.skipped, step.to]) for (const f of stage.requiredFields) required.add(f);
    if (step.to.requiredEvidence.some((e) => e.key === "minutesUrl")) minutesDay = dayOfInstant(step.at);
  }
  const bant = { ...origin.bant };
  if (flow.steps.length > 1)
    fillBant(rng, bant, { bantBudget: 0.3, bantAuthority: 0.3, bantNeed: 0.5, bantTiming: 0.3 });
  fillBant(rng, bant, {
    bantBudget: required.has("bantBudget") ? 1 : 0,
    bantAuthority: required.has("bantAuthority") ? 1 : 0,
    bantNeed: required.has("bantNeed") ? 1 : 0,
    bantTiming: required.has("bantTiming") ? 1 : 0,
  });
  const current = lastStep(flow).to;
  const knowsDecisionMaker = required.has("decisionMakerId") || rng.chance(0.35);
  return {
    ...bant,
    ...nextMeeting(ctx, rng, flow, current),
    decisionMakerId: knowsDecisionMaker ? contactIdOf(ctx.accounts, origin.account, 0) : null,
    minutesUrl:
      minutesDay >= 0 || required.has("minutesUrl")
        ? minutesUrl(deal.id, Math.max(minutesDay, dayOfInstant(origin.createdAt)))
        : null,
  };
}

/** Healthy open deals have their next meeting booked; stalled ones show a past date or none. */
function nextMeeting(ctx: DemoContext, rng: Random, flow: DealFlow, current: StageRef) {
  const { today } = ctx.calendar;
  const purposes = nextMeetingPurposes[current.key];
  if (flow.status !== "open" || !purposes) return { nextMeetingDate: null, nextMeetingPurpose: null };
  const purpose = rng.pick(purposes);
  if (flow.stalled) {
    if (current.index === 0 && rng.chance(0.5)) return { nextMeetingDate: null, nextMeetingPurpose: null };
    const past = Math.min(today - 1, dayOfInstant(flow.lastUpdate) + rng.int(1, 7));
    return { nextMeetingDate: formatDay(past), nextMeetingPurpose: purpose };
  }
  if (rng.chance(0.1))
    return { nextMeetingDate: formatDay(today - rng.int(1, 6)), nextMeetingPurpose: purpose };
  return { nextMeetingDate: formatDay(nextBusinessDay(today + rng.int(1, 14))), nextMeetingPurpose: purpose };
}

/** Month-end close dates that slip a month at a time while the deal is still open. */
function planCloseDate(
  ctx: DemoContext,
  rng: Random,
  flow: DealFlow,
  cycleFactor: number,
  createdAt: number,
) {
  const { today } = ctx.calendar;
  const created = dayOfInstant(createdAt);
  // Reps are optimistic: the first close date is often earlier than the deal will really close.
  let expected = monthEndDay(monthOf(created + Math.round(55 * cycleFactor * rng.between(0.5, 1.2))));
  const horizon =
    flow.status !== "open"
      ? dayOfInstant(lastStep(flow).at)
      : flow.stalled
        ? dayOfInstant(flow.lastUpdate)
        : today;
  let pushes = 0;
  while (expected < horizon) {
    pushes++;
    expected = monthEndDay(monthOf(expected) + (rng.chance(0.2) ? 2 : 1));
  }
  if (flow.status !== "open") expected = dayOfInstant(lastStep(flow).at);
  return { expectedCloseDate: formatDay(expected), pushes };
}

function updatedAt(rng: Random, flow: DealFlow, cutoff: number): number {
  if (flow.status !== "open" || flow.stalled) return flow.lastUpdate;
  return Math.max(lastStep(flow).at, cutoff - rng.between(0.05, 5) * DAY_MS);
}

function historyRow(
  rng: Random,
  deal: DealRow,
  origin: DealOrigin,
  step: FlowStep,
): typeof dealStageHistory.$inferInsert {
  const { owner } = origin;
  const manager = owner.team.managerId ?? owner.id;
  const stages = [...step.skipped, step.to];
  const conditions =
    step.to.kind === "lost" ? [] : stages.flatMap((s) => s.entryConditions.map((c) => c.key));
  const evidence: Record<string, string> = {};
  if (!step.override && step.to.kind !== "lost") {
    for (const stage of stages)
      for (const item of stage.requiredEvidence)
        evidence[item.key] = evidenceValue(rng, deal.id, item, step.at);
  }
  const cleanup = step.to.kind === "lost" && deal.lostReason === "no_response" && rng.chance(0.5);
  return {
    dealId: deal.id,
    fromStageId: step.from?.id ?? null,
    toStageId: step.to.id,
    ownerId: owner.id,
    teamId: owner.team.id,
    changedBy: step.from === null ? origin.createdBy : step.override || cleanup ? manager : owner.id,
    changedAt: new Date(step.at),
    conditions: step.override ? conditions.slice(0, -1) : conditions,
    evidence,
    overrideReason: step.override ? rng.pick(OVERRIDE_REASONS) : null,
  };
}

function evidenceValue(rng: Random, dealId: string, item: { key: string; type: string }, at: number): string {
  const short = dealId.slice(0, 8);
  const day = dayOfInstant(at);
  switch (item.key) {
    case "minutesUrl":
      return minutesUrl(dealId, day);
    case "agreedIssues":
      return rng.pick(accountNeeds);
    case "proposalUrl":
      return `https://drive.susumu.example/deals/${short}/proposal-v${rng.int(1, 3)}.pdf`;
    case "contractUrl":
      return `https://sign.susumu.example/contracts/${short}`;
    case "approvalDate":
      return formatDay(nextBusinessDay(day + rng.int(5, 20)));
  }
  if (item.type === "url") return `https://drive.susumu.example/deals/${short}/${item.key}`;
  return item.type === "date" ? formatDay(day) : "確認済み";
}

function minutesUrl(dealId: string, day: number): string {
  return `https://drive.susumu.example/deals/${dealId.slice(0, 8)}/minutes-${formatDay(day).replaceAll("-", "")}`;
}
