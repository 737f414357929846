// The forecast of each scope and period as it stood on each day (SPEC.md C6): kept so that, once the
// period closes, the error of every snapshot against the actual can be measured.
import { bigint, bigserial, date, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

export const forecastSnapshots = pgTable(
  "forecast_snapshots",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** "org", "team:<id>" or "user:<id>", as the API's scope parameter. */
    scope: text("scope").notNull(),
    periodKind: text("period_kind").$type<"month" | "quarter">().notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    takenOn: date("taken_on").notNull(),
    /** "live": taken by the daily job that day; "replay": rebuilt afterwards from stage history. */
    source: text("source").$type<"live" | "replay">().notNull(),
    wonToDate: bigint("won_to_date", { mode: "number" }).notNull(),
    target: bigint("target", { mode: "number" }),
    openDeals: integer("open_deals").notNull(),
    /** Won to date plus the open deals weighted by stage probability (the classic landing). */
    weighted: bigint("weighted", { mode: "number" }).notNull(),
    /** Open amount by forecast category, closing in the period (live snapshots only). */
    commitAmount: bigint("commit_amount", { mode: "number" }),
    bestCaseAmount: bigint("best_case_amount", { mode: "number" }),
    pipelineAmount: bigint("pipeline_amount", { mode: "number" }),
    p10: bigint("p10", { mode: "number" }).notNull(),
    p50: bigint("p50", { mode: "number" }).notNull(),
    p90: bigint("p90", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forecast_snapshots_day_uq").on(t.scope, t.periodKind, t.periodStart, t.source, t.takenOn),
    index("forecast_snapshots_period_idx").on(t.periodKind, t.periodEnd),
  ],
);
