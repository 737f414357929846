// Shared shape of generated activities: when in the day they happen, how calls and emails turn out
// (the hour and weekday effects are what the time decomposition of seed 002 looks for).
import type { activities } from "../schema";
import { weekday } from "./demo-calendar";
import type { Person } from "./demo-org";
import type { Random } from "./demo-random";

export type ActivityRow = typeof activities.$inferInsert;
export type CallOutcome = "not_reached" | "reached" | "effective_contact" | "appointment_set";
export type EmailOutcome = "sent" | "opened" | "clicked" | "replied";

/** Share of calls per hour from 9:00 to 18:00: lunch dip, peaks late morning and afternoon. */
export const CALL_HOURS = [5, 14, 14, 4, 10, 14, 14, 13, 9, 3];
export const EMAIL_HOURS = [12, 15, 11, 5, 9, 11, 11, 11, 9, 6];
export const MEETING_HOURS = [2, 14, 14, 2, 12, 16, 16, 14, 8, 2];
/** Chance of reaching the person by hour (9:00-18:00): decision makers are out at lunch and early. */
const CONNECT_BY_HOUR = [0.8, 1.12, 1.08, 0.62, 0.85, 1.0, 1.05, 1.15, 1.0, 0.78];
/** Sunday..Saturday. Monday mornings are busy, Friday afternoons empty. */
const CONNECT_BY_WEEKDAY = [1, 0.92, 1.05, 1.05, 1.02, 0.93, 1];
const VOLUME_BY_WEEKDAY = [0, 1.05, 1.05, 1.0, 1.0, 0.9, 0];

/** A fractional hour in [9, maxHour), following the hourly weights. */
export function drawHour(rng: Random, weights: readonly number[], maxHour = 19): number {
  const slots = Math.min(weights.length, Math.ceil(maxHour - 9));
  let total = 0;
  for (let i = 0; i < slots; i++) total += weights[i] ?? 0;
  let threshold = rng.float() * total;
  let slot = 0;
  while (slot < slots - 1 && threshold >= (weights[slot] ?? 0)) threshold -= weights[slot++] ?? 0;
  const start = 9 + slot;
  return start + rng.float() * Math.min(1, maxHour - start);
}

export function connectFactor(day: number, hour: number): number {
  return (CONNECT_BY_HOUR[Math.floor(hour) - 9] ?? 0.8) * (CONNECT_BY_WEEKDAY[weekday(day)] ?? 1);
}

export function volumeFactor(day: number): number {
  return VOLUME_BY_WEEKDAY[weekday(day)] ?? 1;
}

export type CallOdds = { reach: number; effective: number; set: number };

export function drawCallOutcome(rng: Random, odds: CallOdds): CallOutcome {
  if (!rng.chance(Math.min(0.92, odds.reach))) return "not_reached";
  if (!rng.chance(Math.min(0.95, odds.effective))) return "reached";
  return rng.chance(Math.min(0.6, odds.set)) ? "appointment_set" : "effective_contact";
}

export type EmailOdds = { opened: number; clicked: number; replied: number };
export const PROSPECT_EMAIL: EmailOdds = { opened: 0.17, clicked: 0.05, replied: 0.075 };
export const CUSTOMER_EMAIL: EmailOdds = { opened: 0.18, clicked: 0.04, replied: 0.12 };

/** The furthest the recipient went: replied and clicked imply opened. */
export function drawEmailOutcome(rng: Random, odds: EmailOdds): EmailOutcome {
  const u = rng.float();
  if (u < odds.replied) return "replied";
  if (u < odds.replied + odds.clicked) return "clicked";
  if (u < odds.replied + odds.clicked + odds.opened) return "opened";
  return "sent";
}

/** Talk time: a ring or voicemail, a short exchange, a real conversation (seed 002: 3-5 minutes). */
export function callDuration(rng: Random, outcome: CallOutcome): number {
  switch (outcome) {
    case "not_reached":
      return rng.int(15, 45);
    case "reached":
      return rng.int(40, 150);
    case "effective_contact":
      return Math.round(rng.logNormal(240, 0.35));
    case "appointment_set":
      return Math.round(rng.logNormal(420, 0.3));
  }
}

export type ActivityInput = {
  kind: ActivityRow["kind"];
  outcome: string;
  subject: string;
  at: number;
  owner: Person;
  durationSec?: number | null;
  note?: string | null;
  leadId?: string | null;
  dealId?: string | null;
  accountId?: string | null;
  contactId?: string | null;
  /** When the record was entered; defaults to a few minutes after the activity. */
  createdAt?: number;
};

export function buildActivity(rng: Random, input: ActivityInput): ActivityRow {
  const created = new Date(input.createdAt ?? input.at + rng.int(1, 15) * 60_000);
  return {
    id: rng.uuid(),
    kind: input.kind,
    outcome: input.outcome,
    subject: input.subject,
    note: input.note ?? null,
    durationSec: input.durationSec ?? null,
    occurredAt: new Date(input.at),
    ownerId: input.owner.id,
    teamId: input.owner.team.id,
    leadId: input.leadId ?? null,
    dealId: input.dealId ?? null,
    accountId: input.accountId ?? null,
    contactId: input.contactId ?? null,
    createdAt: created,
    updatedAt: created,
    version: 1,
  };
}
