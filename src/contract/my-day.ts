// "My day" (今日の予定, SPEC.md C8): a rep's home page. Today's tasks and meetings, the daily action
// targets from the KPI tree against what is done so far, and what needs acting on now: stale deals
// and leads past their response SLA.
import { z } from "zod";
import { dateOnly, idSchema, timestamp } from "./common";
import { dashboard } from "./dashboard";
import { lead } from "./leads";
import { task } from "./tasks";

export const myDayQuery = z.object({
  /** A member of the caller's teams (managers); the caller when absent. */
  userId: idSchema.optional(),
});

export const myDay = z.object({
  date: dateOnly,
  now: timestamp,
  person: z.object({ id: idSchema, name: z.string(), function: z.string().nullable() }),
  /** The share of today's working hours that has passed (0 before opening, 1 after closing). */
  dayShare: z.number(),
  targets: z.array(
    z.object({
      kpiKey: z.enum(["calls", "effectiveContacts", "meetingsSet", "meetings"]),
      /** The month's target ÷ its business days, rounded up; null without a monthly target. */
      dailyTarget: z.number().int().nullable(),
      done: z.number().int(),
      /** done ÷ dailyTarget. */
      achievement: z.number().nullable(),
      /** dailyTarget × dayShare: where a steady day would be by now. */
      expectedByNow: z.number().nullable(),
    }),
  ),
  tasks: z.object({ today: z.array(task), overdue: z.array(task) }),
  meetings: z.array(
    z.object({
      /** A meeting logged for today, or a deal whose next meeting date is today. */
      source: z.enum(["activity", "deal"]),
      at: timestamp.nullable(),
      kind: z.string(),
      outcome: z.string().nullable(),
      subject: z.string().nullable(),
      dealId: idSchema.nullable(),
      dealName: z.string().nullable(),
      accountName: z.string().nullable(),
      purpose: z.string().nullable(),
    }),
  ),
  /** The person's stale deals: how many, their amount, the biggest first. */
  staleDeals: dashboard.shape.stale,
  /** Open leads still unanswered past their SLA, the longest overdue first. */
  slaLeads: z.object({ count: z.number().int(), items: z.array(lead) }),
  /** Open leads in the call list (new and working, the most urgent first). */
  callListCount: z.number().int(),
});
export type MyDay = z.infer<typeof myDay>;
