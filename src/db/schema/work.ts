// Activities and tasks: the daily work behind the funnel.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { teams, users } from "./org";
import { accounts, contacts, deals, leads } from "./sales";

export const activities = pgTable(
  "activities",
  {
    id: id(),
    kind: text("kind").$type<"call" | "email" | "visit" | "online_meeting" | "other">().notNull(),
    /** call: not_reached | reached | effective_contact | appointment_set;
     *  email: sent | opened | clicked | replied; meetings: scheduled | held | cancelled. */
    outcome: text("outcome"),
    subject: text("subject"),
    note: text("note"),
    durationSec: integer("duration_sec"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    leadId: uuid("lead_id").references(() => leads.id),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "set null" }),
    accountId: uuid("account_id").references(() => accounts.id),
    contactId: uuid("contact_id").references(() => contacts.id),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("activities_owner_time_idx").on(t.ownerId, t.occurredAt),
    index("activities_team_time_idx").on(t.teamId, t.occurredAt),
    index("activities_deal_idx").on(t.dealId, t.occurredAt),
    index("activities_lead_idx").on(t.leadId),
    index("activities_account_idx").on(t.accountId),
    uniqueIndex("activities_external_idx").on(t.externalId).where(sql`external_id is not null`),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    title: text("title").notNull(),
    note: text("note"),
    dueDate: date("due_date"),
    priority: text("priority").$type<"high" | "medium" | "low">().notNull().default("medium"),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id").references(() => leads.id, { onDelete: "cascade" }),
    /** Where it came from: typed by someone, a missing gate item, a stale deal, a review action. */
    source: text("source").$type<"manual" | "gate" | "stale" | "review">().notNull().default("manual"),
    /** What it stands for (e.g. gate:<deal>:<stage>:<item>): one open task per thing to do. */
    sourceKey: text("source_key"),
    done: boolean("done").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("tasks_assignee_due_idx").on(t.assigneeId, t.done, t.dueDate),
    index("tasks_deal_idx").on(t.dealId),
    index("tasks_lead_idx").on(t.leadId),
    index("tasks_team_due_idx").on(t.teamId, t.done, t.dueDate),
    uniqueIndex("tasks_open_source_idx").on(t.sourceKey).where(sql`not done`),
  ],
);
