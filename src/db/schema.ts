// The whole domain model of SPEC.md section 2. Money is bigint yen (mode "number": safe below 2^53),
// dates without time are `date` (string "YYYY-MM-DD"), every timestamp is timestamptz.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const version = () => integer("version").notNull().default(1);
const bant = () => ({
  bantBudget: text("bant_budget"),
  bantAuthority: text("bant_authority"),
  bantNeed: text("bant_need"),
  bantTiming: text("bant_timing"),
});

export type ChecklistItem = { key: string; label: string; labelEn: string };
export type EvidenceItem = ChecklistItem & { type: "url" | "text" | "date" };
export type PickItem = { key: string; label: string; labelEn: string };

/** One row: the organisation this database belongs to. */
export const orgSettings = pgTable("org_settings", {
  id: smallint("id").primaryKey().default(1),
  name: text("name").notNull(),
  fiscalYearStartMonth: smallint("fiscal_year_start_month").notNull().default(4),
  timeZone: text("time_zone").notNull().default("Asia/Tokyo"),
  currency: text("currency").notNull().default("JPY"),
  /** "own": members see only their own records; "team": also their team's (read only). */
  memberVisibility: text("member_visibility").$type<"own" | "team">().notNull().default("team"),
  lostReasons: jsonb("lost_reasons").$type<PickItem[]>().notNull().default([]),
  updatedAt: updatedAt(),
});

export const teams = pgTable(
  "teams",
  {
    id: id(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    kind: text("kind").$type<"org" | "department" | "team">().notNull().default("team"),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("teams_parent_idx").on(t.parentId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "teams_parent_fk" }),
  ],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    role: text("role").$type<"admin" | "manager" | "member">().notNull(),
    function: text("function").$type<"MKT" | "IS" | "FS" | "CS">(),
    skillLevel: text("skill_level").$type<"junior" | "mid" | "senior">(),
    teamId: uuid("team_id").references(() => teams.id),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").$type<"ja" | "en">().notNull().default("ja"),
    active: boolean("active").notNull().default(true),
    hiredOn: date("hired_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("users_email_idx").on(sql`lower(${t.email})`), index("users_team_idx").on(t.teamId)],
);

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
    channel: text("channel")
      .$type<"inbound_web" | "outbound_list" | "event" | "referral" | "partner" | "ad">()
      .notNull(),
    status: text("status")
      .$type<"new" | "working" | "mql" | "sql" | "converted" | "disqualified">()
      .notNull()
      .default("new"),
    ownerId: uuid("owner_id").references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
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
    uniqueIndex("deals_external_idx").on(t.externalId),
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
  },
  (t) => [
    index("stage_history_deal_idx").on(t.dealId, t.changedAt),
    index("stage_history_changed_idx").on(t.changedAt),
    index("stage_history_team_changed_idx").on(t.teamId, t.changedAt),
    index("stage_history_from_idx").on(t.fromStageId, t.changedAt),
  ],
);

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
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    title: text("title").notNull(),
    dueDate: date("due_date"),
    priority: text("priority").$type<"high" | "medium" | "low">().notNull().default("medium"),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "cascade" }),
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
  ],
);

export const kpiDefinitions = pgTable("kpi_definitions", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  /** An expression over metric keys, e.g. "effectiveContacts / calls". */
  formula: text("formula").notNull(),
  unit: text("unit").$type<"count" | "ratio" | "yen" | "days" | "minutes">().notNull(),
  tier: text("tier").$type<"strategic" | "tactical" | "action">().notNull(),
  cadence: text("cadence").$type<"daily" | "weekly" | "monthly">().notNull(),
  direction: text("direction").$type<"higher" | "lower">().notNull().default("higher"),
  ownerId: uuid("owner_id").references(() => users.id),
  description: text("description").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  builtIn: boolean("built_in").notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const targets = pgTable(
  "targets",
  {
    id: id(),
    kpiKey: text("kpi_key")
      .notNull()
      .references(() => kpiDefinitions.key),
    periodKind: text("period_kind").$type<"day" | "week" | "month" | "quarter" | "fiscal_year">().notNull(),
    periodStart: date("period_start").notNull(),
    scopeKind: text("scope_kind").$type<"org" | "team" | "user">().notNull(),
    teamId: uuid("team_id").references(() => teams.id),
    userId: uuid("user_id").references(() => users.id),
    /** Achievement level (達成目標): the target itself. */
    value: numeric("value", { precision: 20, scale: 4, mode: "number" }).notNull(),
    stretch: numeric("stretch", { precision: 20, scale: 4, mode: "number" }),
    minimum: numeric("minimum", { precision: 20, scale: 4, mode: "number" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("targets_scope_uq")
      .on(t.kpiKey, t.periodKind, t.periodStart, t.scopeKind, t.teamId, t.userId)
      .nullsNotDistinct(),
    index("targets_period_idx").on(t.periodKind, t.periodStart),
  ],
);

export const targetRevisions = pgTable(
  "target_revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    targetId: uuid("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    before: jsonb("before").$type<Record<string, number | null>>().notNull(),
    after: jsonb("after").$type<Record<string, number | null>>().notNull(),
    reasonCategory: text("reason_category")
      .$type<"external_temporary" | "permanent_change" | "wrong_assumption">()
      .notNull(),
    reasonText: text("reason_text").notNull(),
  },
  (t) => [index("target_revisions_target_idx").on(t.targetId, t.changedAt)],
);

export const improvementActions = pgTable(
  "improvement_actions",
  {
    id: id(),
    text: text("text").notNull(),
    ownerId: uuid("owner_id").references(() => users.id),
    teamId: uuid("team_id").references(() => teams.id),
    dueDate: date("due_date"),
    kpiKey: text("kpi_key").references(() => kpiDefinitions.key),
    status: text("status").$type<"open" | "in_progress" | "done" | "dropped">().notNull().default("open"),
    outcome: text("outcome"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("improvement_actions_team_idx").on(t.teamId, t.status)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").$type<"create" | "update" | "delete">().notNull(),
    /** Field-level changes: { field: { before, after } }. */
    changes: jsonb("changes").$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
  },
  (t) => [
    index("audit_entity_idx").on(t.entity, t.entityId, t.at),
    index("audit_actor_idx").on(t.actorId, t.at),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie value: a leaked table does not yield usable sessions. */
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_hash_idx").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

/** The org's CSF / KFS (seeds 003-004): the few factors that decide the KGI, and the KPIs watching each. */
export const successFactors = pgTable("success_factors", {
  id: id(),
  kind: text("kind").$type<"csf" | "kfs">().notNull(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull().default(""),
  kpiKeys: jsonb("kpi_keys").$type<string[]>().notNull().default([]),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** The KPIs a team works on, in order, with their priority stars (seed 002's phase presets). */
export const teamKpis = pgTable(
  "team_kpis",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    kpiKey: text("kpi_key")
      .notNull()
      .references(() => kpiDefinitions.key, { onDelete: "cascade" }),
    stars: smallint("stars").notNull(),
    sortOrder: integer("sort_order").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.kpiKey] })],
);
