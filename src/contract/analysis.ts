// Bottleneck analysis and the volume-vs-quality diagnosis (SPEC.md C5, seed 002's funnel
// decomposition and its flowchart).
import { z } from "zod";
import { scopeParam } from "./common";
import { kpiProgress, periodRef, scopeRef } from "./dashboard";
import { channelConversion } from "./inside-sales";

export const funnelAxis = z.enum(["none", "person", "channel", "industry", "size", "weekday", "hour"]);
export type FunnelAxis = z.infer<typeof funnelAxis>;

export const funnelAnalysisQuery = z.object({
  scope: scopeParam.optional(),
  period: z.string().max(20).optional(),
  /** "segment" is the industry axis; "size" the company-size band. */
  by: z
    .enum([...funnelAxis.options, "segment"])
    .transform((by): FunnelAxis => (by === "segment" ? "industry" : by))
    .default("none"),
});

export const funnelStepKey = z.enum(["effectiveContactRate", "meetingSetRate", "winRate"]);
export type FunnelStepKey = z.infer<typeof funnelStepKey>;

export const funnelStep = z.object({
  key: funnelStepKey,
  name: z.string(),
  nameEn: z.string(),
  /** The counts the rate is made of: toCount ÷ fromCount. */
  fromMetric: z.string(),
  toMetric: z.string(),
  fromCount: z.number().int(),
  toCount: z.number().int(),
  actualRate: z.number().nullable(),
  targetRate: z.number().nullable(),
  /** Where the target rate came from: a target of the rate KPI, the ratio of two count targets, or
   *  the median of the scope's last six months when no target says it. */
  targetSource: z.enum(["target", "derived", "history"]).nullable(),
  /** actualRate ÷ targetRate. */
  rateAchievement: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof funnelStep>;

export const bottleneck = z.object({ step: funnelStepKey, rateAchievement: z.number() }).nullable();

const funnelBreakdown = z.object({
  steps: z.array(funnelStep),
  /** The volume KPIs at the top of the funnel (calls), against target and pace. */
  volume: z.array(kpiProgress),
  /** The step furthest below its target rate (below 100%); null when none is. */
  bottleneck,
});

export const funnelAnalysis = funnelBreakdown.extend({
  scope: scopeRef,
  period: periodRef,
  by: funnelAxis,
  /** One breakdown per value of the axis, measured against the scope's target rates. */
  groups: z.array(
    funnelBreakdown.extend({
      key: z.string(),
      label: z.string(),
      labelEn: z.string(),
      /** The scope that opens a person's own dashboard (by=person). */
      scope: z.string().nullable(),
    }),
  ),
  /** By channel: the leads of the period per channel and how far they got (null on other axes). */
  channelConversion: z.array(channelConversion).nullable(),
});
export type FunnelAnalysis = z.infer<typeof funnelAnalysis>;

export const diagnosisQuery = z.object({
  scope: scopeParam.optional(),
  period: z.string().max(20).optional(),
});

export const finding = z.object({
  subject: scopeRef,
  /** volume: the action KPIs are behind pace; quality: they are met and a conversion step is below
   *  target; on_track: both are met; no_target: no action KPI has a target to judge by. */
  kind: z.enum(["volume", "quality", "on_track", "no_target"]),
  step: funnelStepKey.nullable(),
  kpiKey: z.string().nullable(),
  /** The numbers behind the finding (actual, target, expected to date, shortfall, rates ...). */
  numbers: z.record(z.string(), z.number().nullable()),
  /** Typical causes to look into, from seed 002's flowchart. */
  causes: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string() })),
  message: z.string(),
  messageEn: z.string(),
});
export type Finding = z.infer<typeof finding>;

export const diagnosis = z.object({
  scope: scopeRef,
  period: periodRef,
  /** The scope's own finding first, then one per person below it. */
  findings: z.array(finding),
});
export type Diagnosis = z.infer<typeof diagnosis>;
