// Inside sales, day by day for each IS rep: inbound leads arrive (web, event, ad, referral,
// partner) and are answered after the rep's response time; the day's call and email capacity goes
// to due follow-ups first, then to new outbound-list leads. Leads are written when they leave the
// queue, together with their activities, so a lead row always precedes its activities.
import { addBusinessMinutes, businessMinutesBetween } from "../../domain/inside-sales/business-hours";
import { defaultInsideSalesSettings } from "../../domain/inside-sales/inside-sales-settings";
import { drawCompanyName } from "./demo-accounts";
import { CALL_HOURS, drawHour, EMAIL_HOURS, volumeFactor } from "./demo-activity-rows";
import { dayOfInstant, hourOfInstant, isBusinessDay, nextBusinessDay, tokyoInstant } from "./demo-calendar";
import type { DemoContext } from "./demo-context";
import {
  type Handoff,
  type LeadChannel,
  type LeadState,
  type TouchScope,
  touchLead,
} from "./demo-lead-touch";
import { drawPersonName } from "./demo-names";
import type { Person } from "./demo-org";
import { createRandom, type Random } from "./demo-random";

const INBOUND_CHANNELS: LeadChannel[] = ["inbound_web", "event", "ad", "referral", "partner"];
const INBOUND_WEIGHTS = [50, 18, 17, 7, 8];
const WEB_FORM_HOURS = [3, 6, 8, 8, 5, 8, 8, 8, 7, 6, 5, 4, 4, 4, 3, 2];
const MINUTE = 60_000;
const { slaMinutes, businessHours } = defaultInsideSalesSettings;
const HOURS = { ...businessHours, timeZone: "Asia/Tokyo" };

export async function generateLeads(ctx: DemoContext): Promise<Handoff[]> {
  const handoffs: Handoff[] = [];
  for (const person of ctx.org.people) {
    if (person.func !== "IS" || person.volume <= 0) continue;
    simulateInsideSales({ ctx, person, rng: createRandom(ctx.seed, "is", person.index), handoffs });
    await ctx.writer.flushIfFull();
  }
  return handoffs;
}

function simulateInsideSales(scope: TouchScope) {
  const { ctx, person, rng } = scope;
  const { calendar, config } = ctx;
  let active: LeadState[] = [];
  let arrivedUntil = person.activeFrom - 1;
  for (const day of calendar.businessDays) {
    if (day < person.activeFrom) continue;
    for (let d = arrivedUntil + 1; d <= day; d++) active.push(...receiveInbound(scope, d));
    arrivedUntil = day;
    const share = volumeFactor(day) * (day === calendar.today ? 0.35 : 1);
    let calls = rng.poisson(config.is.calls * person.volume * share);
    let emails = rng.poisson(config.is.emails * person.volume * share);
    const maxHour = day === calendar.today ? 12 : 19;
    const due = active
      .filter((lead) => !lead.closed && lead.dueDay <= day)
      .sort(
        (a, b) =>
          Number(a.firstTouchAt !== null) - Number(b.firstTouchAt !== null) || a.createdAt - b.createdAt,
      );
    for (const lead of due) {
      if (calls + emails === 0) break;
      const useEmail =
        calls === 0 || (emails > 0 && lead.firstTouchAt !== null && lead.reachBoost < 2 && rng.chance(0.35));
      const at = touchTime(rng, lead, day, useEmail ? EMAIL_HOURS : CALL_HOURS, maxHour);
      if (at >= calendar.cutoff) continue;
      if (useEmail) emails--;
      else calls--;
      touchLead(scope, lead, useEmail ? "email" : "call", at);
    }
    for (; calls > 0; calls--) {
      const lead = importListLead(scope, day);
      active.push(lead);
      touchLead(scope, lead, "call", touchTime(rng, lead, day, CALL_HOURS, maxHour));
    }
    const open = active.filter(
      (lead) => !lead.closed && lead.lastTouchAt !== null && dayOfInstant(lead.lastTouchAt) < day,
    );
    for (; emails > 0 && open.length > 0; emails--) {
      const lead = rng.pick(open);
      touchLead(scope, lead, "email", touchTime(rng, lead, day, EMAIL_HOURS, maxHour), true);
    }
    active = writeClosedLeads(scope, active);
  }
  for (const lead of active) writeLead(scope, lead);
}

/** Leads that arrive on calendar day `day` (web forms also come in at night and on weekends). */
function receiveInbound(scope: TouchScope, day: number): LeadState[] {
  const { ctx, person, rng } = scope;
  const { calendar, config } = ctx;
  const inbound = person.team.isMode === "inbound";
  const progress = (day - calendar.historyStart) / Math.max(1, calendar.today - calendar.historyStart);
  const open = isBusinessDay(day) ? 1 : 0.3;
  const rate =
    (inbound ? config.is.inboundLeads : config.is.inboundLeads * 0.12) *
    person.volume *
    open *
    (0.85 + 0.3 * progress);
  const leads: LeadState[] = [];
  for (let n = rng.poisson(rate); n > 0; n--) {
    let channel = inbound
      ? rng.pickWeighted(INBOUND_CHANNELS, INBOUND_WEIGHTS)
      : rng.pick(["referral", "partner"] as const);
    if (channel === "event" && !isBusinessDay(day)) channel = "inbound_web";
    const createdAt = tokyoInstant(day, arrivalHour(rng, channel));
    if (createdAt >= calendar.cutoff) continue;
    const plannedFirstTouch = planFirstTouch(rng, person, channel, createdAt);
    leads.push(newLead(rng, channel, createdAt, plannedFirstTouch, rng.int(6, 8)));
  }
  return leads;
}

function arrivalHour(rng: Random, channel: LeadChannel): number {
  if (channel === "event") return 17 + rng.float() * 2; // entered after the seminar
  if (channel === "referral" || channel === "partner") return 10 + rng.float() * 7;
  return drawHour(rng, WEB_FORM_HOURS, 25) - 1; // 8:00-24:00
}

/** Response time: minutes for a rep at their desk, the next morning for night and weekend leads. */
function planFirstTouch(rng: Random, person: Person, channel: LeadChannel, createdAt: number): number {
  const day = dayOfInstant(createdAt);
  const hour = hourOfInstant(createdAt);
  const speed = person.responseMinutes;
  if (channel === "event") return tokyoInstant(nextBusinessDay(day + rng.int(1, 2)), 9.5 + rng.float() * 3);
  const delay =
    channel === "inbound_web" || channel === "ad" ? rng.logNormal(speed, 0.9) : rng.logNormal(speed * 4, 0.7);
  const answered = createdAt + Math.max(1, delay) * MINUTE;
  if (isBusinessDay(day) && hour >= 9 && hourOfInstant(answered) < 18.5 && dayOfInstant(answered) === day)
    return answered;
  const morning = nextBusinessDay(day + (isBusinessDay(day) && hour < 9 ? 0 : 1));
  return tokyoInstant(morning, 9) + Math.min(480, rng.logNormal(speed * 1.5, 0.6)) * MINUTE;
}

function importListLead(scope: TouchScope, day: number): LeadState {
  return newLead(
    scope.rng,
    "outbound_list",
    tokyoInstant(day, 8.5 + scope.rng.float() * 0.5),
    null,
    scope.rng.int(4, 6),
  );
}

function newLead(
  rng: Random,
  channel: LeadChannel,
  createdAt: number,
  planned: number | null,
  maxAttempts: number,
): LeadState {
  return {
    id: rng.uuid(),
    channel,
    createdAt,
    plannedFirstTouch: planned,
    firstTouchAt: null,
    lastTouchAt: null,
    dueDay: planned === null ? dayOfInstant(createdAt) : dayOfInstant(planned),
    attempts: 0,
    maxAttempts,
    touches: 0,
    nurtures: 0,
    reachBoost: 1,
    status: "new",
    closed: false,
    disqualifiedReason: null,
    convertedDealId: null,
    account: -1,
    bant: { bantBudget: null, bantAuthority: null, bantNeed: null, bantTiming: null },
    rows: [],
  };
}

/** The planned answer time for a first touch on its day, otherwise a time drawn for the day. */
function touchTime(
  rng: Random,
  lead: LeadState,
  day: number,
  hours: readonly number[],
  maxHour: number,
): number {
  if (
    lead.firstTouchAt === null &&
    lead.plannedFirstTouch !== null &&
    dayOfInstant(lead.plannedFirstTouch) === day
  ) {
    return lead.plannedFirstTouch;
  }
  const at = tokyoInstant(day, drawHour(rng, hours, maxHour));
  return Math.max(at, lead.createdAt + rng.int(2, 30) * MINUTE, (lead.lastTouchAt ?? 0) + 5 * MINUTE);
}

function writeClosedLeads(scope: TouchScope, active: LeadState[]): LeadState[] {
  const stillOpen: LeadState[] = [];
  for (const lead of active) {
    if (lead.closed) writeLead(scope, lead);
    else stillOpen.push(lead);
  }
  return stillOpen;
}

function writeLead(scope: TouchScope, lead: LeadState) {
  const { ctx, person, rng } = scope;
  const { accounts, sinks } = ctx;
  const converted = lead.account >= 0;
  const company = converted ? null : drawCompanyName(rng);
  const contact = drawPersonName(rng);
  const domain = converted ? accounts.domains[lead.account] : company?.domain;
  const accountId = converted ? (accounts.ids[lead.account] ?? null) : null;
  sinks.leads.push({
    id: lead.id,
    accountId,
    companyName: (converted ? accounts.names[lead.account] : company?.name) ?? "",
    contactName: contact.name,
    email: `${contact.given.charAt(0)}.${contact.family}@${domain}`.toLowerCase(),
    phone: `0${rng.int(3, 6)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`,
    channel: lead.channel,
    status: lead.status,
    ownerId: person.id,
    teamId: person.team.id,
    firstResponseAt: lead.firstTouchAt === null ? null : new Date(lead.firstTouchAt),
    responseDueAt: addBusinessMinutes(new Date(lead.createdAt), slaMinutes, HOURS),
    responseMinutes:
      lead.firstTouchAt === null
        ? null
        : businessMinutesBetween(new Date(lead.createdAt), new Date(lead.firstTouchAt), HOURS),
    convertedDealId: lead.convertedDealId,
    disqualifiedReason: lead.disqualifiedReason,
    ...lead.bant,
    createdAt: new Date(lead.createdAt),
    updatedAt: new Date(lead.lastTouchAt ?? lead.createdAt),
    version: lead.touches + 1,
  });
  for (const row of lead.rows) {
    if (accountId) row.accountId = accountId;
    sinks.activities.push(row);
  }
  lead.rows = [];
}
