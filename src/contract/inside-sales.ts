// The inside-sales figures of a scope and period (seed 002): the IS KPI set against targets, and
// conversion by lead channel (lead → meeting → deal → won), shared by the dashboard and the analysis.
import { z } from "zod";
import { scopeParam } from "./common";
import { kpiProgress, periodRef } from "./dashboard";

const rate = z.number().nullable();

export const channelConversion = z.object({
  channel: z.string(),
  label: z.string(),
  labelEn: z.string(),
  /** Leads that arrived in the period through the channel. */
  leads: z.number().int(),
  /** Of them, those with a meeting set (an appointment call, a meeting, or a hand-off). */
  meetings: z.number().int(),
  /** Of them, those handed off as a deal. */
  deals: z.number().int(),
  /** Of them, those whose deal is won (so far), and its amount. */
  won: z.number().int(),
  wonAmount: z.number().int(),
  meetingRate: rate,
  dealRate: rate,
  winRate: rate,
  leadToWon: rate,
});
export type ChannelConversion = z.infer<typeof channelConversion>;

export const insideSalesSection = z.object({
  /** The IS KPIs of seed 002 with a definition, against the scope's targets. */
  kpis: z.array(kpiProgress),
  channels: z.array(channelConversion),
  total: channelConversion,
  /** Open leads of the scope unanswered past their SLA right now. */
  slaBreachedNow: z.number().int(),
});
export type InsideSalesSection = z.infer<typeof insideSalesSection>;

export const insideSalesQuery = z.object({
  scope: scopeParam.optional(),
  /** "2026-11", "2026-W47", "FY2026-Q3", "FY2026"; this month when absent. */
  period: z.string().max(20).optional(),
});
export const insideSales = insideSalesSection.extend({ scope: z.string(), period: periodRef });
export type InsideSales = z.infer<typeof insideSales>;
