// Accounts, contacts, leads, pipelines with their gated stages, deals and their stage history.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bant, createdAt, id, updatedAt, version } from "./columns";
import { teams, users } from "./org";
import type { ChecklistItem, EvidenceItem, ForecastCategory, LeadStatus } from "./types";

export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    name: text("name").notNull(),
    nameKana: text("name_kana"),
    industry: text("industry"),
    sizeBand: text("size_band"),
    region: text("region"),
    temperature: text("temperature").$type<"hot" | "warm" | "cold">(),
    needs: text("needs"),
    notes: text("notes"),
    decisionProcess: text("decision_process"),
    website: text("website"),
    ownerId: uuid("owner_id").references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("accounts_team_idx").on(t.teamId),
    index("accounts_owner_idx").on(t.ownerId),
    uniqueIndex("accounts_external_idx").on(t.externalId),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    decisionRole: text("decision_role").$type<
      "decision_maker" | "influencer" | "champion" | "user" | "gatekeeper"
    >(),
    email: text("email"),
    phone: text("phone"),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("contacts_account_idx").on(t.accountId),
    uniqueIndex("contacts_external_idx").on(t.externalId),
  ],
);

export const leads = pgTable(
  "leads",
  {
    id: id(),
    accountId: uuid("account_id").references(() => accounts.id),
    companyName: text("company_name").notNull(),
    contactName: text("contact_name"),
    email: text("email"),
    phone: text("phone"),
    /** A key of the org's lead channels (inside-sales settings). */
    channel: text("channel").notNull(),
    status: text("status").$type<LeadStatus>().notNull().default("new"),
    ownerId: uuid("owner_id").references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    /** The first call or e-mail logged against the lead. */
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    /** Creation plus the org's SLA in business minutes: set on creation, so that "breaching now" is
     *  an indexed comparison with the clock. */
    responseDueAt: timestamp("response_due_at", { withTimezone: true }),
    /** Business minutes from creation to the first response (null while none). */
    responseMinutes: integer("response_minutes"),
    convertedDealId: uuid("converted_deal_id"),
    disqualifiedReason: text("disqualified_reason"),
    ...bant(),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("leads_team_created_idx").on(t.teamId, t.createdAt),
    index("leads_owner_created_idx").on(t.ownerId, t.createdAt),
    index("leads_channel_created_idx").on(t.channel, t.createdAt),
    uniqueIndex("leads_external_idx").on(t.externalId),
    index("leads_unanswered_idx").on(t.responseDueAt).where(sql`first_response_at is null`),
  ],
);

/** A qualified lead handed from inside sales to field sales as a deal (トスアップ), and the FS rep's
 *  rating of it. The IS side (owner, team) is kept here: the KPI "hand-off quality" is theirs. */
export const handoffs = pgTable(
  "handoffs",
  {
    id: id(),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    dealId: uuid("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    isOwnerId: uuid("is_owner_id")
      .notNull()
      .references(() => users.id),
    isTeamId: uuid("is_team_id")
      .notNull()
      .references(() => teams.id),
    fsOwnerId: uuid("fs_owner_id")
      .notNull()
      .references(() => users.id),
    note: text("note"),
    handedOffAt: timestamp("handed_off_at", { withTimezone: true }).notNull(),
    /** The meeting date handed over with the deal: the appointment's date is fixed (日程確定). */
    meetingDate: date("meeting_date"),
    /** The last day the FS rep may rate it. */
    rateBy: date("rate_by").notNull(),
    rating: smallint("rating"),
    reasons: jsonb("reasons").$type<string[]>().notNull().default([]),
    ratingComment: text("rating_comment"),
    ratedBy: uuid("rated_by").references(() => users.id),
    ratedAt: timestamp("rated_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("handoffs_lead_idx").on(t.leadId),
    uniqueIndex("handoffs_deal_idx").on(t.dealId),
    index("handoffs_is_owner_idx").on(t.isOwnerId, t.handedOffAt),
    index("handoffs_is_team_idx").on(t.isTeamId, t.handedOffAt),
  ],
);

export const pipelines = pgTable("pipelines", {
  id: id(),
  name: text("name").notNull(),
  nameEn: text("name_en"),
  isDefault: boolean("is_default").notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

export const stages = pgTable(
  "stages",
  {
    id: id(),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
    sortOrder: integer("sort_order").notNull(),
    probability: smallint("probability").notNull(),
    kind: text("kind").$type<"open" | "won" | "lost">().notNull().default("open"),
    entryConditions: jsonb("entry_conditions").$type<ChecklistItem[]>().notNull().default([]),
    requiredEvidence: jsonb("required_evidence").$type<EvidenceItem[]>().notNull().default([]),
    requiredFields: jsonb("required_fields").$type<string[]>().notNull().default([]),
    staleDays: smallint("stale_days").notNull().default(7),
  },
  (t) => [
    index("stages_pipeline_idx").on(t.pipelineId, t.sortOrder),
    unique("stages_pipeline_key_uq").on(t.pipelineId, t.key),
  ],
);

export const deals = pgTable(
  "deals",
  {
    id: id(),
    name: text("name").notNull(),
    accountId: uuid("account_id").references(() => accounts.id),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    /** The owner's team when last assigned: the scope of the deal. */
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => stages.id),
    /** Mirrors the stage's kind so that lists and aggregates filter without a join. */
    status: text("status").$type<"open" | "won" | "lost">().notNull().default("open"),
    amount: bigint("amount", { mode: "number" }),
    probability: smallint("probability").notNull(),
    probabilityReason: text("probability_reason"),
    /** Set by the rep over the category the stage's probability gives; null follows the stage. */
    forecastCategory: text("forecast_category").$type<ForecastCategory>(),
    expectedCloseDate: date("expected_close_date"),
    nextMeetingDate: date("next_meeting_date"),
    nextMeetingPurpose: text("next_meeting_purpose"),
    decisionMakerId: uuid("decision_maker_id").references(() => contacts.id),
    minutesUrl: text("minutes_url"),
    channel: text("channel"),
    ...bant(),
    lostReason: text("lost_reason"),
    closeDatePushes: integer("close_date_pushes").notNull().default(0),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true }).notNull().defaultNow(),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: version(),
  },
  (t) => [
    index("deals_board_idx").on(t.pipelineId, t.teamId, t.status),
    index("deals_team_status_idx").on(t.teamId, t.status),
    index("deals_owner_status_idx").on(t.ownerId, t.status),
    index("deals_stage_idx").on(t.stageId),
    index("deals_account_idx").on(t.accountId),
    index("deals_close_date_idx").on(t.expectedCloseDate),
    index("deals_closed_at_idx").on(t.closedAt),
    index("deals_updated_idx").on(t.updatedAt),
    // Partial: only imported records carry one, and every other write skips the index.
    uniqueIndex("deals_external_idx").on(t.externalId).where(sql`external_id is not null`),
  ],
);

export const dealStageHistory = pgTable(
  "deal_stage_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dealId: uuid("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    fromStageId: uuid("from_stage_id").references(() => stages.id),
    toStageId: uuid("to_stage_id")
      .notNull()
      .references(() => stages.id),
    /** Denormalised owner and team at the time of the change, for funnel and dwell analytics. */
    ownerId: uuid("owner_id").references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    conditions: jsonb("conditions").$type<string[]>().notNull().default([]),
    evidence: jsonb("evidence").$type<Record<string, string>>().notNull().default({}),
    overrideReason: text("override_reason"),
    externalId: text("external_id"),
  },
  (t) => [
    index("stage_history_deal_idx").on(t.dealId, t.changedAt),
    index("stage_history_changed_idx").on(t.changedAt),
    index("stage_history_team_changed_idx").on(t.teamId, t.changedAt),
    index("stage_history_from_idx").on(t.fromStageId, t.changedAt),
    uniqueIndex("stage_history_external_idx").on(t.externalId).where(sql`external_id is not null`),
  ],
);
