// Tasks (タスク, SPEC.md C8): a person's to-dos, on a deal or a lead or on their own, with a due
// date and a priority; typed by someone, or made from a missing gate item, a stale deal or a review.
import { z } from "zod";
import { dateOnly, idSchema, pageOf, pageQuery, scopeParam, timestamp, trimmedText } from "./common";

export const taskPriority = z.enum(["high", "medium", "low"]);
export const taskSource = z.enum(["manual", "gate", "stale", "review"]);

export const task = z.object({
  id: idSchema,
  title: z.string(),
  note: z.string().nullable(),
  dueDate: dateOnly.nullable(),
  priority: taskPriority,
  assigneeId: idSchema,
  assigneeName: z.string(),
  teamId: idSchema,
  dealId: idSchema.nullable(),
  dealName: z.string().nullable(),
  leadId: idSchema.nullable(),
  leadName: z.string().nullable(),
  source: taskSource,
  done: z.boolean(),
  doneAt: timestamp.nullable(),
  /** Not done and due before today (in the org's time zone). */
  overdue: z.boolean(),
  createdAt: timestamp,
  version: z.number().int(),
});
export type Task = z.infer<typeof task>;
export const taskPage = pageOf(task);

export const taskListQuery = z.object({
  scope: scopeParam.optional(),
  assigneeId: idSchema.optional(),
  /** today: open tasks due today; overdue: open and due before today; open: every open task. */
  due: z.enum(["today", "overdue", "open", "all"]).default("open"),
  dealId: idSchema.optional(),
  leadId: idSchema.optional(),
  ...pageQuery,
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export const taskCreate = z.object({
  title: trimmedText(200).min(1),
  note: trimmedText(4000).nullable().optional(),
  dueDate: dateOnly.nullable().optional(),
  priority: taskPriority.default("medium"),
  /** Someone in the caller's write scope; the caller when absent. */
  assigneeId: idSchema.optional(),
  dealId: idSchema.nullable().optional(),
  leadId: idSchema.nullable().optional(),
});
export type TaskCreate = z.input<typeof taskCreate>;

export const taskPatch = z.object({
  version: z.number().int(),
  title: trimmedText(200).min(1).optional(),
  note: trimmedText(4000).nullable().optional(),
  dueDate: dateOnly.nullable().optional(),
  priority: taskPriority.optional(),
  assigneeId: idSchema.optional(),
  done: z.boolean().optional(),
});
export type TaskPatch = z.infer<typeof taskPatch>;
export const taskComplete = z.object({ version: z.number().int() });

/** Tasks for what a stage still needs (its unmet entry conditions, evidence and fields), or for a
 *  stale deal; one open task per item, so asking twice makes nothing new. */
export const gateTasksRequest = z.object({
  dealId: idSchema,
  stageId: idSchema,
  dueDate: dateOnly.optional(),
});
export const staleTaskRequest = z.object({ dealId: idSchema, dueDate: dateOnly.optional() });
export const taskList = z.object({ items: z.array(task) });
