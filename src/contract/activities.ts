// Activities (行動, SPEC.md section 2): calls, emails and meetings with their outcomes, logged by reps.
import { z } from "zod";
import { dateOnly, idSchema, pageOf, pageQuery, scopeParam, timestamp } from "./common";

export const activityKind = z.enum(["call", "email", "visit", "online_meeting", "other"]);
export const activityMetrics = [
  "calls",
  "reachedCalls",
  "effectiveContacts",
  "meetingsSet",
  "meetingsHeld",
  "meetingsCancelled",
  "emailsSent",
  "emailsOpened",
  "emailsClicked",
  "emailsReplied",
] as const;
export type ActivityMetric = (typeof activityMetrics)[number];

export const activity = z.object({
  id: idSchema,
  kind: activityKind,
  outcome: z.string().nullable(),
  subject: z.string().nullable(),
  note: z.string().nullable(),
  durationSec: z.number().int().nullable(),
  occurredAt: timestamp,
  ownerId: idSchema,
  ownerName: z.string(),
  teamId: idSchema,
  leadId: idSchema.nullable(),
  dealId: idSchema.nullable(),
  dealName: z.string().nullable(),
  accountId: idSchema.nullable(),
  accountName: z.string().nullable(),
  version: z.number().int(),
});
export type Activity = z.infer<typeof activity>;
export const activityPage = pageOf(activity);

export const activityListQuery = z.object({
  scope: scopeParam.optional(),
  /** Dates of the org's time zone, both included. */
  from: dateOnly.optional(),
  to: dateOnly.optional(),
  kind: activityKind.optional(),
  outcome: z.string().max(40).optional(),
  /** The activities a base metric counts (e.g. effectiveContacts: effective contacts and meetings set):
   *  the records behind a dashboard figure. */
  metric: z.enum(activityMetrics).optional(),
  dealId: idSchema.optional(),
  leadId: idSchema.optional(),
  ...pageQuery,
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;

const fields = {
  outcome: z.string().max(40).nullable().optional(),
  subject: z.string().trim().max(200).nullable().optional(),
  note: z.string().trim().max(4000).nullable().optional(),
  durationSec: z.number().int().min(0).max(86_400).nullable().optional(),
  occurredAt: timestamp.optional(),
};

export const activityCreate = z.object({
  kind: activityKind,
  ...fields,
  /** Someone in the caller's write scope; the caller when absent. */
  ownerId: idSchema.optional(),
  dealId: idSchema.nullable().optional(),
  leadId: idSchema.nullable().optional(),
  accountId: idSchema.nullable().optional(),
});
export type ActivityCreate = z.infer<typeof activityCreate>;

export const activityPatch = z.object({
  version: z.number().int(),
  kind: activityKind.optional(),
  ...fields,
});
export type ActivityPatch = z.infer<typeof activityPatch>;
export const activityDelete = z.object({ version: z.coerce.number().int() });
