// The KPI catalogue, the org's CSF/KFS, phase presets, the KPI tree of a scope and each person's daily
// action targets (SPEC.md C3, seeds 002-004).
import { z } from "zod";
import { idSchema, scopeParam } from "./common";

export const kpiUnit = z.enum(["count", "ratio", "yen", "days", "minutes", "score"]);
export const kpiTier = z.enum(["strategic", "tactical", "action"]);

export const kpiDefinition = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** "metric", "metric / metric" or "median(measure)" over the base metrics of GET /kpi-metrics. */
  formula: z.string(),
  unit: kpiUnit,
  tier: kpiTier,
  cadence: z.enum(["daily", "weekly", "monthly"]),
  direction: z.enum(["higher", "lower"]),
  ownerId: idSchema.nullable(),
  description: z.string(),
  descriptionEn: z.string(),
  builtIn: z.boolean(),
});
export type KpiDefinition = z.infer<typeof kpiDefinition>;

export const kpiCreate = kpiDefinition.omit({ builtIn: true }).extend({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{1,49}$/, "camelCase"),
  ownerId: idSchema.nullable().default(null),
});

export const kpiMetric = z.object({ key: z.string(), label: z.string(), labelEn: z.string() });

/** CSF / KFS (seed 003-004): the few factors that decide the KGI, each watched by KPIs. */
export const successFactor = z.object({
  id: idSchema.optional(),
  kind: z.enum(["csf", "kfs"]),
  name: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).default(""),
  kpiKeys: z.array(z.string()).max(20),
});
export const successFactors = z.array(successFactor).max(30);

export const phasePreset = z.object({
  key: z.enum(["launch", "growth", "mature"]),
  name: z.string(),
  nameEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  kpis: z.array(z.object({ kpiKey: z.string(), stars: z.number().int().min(1).max(3) })),
});

export const teamKpi = z.object({ kpiKey: z.string(), stars: z.number().int().min(1).max(3) });
export const teamKpisUpdate = z.object({
  /** Apply a preset in one step; or give the list (ordered). */
  preset: z.enum(["launch", "growth", "mature"]).optional(),
  kpis: z.array(teamKpi).max(30).optional(),
});

export const kpiTreeQuery = z.object({ scope: scopeParam.optional(), period: z.string().max(20) });

export const kpiStatus = z.enum(["on_track", "behind", "at_risk", "no_target"]);
export const kpiTreeNode = z.object({
  kpiKey: z.string(),
  tier: kpiTier,
  /** The node this one feeds (the KGI for the tier below it). */
  parentKey: z.string().nullable(),
  target: z.number().nullable(),
  stretch: z.number().nullable(),
  minimum: z.number().nullable(),
  actual: z.number().nullable(),
  /** actual ÷ target; null without a target or data. */
  achievement: z.number().nullable(),
  /** actual ÷ (target × elapsed business days ÷ business days), for counts and money. */
  pace: z.number().nullable(),
  status: kpiStatus,
  stars: z.number().int().nullable(),
  sampleSize: z.number().int(),
});
export const kpiTree = z.object({
  scope: z.string(),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  businessDays: z.number().int(),
  elapsedBusinessDays: z.number().int(),
  nodes: z.array(kpiTreeNode),
});
export type KpiTree = z.infer<typeof kpiTree>;

/** "My targets": today's action targets next to what was done today and this week. */
export const dailyTargets = z.object({
  date: z.string(),
  week: z.object({
    start: z.string(),
    end: z.string(),
    businessDays: z.number().int(),
    elapsedBusinessDays: z.number().int(),
  }),
  items: z.array(
    z.object({
      kpiKey: z.enum(["calls", "effectiveContacts", "meetingsSet", "meetings"]),
      monthlyTarget: z.number().nullable(),
      /** The month's target ÷ its business days, rounded up. */
      dailyTarget: z.number().int().nullable(),
      today: z.number().int(),
      week: z.number().int(),
      weekTargetToDate: z.number().int().nullable(),
    }),
  ),
});
export type DailyTargets = z.infer<typeof dailyTargets>;
