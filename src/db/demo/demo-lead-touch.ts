// One inside-sales touch on a lead (a call or an email) and what it does to the lead: the funnel
// calls → reached → effective contact → meeting set (seed 002), lead status, BANT and hand-off.

import type { LeadStatus } from "../../domain/inside-sales/lead-status";
import {
  type ActivityRow,
  buildActivity,
  callDuration,
  connectFactor,
  drawCallOutcome,
  drawEmailOutcome,
  PROSPECT_EMAIL,
} from "./demo-activity-rows";
import { addBusinessDays, dayOfInstant, hourOfInstant, nextBusinessDay } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import type { Person } from "./demo-org";
import { type Random, stableUuid } from "./demo-random";
import { bantPhrases, disqualifyReasons } from "./demo-vocabulary";

export type LeadChannel = "inbound_web" | "outbound_list" | "event" | "referral" | "partner" | "ad";
export type Bant = {
  bantBudget: string | null;
  bantAuthority: string | null;
  bantNeed: string | null;
  bantTiming: string | null;
};

export type LeadState = {
  id: string;
  channel: LeadChannel;
  createdAt: number;
  /** When an inbound lead gets its first answer if the rep has time that day. */
  plannedFirstTouch: number | null;
  firstTouchAt: number | null;
  lastTouchAt: number | null;
  dueDay: number;
  attempts: number;
  maxAttempts: number;
  touches: number;
  nurtures: number;
  reachBoost: number;
  status: LeadStatus;
  closed: boolean;
  disqualifiedReason: string | null;
  convertedDealId: string | null;
  account: number;
  bant: Bant;
  rows: ActivityRow[];
};

export type Handoff = {
  dealIndex: number;
  /** The inside-sales rep who set the meeting and created the deal. */
  createdBy: string;
  leadId: string;
  at: number;
  channel: LeadChannel;
  account: number;
  bant: Bant;
};

/** Channel effects on reach, effective contact and meeting set: inbound and referrals convert best. */
export const channelOdds: Record<LeadChannel, { reach: number; effective: number; set: number }> = {
  inbound_web: { reach: 1.3, effective: 1.08, set: 1.6 },
  event: { reach: 1.12, effective: 1.0, set: 1.15 },
  ad: { reach: 1.08, effective: 0.96, set: 0.95 },
  referral: { reach: 1.4, effective: 1.15, set: 2.1 },
  partner: { reach: 1.25, effective: 1.08, set: 1.5 },
  outbound_list: { reach: 0.92, effective: 0.96, set: 0.72 },
};

const EMAIL_SUBJECTS = ["資料送付のご案内", "導入事例のご紹介", "セミナーのご案内", "フォローアップのご連絡"];
/** Share of agreed meetings whose date gets fixed (seed 002: appointment rate 80-90%). */
const DATE_FIXED = 0.88;

export type TouchScope = { ctx: DemoContext; person: Person; rng: Random; handoffs: Handoff[] };

export function touchLead(
  scope: TouchScope,
  lead: LeadState,
  kind: "call" | "email",
  at: number,
  nurture = false,
) {
  const { rng, person } = scope;
  const day = dayOfInstant(at);
  const first = lead.firstTouchAt === null;
  if (first) lead.firstTouchAt = at;
  lead.lastTouchAt = at;
  lead.touches++;
  if (lead.status === "new") lead.status = "working";
  if (kind === "email") {
    const outcome = drawEmailOutcome(rng, PROSPECT_EMAIL);
    const subject =
      first && lead.channel !== "outbound_list" ? "お問い合わせへのご連絡" : rng.pick(EMAIL_SUBJECTS);
    lead.rows.push(
      buildActivity(rng, { kind: "email", outcome, subject, at, owner: person, leadId: lead.id }),
    );
    if (!nurture) lead.attempts++;
    lead.reachBoost = outcome === "replied" ? 2.6 : outcome === "sent" ? 1 : 1.25;
    // A nurture email keeps the lead's schedule unless the prospect answers.
    if (outcome === "replied") lead.dueDay = nextBusinessDay(day + 1);
    else if (!nurture) lead.dueDay = addBusinessDays(day, rng.int(1, 3));
    if (lead.attempts >= lead.maxAttempts && outcome !== "replied") giveUp(rng, lead);
    return;
  }
  const odds = channelOdds[lead.channel];
  const outcome = drawCallOutcome(rng, {
    reach: person.connect * connectFactor(day, hourOfInstant(at)) * odds.reach * lead.reachBoost,
    effective: person.effective * odds.effective,
    set: person.meetingSet * odds.set * (lead.nurtures > 0 ? 1.3 : 1),
  });
  const subject = first ? "初回架電" : "フォロー架電";
  const durationSec = callDuration(rng, outcome);
  lead.rows.push(
    buildActivity(rng, { kind: "call", outcome, subject, at, owner: person, leadId: lead.id, durationSec }),
  );
  scope.ctx.stats.add(person.index, "calls", at);
  lead.reachBoost = 1;
  switch (outcome) {
    case "not_reached":
    case "reached":
      lead.attempts++;
      lead.dueDay = addBusinessDays(day, outcome === "reached" ? rng.int(2, 4) : rng.int(1, 3));
      if (lead.attempts >= lead.maxAttempts) giveUp(rng, lead);
      return;
    case "effective_contact":
      recordConversation(rng, lead, day);
      return;
    case "appointment_set":
      setMeeting(scope, lead, at);
      return;
  }
}

/** Unreachable after the planned attempts: mostly disqualified, some simply left in "working". */
function giveUp(rng: Random, lead: LeadState) {
  lead.closed = true;
  // A lead that had a real conversation is being nurtured: it stays in work.
  if (lead.nurtures > 0) return;
  if (rng.chance(0.82)) {
    lead.status = "disqualified";
    lead.disqualifiedReason = "unreachable";
  }
}

/** A real conversation without a meeting: not interested now, or nurtured for a later call. */
function recordConversation(rng: Random, lead: LeadState, day: number) {
  lead.status = "working";
  fillBant(rng, lead.bant, { bantNeed: 0.8, bantTiming: 0.5, bantBudget: 0.35, bantAuthority: 0.4 });
  if (lead.nurtures >= 2 || rng.chance(0.55)) {
    lead.status = "disqualified";
    lead.disqualifiedReason = rng.pick(disqualifyReasons.slice(1));
    lead.closed = true;
    return;
  }
  lead.nurtures++;
  lead.attempts = 0;
  lead.maxAttempts = 3;
  lead.dueDay = addBusinessDays(day, rng.int(15, 35));
}

function setMeeting(scope: TouchScope, lead: LeadState, at: number) {
  const { rng, person, ctx, handoffs } = scope;
  lead.status = "qualified";
  lead.closed = true;
  if (rng.chance(person.bantDiscipline)) {
    fillBant(rng, lead.bant, { bantNeed: 1, bantTiming: 1, bantBudget: 1, bantAuthority: 1 });
  } else {
    fillBant(rng, lead.bant, { bantNeed: 0.9, bantTiming: 0.6, bantBudget: 0.4, bantAuthority: 0.5 });
  }
  if (!rng.chance(DATE_FIXED)) return;
  const dealIndex = handoffs.length;
  lead.status = "handed_off";
  lead.convertedDealId = stableUuid(ctx.seed, "deal", dealIndex);
  lead.account = pickProspect(ctx, rng, dayOfInstant(at));
  const handoffAt = Math.min(at + rng.int(10, 90) * 60_000, ctx.calendar.cutoff - 60_000);
  handoffs.push({
    dealIndex,
    createdBy: person.id,
    leadId: lead.id,
    at: handoffAt,
    channel: lead.channel,
    account: lead.account,
    bant: { ...lead.bant },
  });
}

/** A prospect account whose field-sales owner already works here on that day. */
function pickProspect(ctx: DemoContext, rng: Random, day: number): number {
  const { accounts, org } = ctx;
  let account = rng.pick(accounts.prospects);
  for (let attempt = 0; attempt < 12; attempt++) {
    const owner = org.people[accounts.owner[account] ?? 0];
    if (owner && owner.activeFrom <= day) return account;
    account = rng.pick(accounts.prospects);
  }
  return account;
}

export function fillBant(rng: Random, bant: Bant, odds: Record<keyof Bant, number>) {
  if (!bant.bantBudget && rng.chance(odds.bantBudget)) bant.bantBudget = rng.pick(bantPhrases.budget);
  if (!bant.bantAuthority && rng.chance(odds.bantAuthority))
    bant.bantAuthority = rng.pick(bantPhrases.authority);
  if (!bant.bantNeed && rng.chance(odds.bantNeed)) bant.bantNeed = rng.pick(bantPhrases.need);
  if (!bant.bantTiming && rng.chance(odds.bantTiming)) bant.bantTiming = rng.pick(bantPhrases.timing);
}
