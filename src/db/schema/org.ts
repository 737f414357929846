// The organisation, its team tree and its people.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import type { ForecastSettingsColumn, InsideSalesSettingsColumn, PickItem } from "./types";

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
  forecast: jsonb("forecast").$type<ForecastSettingsColumn>().notNull().default({}),
  insideSales: jsonb("inside_sales").$type<InsideSalesSettingsColumn>().notNull().default({}),
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
