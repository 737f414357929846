// The KPI tree's reverse calculation (逆算): POST /api/v1/kpi-tree/plan.
import { z } from "zod";
import { idSchema, scopeParam } from "./common";

const rate = z.number().positive().max(1);

export const planRequest = z.object({
  scope: scopeParam.optional(),
  /** A month "YYYY-MM", a week "YYYY-Www", a fiscal quarter "FY2026-Q3" or year "FY2026". */
  period: z.string().max(20),
  kgi: z.object({ metric: z.enum(["revenue", "wins"]), value: z.number().int().positive().max(1e13) }),
  lookbackMonths: z.number().int().min(3).max(12).default(6),
  rates: z
    .object({
      averageDealSize: z.number().int().positive().max(1e12).optional(),
      winRate: rate.optional(),
      meetingSetRate: rate.optional(),
      effectiveContactRate: rate.optional(),
      /** The share of contacts that come from email replies; 0 turns the email branch off. */
      emailShare: z.number().min(0).max(1).optional(),
      emailReplyRate: rate.optional(),
    })
    .default({}),
});
export type PlanRequest = z.input<typeof planRequest>;

const perPerson = z.object({
  userId: idSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  skillLevel: z.enum(["junior", "mid", "senior"]).nullable(),
  required: z.number().int(),
  perBusinessDay: z.number().int().nullable(),
});

export const planNode = z.object({
  metric: z.enum(["revenue", "wins", "meetings", "effectiveContacts", "calls", "emailsSent"]),
  required: z.number().int(),
  /** Rounded up: at least this many each business day. Null when the period has no business day. */
  perBusinessDay: z.number().int().nullable(),
  /** The rate the node above was divided by to get this one. */
  dividedBy: z.string().nullable(),
  perPerson: z.array(perPerson),
});

export const planRate = z.object({
  key: z.enum([
    "averageDealSize",
    "winRate",
    "meetingSetRate",
    "effectiveContactRate",
    "emailShare",
    "emailReplyRate",
  ]),
  value: z.number().nullable(),
  source: z.enum(["override", "history"]),
  /** History: months with data in the lookback, and the records behind the median. */
  months: z.number().int(),
  sampleSize: z.number().int(),
  warning: z.enum(["thin_history", "small_sample", "no_data"]).nullable(),
});

export const planResponse = z.object({
  scope: z.string(),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  businessDays: z.number().int(),
  lookbackMonths: z.number().int(),
  nodes: z.array(planNode),
  rates: z.array(planRate),
});
export type PlanResponse = z.infer<typeof planResponse>;
