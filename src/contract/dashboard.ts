// The progress dashboard of a scope and period (SPEC.md C4, seeds 000, 002, 003): where we stand
// against target and pace, against the same point of the previous period, where we will land, the
// funnel, stale deals, activity volume against the daily targets, and the people behind the figures.
import { z } from "zod";
import { dateOnly, idSchema, scopeParam } from "./common";
import { staleness } from "./deals";
import { kpiStatus, kpiUnit } from "./kpis";

export const dashboardQuery = z.object({
  scope: scopeParam.optional(),
  /** "2026-11", "2026-W47", "FY2026-Q3", "FY2026" or a day; this month when absent. */
  period: z.string().max(20).optional(),
  /** The KPI people are ranked on; the KGI (revenue) when absent. */
  rankBy: z.string().max(50).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A scope with its name, as the breadcrumb and the drill-down list show it. */
export const scopeRef = z.object({
  /** The scope parameter that opens it: "org", "team:<id>" or "user:<id>". */
  scope: z.string(),
  kind: z.enum(["org", "team", "user"]),
  id: idSchema.nullable(),
  name: z.string(),
});
export type ScopeRef = z.infer<typeof scopeRef>;

export const periodRef = z.object({
  kind: z.enum(["day", "week", "month", "quarter", "fiscal_year"]),
  label: z.string(),
  start: dateOnly,
  end: dateOnly,
});

/** One KPI against its target and its business-day pace. */
export const kpiProgress = z.object({
  kpiKey: z.string(),
  name: z.string(),
  nameEn: z.string(),
  unit: kpiUnit,
  target: z.number().nullable(),
  actual: z.number().nullable(),
  /** actual ÷ target. */
  achievement: z.number().nullable(),
  /** Where a steady business-day pace puts the actual today: target × elapsed ÷ business days. */
  expectedToDate: z.number().nullable(),
  /** actual ÷ expectedToDate: 1 is on pace. */
  pace: z.number().nullable(),
  status: kpiStatus,
});
export type KpiProgress = z.infer<typeof kpiProgress>;

const pointInPeriod = z.object({
  kpiKey: z.string(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  achievement: z.number().nullable(),
});

export const funnelStage = z.object({
  stageId: idSchema,
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(["open", "won", "lost"]),
  /** Open deals in the stage now. */
  openDeals: z.number().int(),
  openAmount: z.number().int(),
  /** Stage moves of the period: deals that entered the stage, left it, and left it forward. */
  entered: z.number().int(),
  exits: z.number().int(),
  forwardExits: z.number().int(),
  /** forwardExits ÷ exits (SPEC.md stage conversion); null without exits. */
  conversion: z.number().nullable(),
  /** Mean days spent in the stage by the deals that left it in the period. */
  averageDwellDays: z.number().nullable(),
});

export const dashboardPerson = z.object({
  userId: idSchema,
  name: z.string(),
  teamName: z.string().nullable(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  achievement: z.number().nullable(),
  rank: z.number().int(),
});

export const dashboard = z.object({
  scope: scopeRef,
  /** From the org (or the highest scope the caller may read) down to this scope. */
  breadcrumb: z.array(scopeRef),
  /** One click down: the teams right below and the people of this team. */
  children: z.array(scopeRef),
  period: periodRef,
  today: dateOnly,
  kgi: kpiProgress,
  pace: z.object({
    businessDays: z.number().int(),
    elapsedBusinessDays: z.number().int(),
    /** The share of any target a steady pace reaches by today (e.g. 0.48). */
    expectedShare: z.number().nullable(),
    /** The action and tactical KPIs with a target in the scope, and the main ones even without. */
    kpis: z.array(kpiProgress),
  }),
  previousPeriod: z.object({
    period: periodRef,
    /** The date of the previous period after as many business days as have passed in this one. */
    asOf: dateOnly,
    elapsedBusinessDays: z.number().int(),
    kgi: pointInPeriod,
    kpis: z.array(pointInPeriod),
    /** The KGI's achievement now minus then, in points of 1 (0.3 = +30 points). */
    achievementDelta: z.number().nullable(),
  }),
  landing: z.object({
    wonToDate: z.number().int(),
    /** Σ amount × probability of the open deals expected to close in the period. */
    weightedOpen: z.number().int(),
    openDeals: z.number().int(),
    estimate: z.number().int(),
    target: z.number().nullable(),
    achievement: z.number().nullable(),
  }),
  funnel: z.object({
    pipelineId: idSchema.nullable(),
    pipelineName: z.string().nullable(),
    pipelineNameEn: z.string().nullable(),
    stages: z.array(funnelStage),
  }),
  stale: z.object({
    count: z.number().int(),
    amount: z.number().int(),
    /** The biggest stale deals first. */
    deals: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        accountName: z.string().nullable(),
        ownerName: z.string(),
        stageName: z.string(),
        stageNameEn: z.string(),
        amount: z.number().int().nullable(),
        staleness: staleness,
      }),
    ),
  }),
  activities: z.object({
    /** Each action KPI with its daily target from the KPI tree (monthly target ÷ business days). */
    items: z.array(
      kpiProgress.extend({
        /** The target per business day, rounded up. */
        dailyTarget: z.number().int().nullable(),
      }),
    ),
    daily: z.array(
      z.object({
        date: dateOnly,
        businessDay: z.boolean(),
        calls: z.number().int(),
        effectiveContacts: z.number().int(),
        meetingsSet: z.number().int(),
        meetingsHeld: z.number().int(),
        emailsSent: z.number().int(),
      }),
    ),
  }),
  rankings: z.object({
    kpiKey: z.string(),
    name: z.string(),
    nameEn: z.string(),
    unit: kpiUnit,
    people: z.array(dashboardPerson),
    /** Leading vs lagging (seed 003): activity volume against the ranked outcome, per person. */
    scatter: z.array(
      z.object({
        userId: idSchema,
        name: z.string(),
        /** Calls + emails + meetings held in the period. */
        activities: z.number().int(),
        outcome: z.number().nullable(),
      }),
    ),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;
