// Review sheets (日報・週次・月次レビュー, SPEC.md C9, seeds 002 and 004): one per kind, scope and
// period, filled from the metric engine, with the parts the meeting writes (what went well, the
// bottleneck, What / Why / So What / Now What …), the improvement actions it decides and the comments.
import { z } from "zod";
import { dateOnly, idSchema, localeSchema, pageQuery, scopeParam, timestamp } from "./common";
import { periodRef } from "./dashboard";
import { reviewFigures } from "./review-figures";

export const reviewKind = z.enum(["daily", "weekly", "monthly"]);
export type ReviewKind = z.infer<typeof reviewKind>;
export const reviewActionStatus = z.enum(["open", "in_progress", "done", "dropped"]);

/** Control characters other than tab and line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it finds
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Written text: line breaks as "\n", trimmed, bounded, no control characters. */
export const writtenText = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/\r\n?/g, "\n"))
    .trim()
    .max(max)
    .refine((s) => !controlCharacters.test(s), "control characters are not allowed");

const part = writtenText(4000);

/** 日報: what went well, what did not, what to do tomorrow. */
export const dailyNotes = z.strictObject({
  wentWell: part.optional(),
  wentBadly: part.optional(),
  tomorrow: part.optional(),
});
/** 週次: the bottleneck and its causes, next week's focus, a summary. */
export const weeklyNotes = z.strictObject({
  bottleneck: part.optional(),
  nextWeekFocus: part.optional(),
  summary: part.optional(),
});
/** 月次: summary, What / Why / So What / Now What, cross-team (MKT / IS / FS) issues, next month's
 *  strategy and a word on each person. */
export const monthlyNotes = z.strictObject({
  summary: part.optional(),
  what: part.optional(),
  why: part.optional(),
  soWhat: part.optional(),
  nowWhat: part.optional(),
  crossTeam: part.optional(),
  nextMonthStrategy: part.optional(),
  evaluations: z
    .array(z.strictObject({ userId: idSchema, text: writtenText(2000) }))
    .max(200)
    .refine((list) => new Set(list.map((e) => e.userId)).size === list.length, "one evaluation per person")
    .optional(),
});
export const notesByKind = { daily: dailyNotes, weekly: weeklyNotes, monthly: monthlyNotes } as const;
/** The notes of any kind; a sheet takes only the parts of its own kind. */
export const reviewNotes = z.union([dailyNotes, weeklyNotes, monthlyNotes]);
export type ReviewNotes = z.infer<typeof reviewNotes>;

export const reviewCreate = z.object({
  kind: reviewKind,
  scope: scopeParam,
  /** A day "2026-12-04" for a daily report, a week "2026-W49" for a weekly review, a month "2026-12"
   *  for a monthly one. */
  period: z.string().max(20),
});
export type ReviewCreate = z.infer<typeof reviewCreate>;

export const reviewListQuery = z.object({
  scope: scopeParam.optional(),
  kind: reviewKind.optional(),
  /** Sheets whose period starts on or after / on or before these days. */
  from: dateOnly.optional(),
  to: dateOnly.optional(),
  ...pageQuery,
});
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

export const reviewPatch = z.object({
  version: z.number().int(),
  /** The parts given replace the stored ones; the others stay. */
  notes: reviewNotes,
});
export type ReviewPatch = z.infer<typeof reviewPatch>;
export const reviewVersion = z.object({ version: z.number().int() });

export const reviewActionCreate = z.object({
  text: writtenText(500).pipe(z.string().min(1)),
  ownerId: idSchema,
  dueDate: dateOnly.nullable().optional(),
  /** The KPI the action is meant to move. */
  kpiKey: z.string().max(100).nullable().optional(),
});
export type ReviewActionCreate = z.infer<typeof reviewActionCreate>;

export const reviewActionPatch = z.object({
  version: z.number().int(),
  /** The follow-up: allowed while the action's sheet is locked, from the next meeting. */
  status: reviewActionStatus.optional(),
  outcome: writtenText(2000).nullable().optional(),
  /** What was decided: refused once the sheet is locked. */
  text: writtenText(500).pipe(z.string().min(1)).optional(),
  ownerId: idSchema.optional(),
  dueDate: dateOnly.nullable().optional(),
  kpiKey: z.string().max(100).nullable().optional(),
});
export type ReviewActionPatch = z.infer<typeof reviewActionPatch>;

export const reviewCommentCreate = z.object({ body: writtenText(2000).pipe(z.string().min(1)) });

export const reviewAction = z.object({
  id: idSchema,
  reviewId: idSchema,
  text: z.string(),
  ownerId: idSchema,
  ownerName: z.string(),
  dueDate: dateOnly.nullable(),
  kpiKey: z.string().nullable(),
  status: reviewActionStatus,
  outcome: z.string().nullable(),
  /** The owner's task for it (null once the task is deleted). */
  taskId: idSchema.nullable(),
  /** Not settled and due before today. */
  overdue: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});
export type ReviewAction = z.infer<typeof reviewAction>;

export const reviewComment = z.object({
  id: idSchema,
  authorId: idSchema,
  authorName: z.string(),
  body: z.string(),
  createdAt: timestamp,
});
export type ReviewComment = z.infer<typeof reviewComment>;

const sheetFacts = {
  id: idSchema,
  kind: reviewKind,
  scope: z.string(),
  scopeName: z.string(),
  period: periodRef,
  locked: z.boolean(),
  lockedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
};

export const reviewSummary = z.object({
  ...sheetFacts,
  actionCount: z.number().int(),
  openActionCount: z.number().int(),
});
export type ReviewSummary = z.infer<typeof reviewSummary>;
export const reviewPage = z.object({
  items: z.array(reviewSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const review = z.object({
  ...sheetFacts,
  figures: reviewFigures,
  /** When the figures were taken (the sheet's creation or its last refresh). */
  figuresAt: timestamp,
  notes: reviewNotes,
  /** The previous sheet of the same kind and scope, whose actions this meeting follows up. */
  previousReview: z.object({ id: idSchema, period: periodRef, locked: z.boolean() }).nullable(),
  previousActions: z.array(reviewAction),
  actions: z.array(reviewAction),
  comments: z.array(reviewComment),
  lockedBy: idSchema.nullable(),
  lockedByName: z.string().nullable(),
  /** Whether the caller may write the notes and actions, lock and refresh (while unlocked). */
  writable: z.boolean(),
});
export type Review = z.infer<typeof review>;

export const reviewExportQuery = z.object({
  /** Labels in this language; else Accept-Language, the caller's profile, Japanese. */
  lang: localeSchema.optional(),
});
