// Reviews (日報・週次・月次レビュー) with their figures as they were, the improvement actions they
// decide and the comments on them; alert rules, the alerts they raise and who chose which channel.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { teams, users } from "./org";
import { tasks } from "./work";

/** One sheet per kind, scope and period. */
export const reviews = pgTable(
  "reviews",
  {
    id: id(),
    kind: text("kind").$type<"daily" | "weekly" | "monthly">().notNull(),
    /** "org", "team:<id>" or "user:<id>". */
    scope: text("scope").notNull(),
    /** The team whose people may read it (the scope's team, or the person's): null for the org. */
    teamId: uuid("team_id").references(() => teams.id),
    /** The person of a personal sheet (a daily report). */
    ownerId: uuid("owner_id").references(() => users.id),
    periodLabel: text("period_label").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    /** The metric engine's figures as they were when the sheet was filled (never retyped). */
    figures: jsonb("figures").$type<Record<string, unknown>>().notNull(),
    figuresAt: timestamp("figures_at", { withTimezone: true }).notNull(),
    /** The sheet's written parts (went well / badly, bottleneck, What / Why / So What / Now What …). */
    notes: jsonb("notes").$type<Record<string, unknown>>().notNull().default({}),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lockedBy: uuid("locked_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("reviews_sheet_idx").on(t.kind, t.scope, t.periodStart),
    index("reviews_scope_period_idx").on(t.scope, t.periodStart),
  ],
);

/** An improvement action (改善アクション) decided in a review: what, who, by when; followed up by
 *  the next review of the same scope. */
export const reviewActions = pgTable(
  "review_actions",
  {
    id: id(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    dueDate: date("due_date"),
    kpiKey: text("kpi_key"),
    status: text("status").$type<"open" | "in_progress" | "done" | "dropped">().notNull().default("open"),
    /** What came of it, said when it is followed up. */
    outcome: text("outcome"),
    /** The owner's task for it. */
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("review_actions_review_idx").on(t.reviewId), index("review_actions_owner_idx").on(t.ownerId)],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: id(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("review_comments_review_idx").on(t.reviewId, t.createdAt)],
);

export type AlertRuleKind =
  | "deal_stale"
  | "meeting_passed"
  | "pace_behind"
  | "kpi_below_minimum"
  | "lead_unanswered"
  | "forecast_below_target";

/** A rule with its thresholds, for the org (team null) or a team and its subtree. */
export const alertRules = pgTable(
  "alert_rules",
  {
    id: id(),
    kind: text("kind").$type<AlertRuleKind>().notNull(),
    teamId: uuid("team_id").references(() => teams.id, { onDelete: "cascade" }),
    /** The rule's thresholds: days, minutes, share of the target, KPI key … (by kind). */
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    /** Hours an alert may stay unacknowledged before the manager is told too; null: never. */
    escalateAfterHours: integer("escalate_after_hours"),
    active: boolean("active").notNull().default(true),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("alert_rules_team_idx").on(t.teamId)],
);

/** One alert per rule, subject and day: the records it is about, who is told, what became of it. */
export const alerts = pgTable(
  "alerts",
  {
    id: id(),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => alertRules.id, { onDelete: "cascade" }),
    /** What it is about: "deal:<id>", "lead:<id>", "user:<id>:<kpi>" … */
    subjectKey: text("subject_key").notNull(),
    day: date("day").notNull(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    title: text("title").notNull(),
    titleEn: text("title_en").notNull(),
    message: text("message").notNull(),
    messageEn: text("message_en").notNull(),
    /** The page of the records (a deal, a lead, a dashboard). */
    link: text("link").notNull(),
    /** The numbers behind it (days, share, minutes …). */
    facts: jsonb("facts").$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    escalatedTo: uuid("escalated_to").references(() => users.id),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("alerts_once_a_day_idx").on(t.ruleId, t.subjectKey, t.day),
    index("alerts_recipient_idx").on(t.recipientId, t.createdAt),
    index("alerts_escalated_to_idx").on(t.escalatedTo, t.createdAt).where(sql`escalated_to is not null`),
    index("alerts_unacknowledged_idx").on(t.createdAt).where(sql`acknowledged_at is null`),
  ],
);

/** Which channels a person wants alerts by (in-app always keeps them; e-mail and Slack on top). */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  inApp: boolean("in_app").notNull().default(true),
  email: boolean("email").notNull().default(false),
  slack: boolean("slack").notNull().default(false),
  /** A Slack-compatible incoming-webhook URL of the person's own (null: none). */
  slackWebhookUrl: text("slack_webhook_url"),
  updatedAt: updatedAt(),
});
