import { z } from "zod";
import { forecastCategories } from "../domain/forecast/forecast-settings";
import { booleanParam, dateOnly, idSchema, pageOf, pageQuery, scopeParam, timestamp } from "./common";

export const dealStatus = z.enum(["open", "won", "lost"]);
/** Forecast category (SPEC.md C6); a deal without its own follows its stage's probability. */
export const forecastCategory = z.enum(forecastCategories);
export type ForecastCategory = z.infer<typeof forecastCategory>;
export const money = z.number().int().min(0).max(1e14);

/** Why an open deal is stale (seed 000: 未更新＝異変), with the days behind it. */
export const staleness = z
  .object({
    reason: z.enum(["no_update", "next_meeting_missing", "next_meeting_past"]),
    days: z.number().int(),
  })
  .nullable();
export type Staleness = z.infer<typeof staleness>;

export const deal = z.object({
  id: idSchema,
  name: z.string(),
  accountId: idSchema.nullable(),
  accountName: z.string().nullable(),
  ownerId: idSchema,
  ownerName: z.string(),
  teamId: idSchema,
  pipelineId: idSchema,
  stageId: idSchema,
  status: dealStatus,
  amount: z.number().int().nullable(),
  probability: z.number().int(),
  probabilityReason: z.string().nullable(),
  /** The deal's own forecast category; null follows the stage (reset by a stage move). */
  forecastCategory: forecastCategory.nullable(),
  expectedCloseDate: dateOnly.nullable(),
  nextMeetingDate: dateOnly.nullable(),
  nextMeetingPurpose: z.string().nullable(),
  decisionMakerId: idSchema.nullable(),
  decisionMakerName: z.string().nullable(),
  minutesUrl: z.string().nullable(),
  channel: z.string().nullable(),
  bantBudget: z.string().nullable(),
  bantAuthority: z.string().nullable(),
  bantNeed: z.string().nullable(),
  bantTiming: z.string().nullable(),
  lostReason: z.string().nullable(),
  closeDatePushes: z.number().int(),
  stageEnteredAt: timestamp,
  createdAt: timestamp,
  updatedAt: timestamp,
  closedAt: timestamp.nullable(),
  version: z.number().int(),
  stale: staleness,
});
export type Deal = z.infer<typeof deal>;

export { sevenFields } from "../domain/data-quality";

export const dealSortFields = [
  "name",
  "amount",
  "probability",
  "expectedCloseDate",
  "nextMeetingDate",
  "updatedAt",
  "createdAt",
] as const;
export type DealSortField = (typeof dealSortFields)[number];

export const dealListQuery = z.object({
  pipelineId: idSchema.optional(),
  stageId: idSchema.optional(),
  ownerId: idSchema.optional(),
  teamId: idSchema.optional(),
  accountId: idSchema.optional(),
  status: dealStatus.optional(),
  /** Only stale open deals (true) or only the others (false). */
  stale: booleanParam.optional(),
  /** Only the deals of a scope (a team's whole subtree, or one owner), within what the caller may read. */
  scope: scopeParam.optional(),
  /** Closed (won or lost) on these dates of the org's time zone, both included. */
  closedFrom: dateOnly.optional(),
  closedTo: dateOnly.optional(),
  /** Expected to close on these dates, both included. */
  expectedCloseFrom: dateOnly.optional(),
  expectedCloseTo: dateOnly.optional(),
  q: z.string().trim().max(200).optional(),
  /** Only the deals this import created or updated. */
  importId: idSchema.optional(),
  sort: z.enum([...dealSortFields, ...dealSortFields.map((f) => `-${f}` as const)]).default("-updatedAt"),
  ...pageQuery,
});
export type DealListQuery = z.infer<typeof dealListQuery>;
export const dealPage = pageOf(deal);

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const url = z.url({ protocol: /^https?$/ }).max(2000);

/** Fields a person edits directly; stage moves go through POST /deals/:id/stage. */
const editable = {
  name: z.string().trim().min(1).max(200),
  accountId: idSchema.nullable().optional(),
  ownerId: idSchema.optional(),
  amount: money.nullable().optional(),
  probability: z.number().int().min(0).max(100).optional(),
  probabilityReason: optionalText(500),
  forecastCategory: forecastCategory.nullable().optional(),
  expectedCloseDate: dateOnly.nullable().optional(),
  nextMeetingDate: dateOnly.nullable().optional(),
  nextMeetingPurpose: optionalText(500),
  decisionMakerId: idSchema.nullable().optional(),
  minutesUrl: url.nullable().optional(),
  channel: optionalText(50),
  bantBudget: optionalText(500),
  bantAuthority: optionalText(500),
  bantNeed: optionalText(500),
  bantTiming: optionalText(500),
};

/** The deal fields a stage gate may require, fillable as part of a stage move. */
const gateFields = {
  amount: editable.amount,
  expectedCloseDate: editable.expectedCloseDate,
  nextMeetingDate: editable.nextMeetingDate,
  nextMeetingPurpose: editable.nextMeetingPurpose,
  decisionMakerId: editable.decisionMakerId,
  minutesUrl: editable.minutesUrl,
  bantBudget: editable.bantBudget,
  bantAuthority: editable.bantAuthority,
  bantNeed: editable.bantNeed,
  bantTiming: editable.bantTiming,
};

export const dealCreate = z.object({
  ...editable,
  pipelineId: idSchema.optional(),
  stageId: idSchema.optional(),
});
export type DealCreate = z.infer<typeof dealCreate>;

export const dealPatch = z
  .object({
    ...editable,
    name: editable.name.optional(),
    /** A stage change through PATCH goes through the same gate as POST /deals/:id/stage. */
    stageId: idSchema.optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type DealPatch = z.infer<typeof dealPatch>;

export const stageMove = z.object({
  stageId: idSchema,
  version: z.number().int().min(1),
  /** Keys of the entry conditions ticked, for the target stage and every stage skipped. */
  conditions: z.array(z.string().max(100)).max(100).default([]),
  /** Required evidence by key: URLs, texts or dates. */
  evidence: z.record(z.string().max(100), z.string().trim().max(2000)).default({}),
  /** Missing required fields filled in the same step (the checklist dialog). */
  fields: z.object(gateFields).strict().optional(),
  lostReason: z.string().max(100).optional(),
  /** A manager's or admin's forced move: the reason everyone sees in the timeline. */
  overrideReason: z.string().trim().min(1).max(1000).optional(),
});
/** As sent (defaults not applied yet). */
export type StageMove = z.input<typeof stageMove>;
export type StageMoveRequest = z.output<typeof stageMove>;

export const boardQuery = z.object({
  pipelineId: idSchema,
  teamId: idSchema.optional(),
  ownerId: idSchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const boardCard = deal.pick({
  id: true,
  name: true,
  accountName: true,
  ownerId: true,
  ownerName: true,
  stageId: true,
  status: true,
  amount: true,
  probability: true,
  expectedCloseDate: true,
  nextMeetingDate: true,
  updatedAt: true,
  version: true,
  stale: true,
});
export type BoardCard = z.infer<typeof boardCard>;

export const board = z.object({
  pipelineId: idSchema,
  /** Won and lost columns hold the deals closed since this date (the start of the month). */
  closedSince: dateOnly,
  columns: z.array(
    z.object({
      stageId: idSchema,
      count: z.number().int(),
      amount: z.number().int(),
      /** The first cards by expected close date; `count` is the whole column. */
      deals: z.array(boardCard),
    }),
  ),
});
export type Board = z.infer<typeof board>;

export const timelineEntry = z.object({
  at: timestamp,
  kind: z.enum(["stage", "field", "create"]),
  actorName: z.string().nullable(),
  fromStageId: idSchema.nullable().optional(),
  toStageId: idSchema.nullable().optional(),
  overrideReason: z.string().nullable().optional(),
  /** Stage changes: the conditions ticked and the evidence supplied. */
  conditions: z.array(z.string()).optional(),
  evidence: z.record(z.string(), z.string()).optional(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).optional(),
});
export const dealDetail = deal.extend({ timeline: z.array(timelineEntry) });
export type DealDetail = z.infer<typeof dealDetail>;
