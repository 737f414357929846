// Rollups (ARCHITECTURE.md scale-out): per day × person the base metric counts, and per day × person ×
// stage the stage moves, kept by triggers in the same transaction as the writes of activities, deals
// and stage history (src/db/rollups/), so that a dashboard's cost grows with days × people, not with
// records. Days are dates of the org's time zone. No foreign keys: a rollup row is derived data.
import { bigint, date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";

const count = (name: string) => integer(name).notNull().default(0);

export const dailyMetrics = pgTable(
  "daily_metrics",
  {
    day: date("day").notNull(),
    ownerId: uuid("owner_id").notNull(),
    teamId: uuid("team_id").notNull(),
    calls: count("calls"),
    reachedCalls: count("reached_calls"),
    effectiveContacts: count("effective_contacts"),
    meetingsSet: count("meetings_set"),
    meetingsFixed: count("meetings_fixed"),
    meetingsHeld: count("meetings_held"),
    meetingsCancelled: count("meetings_cancelled"),
    emailsSent: count("emails_sent"),
    emailsOpened: count("emails_opened"),
    emailsClicked: count("emails_clicked"),
    emailsReplied: count("emails_replied"),
    dealsCreated: count("deals_created"),
    dealsWithBant: count("deals_with_bant"),
    dealsWon: count("deals_won"),
    dealsClosed: count("deals_closed"),
    wonAmount: bigint("won_amount", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.ownerId, t.teamId] })],
);

export const dailyStageMetrics = pgTable(
  "daily_stage_metrics",
  {
    day: date("day").notNull(),
    ownerId: uuid("owner_id").notNull(),
    teamId: uuid("team_id").notNull(),
    stageId: uuid("stage_id").notNull(),
    /** Deals that entered the stage that day. */
    entered: count("entered"),
    /** Deals that left it, and those that left it forward (to a later open stage or won). */
    exits: count("exits"),
    forwardExits: count("forward_exits"),
    /** Σ days the leaving deals had spent in the stage. */
    dwellDays: bigint("dwell_days", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.ownerId, t.teamId, t.stageId] })],
);
