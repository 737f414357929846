// KPI definitions, targets with revisions, improvement actions, CSF/KFS and team KPI selections.
import {
  bigserial,
  boolean,
  date,
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
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { teams, users } from "./org";

export const kpiDefinitions = pgTable("kpi_definitions", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  /** An expression over metric keys, e.g. "effectiveContacts / calls". */
  formula: text("formula").notNull(),
  unit: text("unit").$type<"count" | "ratio" | "yen" | "days" | "minutes" | "score">().notNull(),
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
