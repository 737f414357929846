// Imports (runs, their row errors, the records they wrote, saved column mappings) and webhooks
// (subscriptions and the log of their deliveries).
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns";
import { users } from "./org";

export type ImportCounts = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
};

/** One upload: a dry run or an apply, followed by the page (or an API client) until it ends. */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    kind: text("kind").notNull(),
    preset: text("preset").notNull(),
    fileName: text("file_name").notNull(),
    fileFormat: text("file_format").$type<"csv" | "xlsx">().notNull(),
    encoding: text("encoding"),
    dryRun: boolean("dry_run").notNull(),
    status: text("status")
      .$type<"queued" | "running" | "done" | "failed" | "cancelled">()
      .notNull()
      .default("queued"),
    /** The column mapping and value mappings (stages, owners) the run used. */
    mapping: jsonb("mapping").$type<Record<string, unknown>>().notNull().default({}),
    counts: jsonb("counts")
      .$type<ImportCounts>()
      .notNull()
      .default({ rows: 0, created: 0, updated: 0, unchanged: 0, invalid: 0 }),
    /** Values of mapped columns that match nothing (stage names, owners), for the mapping step. */
    unknownValues: jsonb("unknown_values").$type<Record<string, string[]>>().notNull().default({}),
    bytesTotal: bigint("bytes_total", { mode: "number" }).notNull().default(0),
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    failure: text("failure"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("imports_created_idx").on(t.createdAt),
    index("imports_creator_idx").on(t.createdBy, t.createdAt),
  ],
);

/** The per-row report of a run: row number (1 = the first data row), column, code, the value read. */
export const importErrors = pgTable(
  "import_errors",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    row: integer("row").notNull(),
    column: text("column"),
    code: text("code").notNull(),
    value: text("value"),
  },
  (t) => [index("import_errors_import_idx").on(t.importId, t.row)],
);

/** The records an applied import created or updated (not the unchanged ones). */
export const importRecords = pgTable(
  "import_records",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    recordId: uuid("record_id").notNull(),
    action: text("action").$type<"created" | "updated">().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.recordId] })],
);

/** A column mapping saved for the next file of the same kind. */
export const importMappings = pgTable("import_mappings", {
  id: id(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  preset: text("preset").notNull(),
  mapping: jsonb("mapping").$type<Record<string, unknown>>().notNull(),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** A URL told about deal and activity events; signed with its secret (HMAC-SHA256). */
export const webhooks = pgTable("webhooks", {
  id: id(),
  url: text("url").notNull(),
  description: text("description"),
  events: jsonb("events").$type<string[]>().notNull(),
  format: text("format").$type<"json" | "slack">().notNull().default("json"),
  secret: text("secret").notNull(),
  active: boolean("active").notNull().default(true),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** One event for one webhook: written in the transaction of the change, sent by the job queue. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"pending" | "succeeded" | "failed">().notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    lastStatusCode: smallint("last_status_code"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_webhook_idx").on(t.webhookId, t.createdAt),
    index("webhook_deliveries_status_idx").on(t.status, t.createdAt),
  ],
);
