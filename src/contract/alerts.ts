// Alerts (アラート, SPEC.md C10): rules with thresholds for the org or a team and its subtree, the
// alerts they raise (one per rule, subject and day) in each person's inbox, and the channels each
// person chooses (in-app always; e-mail and a Slack-compatible webhook on top).
import { z } from "zod";
import { alertKinds, defaultAlertParams } from "../domain/alerts/alert-params";
import { dateOnly, idSchema, timestamp } from "./common";

export const alertKind = z.enum(alertKinds);
export type AlertKindName = z.infer<typeof alertKind>;

const d = defaultAlertParams;
const kpiKey = z.string().trim().min(1).max(100);
const share = z.number().min(0).max(1);

/** Each kind's thresholds, with the defaults of domain/alerts/alert-params.ts. */
export const alertParamsSchemas = {
  deal_stale: z.object({
    days: z
      .number()
      .int()
      .min(1)
      .max(365)
      .nullable()
      .default(d.deal_stale.days)
      .describe("null: the stage's stale threshold"),
  }),
  meeting_passed: z.object({ days: z.number().int().min(1).max(365).default(d.meeting_passed.days) }),
  pace_behind: z.object({
    kpiKey: kpiKey.default(d.pace_behind.kpiKey).describe("a count or money KPI"),
    fromBusinessDay: z.number().int().min(1).max(7).default(d.pace_behind.fromBusinessDay),
    minShare: share.default(d.pace_behind.minShare).describe("alert below this share of the weekly target"),
  }),
  kpi_below_minimum: z.object({
    kpiKey: kpiKey.default(d.kpi_below_minimum.kpiKey),
    periodKind: z.enum(["week", "month", "quarter"]).default(d.kpi_below_minimum.periodKind),
  }),
  lead_unanswered: z.object({
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 7)
      .nullable()
      .default(d.lead_unanswered.minutes)
      .describe("business minutes; null: the org's response SLA"),
  }),
  forecast_below_target: z.object({
    belowShare: z.number().min(0).lt(1).default(d.forecast_below_target.belowShare),
    periodKind: z.enum(["month", "quarter"]).default(d.forecast_below_target.periodKind),
  }),
} as const;

const escalateAfterHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 30)
  .nullable()
  .describe("hours unacknowledged before the recipient's manager is told; null: never");

const ruleFields = {
  /** null: the whole org; else the team and its subtree. */
  teamId: idSchema.nullable().default(null),
  escalateAfterHours: escalateAfterHours.default(null),
  active: z.boolean().default(true),
};

const p = alertParamsSchemas;
export const alertRuleCreate = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("deal_stale"), params: p.deal_stale.prefault({}), ...ruleFields }),
  z.object({ kind: z.literal("meeting_passed"), params: p.meeting_passed.prefault({}), ...ruleFields }),
  z.object({ kind: z.literal("pace_behind"), params: p.pace_behind.prefault({}), ...ruleFields }),
  z.object({ kind: z.literal("kpi_below_minimum"), params: p.kpi_below_minimum.prefault({}), ...ruleFields }),
  z.object({ kind: z.literal("lead_unanswered"), params: p.lead_unanswered.prefault({}), ...ruleFields }),
  z.object({
    kind: z.literal("forecast_below_target"),
    params: p.forecast_below_target.prefault({}),
    ...ruleFields,
  }),
]);
export type AlertRuleCreate = z.infer<typeof alertRuleCreate>;
/** What a client sends: thresholds, team, delay and active may be left out. */
export type AlertRuleCreateInput = z.input<typeof alertRuleCreate>;

/** Only the fields sent change; `params` replaces the rule's thresholds (checked against its kind). */
export const alertRulePatch = z.object({
  version: z.number().int(),
  teamId: idSchema.nullable().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  // No default here: a patch that leaves the delay out keeps it.
  escalateAfterHours: escalateAfterHours.optional(),
  active: z.boolean().optional(),
});
export type AlertRulePatch = z.infer<typeof alertRulePatch>;
export const alertRuleDelete = z.object({ version: z.coerce.number().int() });

export const alertRule = z.object({
  id: idSchema,
  kind: alertKind,
  teamId: idSchema.nullable(),
  teamName: z.string().nullable(),
  /** Every threshold of the kind, defaults included. */
  params: z.record(z.string(), z.unknown()),
  escalateAfterHours: z.number().int().nullable(),
  active: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type AlertRule = z.infer<typeof alertRule>;

export const alertRuleRun = z.object({
  /** Subjects the rule fires for now (a forecast scope alerted today is not simulated again). */
  firing: z.number().int(),
  /** Alerts raised by this run (the others were raised earlier today). */
  raised: z.number().int(),
});
export type AlertRuleRun = z.infer<typeof alertRuleRun>;

const personRef = z.object({ id: idSchema, name: z.string() });

export const alert = z.object({
  id: idSchema,
  ruleId: idSchema,
  kind: alertKind,
  /** "deal:<id>", "lead:<id>", "user:<id>:<kpi>", "team:<id>:<kpi>", "org:<kpi>" … */
  subjectKey: z.string(),
  day: dateOnly,
  recipient: personRef,
  teamId: idSchema.nullable(),
  title: z.string(),
  titleEn: z.string(),
  message: z.string(),
  messageEn: z.string(),
  /** The web app's page of the records: "/deals/<id>", "/leads/<id>", "/dashboard?scope=…" … */
  link: z.string(),
  /** The numbers behind it (days, share, minutes, amounts …), by kind. */
  facts: z.record(z.string(), z.unknown()),
  /** recipient: the caller's own; escalated: escalated to the caller as the recipient's manager. */
  role: z.enum(["recipient", "escalated"]),
  readAt: timestamp.nullable(),
  acknowledgedAt: timestamp.nullable(),
  acknowledgedBy: personRef.nullable(),
  escalatedAt: timestamp.nullable(),
  escalatedTo: personRef.nullable(),
  createdAt: timestamp,
});
export type Alert = z.infer<typeof alert>;

export const alertListQuery = z.object({
  status: z.enum(["open", "acknowledged", "all"]).default("open"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const alertPage = z.object({
  items: z.array(alert),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  /** The caller's unread alerts (the bell's count); 0 when they turned in-app off. */
  unreadCount: z.number().int(),
});
export type AlertPage = z.infer<typeof alertPage>;

export const alertsRead = z.object({
  /** The alerts to mark read; absent: every alert of the caller. */
  ids: z.array(idSchema).max(500).optional(),
});
export const alertsReadResult = z.object({ unreadCount: z.number().int() });

export const notificationPreferences = z
  .object({
    inApp: z.boolean(),
    email: z.boolean(),
    slack: z.boolean(),
    slackWebhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .describe("a Slack-compatible incoming webhook (http or https)"),
  })
  .refine((p) => !p.slack || p.slackWebhookUrl !== null, {
    message: "slack needs slackWebhookUrl",
    path: ["slackWebhookUrl"],
  });
export type NotificationPreferences = z.infer<typeof notificationPreferences>;
