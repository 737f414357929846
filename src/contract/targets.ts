// Targets (目標): a KPI × period × scope with stretch / achievement / minimum levels, revisions and
// allocation of a team target to its members (SPEC.md C3, seed 002).
import { z } from "zod";
import { idSchema, scopeParam } from "./common";

export const revisionCategory = z.enum(["external_temporary", "permanent_change", "wrong_assumption"]);
const level = z.number().min(0).max(1e13);
const revision = z.object({ category: revisionCategory, text: z.string().trim().min(1).max(2000) });

export const targetsQuery = z.object({
  scope: scopeParam.optional(),
  period: z.string().max(20),
  kpiKey: z.string().max(100).optional(),
  /** Also the targets of the teams and people below the scope. */
  below: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .default(false),
});

export const targetUpsert = z.object({
  kpiKey: z.string().max(100),
  period: z.string().max(20),
  scope: scopeParam,
  value: level,
  stretch: level.nullable().optional(),
  minimum: level.nullable().optional(),
  /** The version read, when changing an existing target. */
  version: z.number().int().min(1).optional(),
  /** Required once the period has started (seed 002's revision rules). */
  revision: revision.optional(),
});
export type TargetUpsert = z.infer<typeof targetUpsert>;

export const target = z.object({
  id: idSchema,
  kpiKey: z.string(),
  period: z.string(),
  periodStart: z.string(),
  scope: z.string(),
  value: z.number(),
  stretch: z.number().nullable(),
  minimum: z.number().nullable(),
  version: z.number().int(),
  revisions: z.number().int(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof target>;

export const allocationRequest = z.object({
  kpiKey: z.string().max(100),
  period: z.string().max(20),
  teamId: idSchema,
  /** By skill-level weights, or by hand (the values must add up to the team's target). */
  method: z.enum(["skill", "manual"]),
  values: z.record(idSchema, z.number().int().min(0)).optional(),
  revision: revision.optional(),
});
export const allocationResponse = z.object({
  teamTarget: z.number(),
  parts: z.array(
    z.object({ userId: idSchema, name: z.string(), skillLevel: z.string().nullable(), value: z.number() }),
  ),
});

export const suggestionQuery = z.object({
  kpiKey: z.string().max(100),
  scope: scopeParam.optional(),
  period: z.string().max(20),
  lookbackMonths: z.coerce.number().int().min(3).max(12).default(6),
  /** Percent of the median month per level (seed 002: stretch 110-120, achievement 100-105, minimum 90). */
  stretchPercent: z.coerce.number().int().min(100).max(200).default(115),
  achievementPercent: z.coerce.number().int().min(80).max(150).default(100),
  minimumPercent: z.coerce.number().int().min(50).max(100).default(90),
});
export const suggestion = z.object({
  kpiKey: z.string(),
  /** The median of the scope's monthly actuals over the lookback; null without history. */
  basis: z.number().nullable(),
  months: z.number().int(),
  stretch: z.number().nullable(),
  value: z.number().nullable(),
  minimum: z.number().nullable(),
});

export const targetRevision = z.object({
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  before: z.record(z.string(), z.number().nullable()),
  after: z.record(z.string(), z.number().nullable()),
  category: revisionCategory,
  text: z.string(),
});
