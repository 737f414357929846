// Fills an empty, migrated database with a deterministic demo organisation (the first `npm start`)
// or a bench dataset (S / M / L): same size, seed and today give the same rows and the same ids.
// Everything is written in one transaction: a failed seed leaves the database empty.
import type pg from "pg";
import type { Db } from "../client";
import { rebuildRollupsSql } from "../rollups/rollup-rebuild";
import { withoutRollupTriggers } from "../rollups/rollups";
import { generateAccounts } from "./demo-accounts";
import { generateAccountActivities } from "./demo-activities";
import { writeAlertRules } from "./demo-alert-rules";
import { withBulkLoad } from "./demo-bulk-load";
import { createCalendar } from "./demo-calendar";
import { createSinks, type DemoContext } from "./demo-context";
import { generateDeals } from "./demo-deals";
import { createBulkWriter } from "./demo-insert";
import { generateLeads } from "./demo-leads";
import { buildOrg } from "./demo-org";
import { writeKpiDefinitions, writeOrganisation, writePipelines } from "./demo-setup";
import { type DemoSize, sizeConfig } from "./demo-sizes";
import { createMonthlyStats } from "./demo-stats";
import { generateTargets } from "./demo-targets";
import { generateTasks } from "./demo-tasks";

export { DEMO_LOGINS } from "./demo-org";
export type { DemoSize };

export type DemoSummary = {
  /** Rows of the team tree: the org node, departments and teams. */
  teams: number;
  users: number;
  accounts: number;
  contacts: number;
  leads: number;
  deals: number;
  stageChanges: number;
  activities: number;
  targets: number;
};

export type SeedDemoOptions = {
  size: DemoSize;
  /** The org's today in Asia/Tokyo, "YYYY-MM-DD": the history is the 12 months before it. */
  today: string;
  /** One hash for every user, computed once by the caller. */
  passwordHash: string;
  seed?: number;
  log?: (line: string) => void;
};

const DEFAULT_SEED = 20261120;
const LOADED_TABLES = [
  "org_settings",
  "teams",
  "users",
  "kpi_definitions",
  "accounts",
  "contacts",
  "pipelines",
  "stages",
  "leads",
  "deals",
  "handoffs",
  "deal_stage_history",
  "activities",
  "tasks",
  "targets",
  "alert_rules",
];

export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<DemoSummary> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const step = (what: string) =>
    log(`demo data (${options.size}): ${what} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  const pool = (db as Db & { $client: pg.Pool }).$client;
  const client = await pool.connect();
  let counts: Map<string, number>;
  try {
    await client.query("begin");
    counts = await withBulkLoad(client, LOADED_TABLES, () =>
      withoutRollupTriggers(client, () => generateAll(client, options, step)),
    );
    await client.query(rebuildRollupsSql);
    step("rollups");
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // Fresh statistics, so that the first queries on the new data get good plans.
  await pool.query(`analyze ${[...LOADED_TABLES, "daily_metrics", "daily_stage_metrics"].join(", ")}`);
  const summary = summarise(counts);
  step(
    `done: ${Object.entries(summary)
      .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
      .join(", ")}`,
  );
  return summary;
}

async function generateAll(client: pg.PoolClient, options: SeedDemoOptions, step: (what: string) => void) {
  const seed = options.seed ?? DEFAULT_SEED;
  const config = sizeConfig(options.size);
  const calendar = createCalendar(options.today);
  const writer = createBulkWriter(client);
  const sinks = createSinks(writer);
  const org = buildOrg(seed, config, calendar);
  const stats = createMonthlyStats(org.people.length, calendar.targetMonths);
  const base = { seed, config, calendar, org, writer, sinks, stats };
  writeOrganisation(base, org, options.passwordHash);
  writeAlertRules(base);
  writeKpiDefinitions(base, org);
  const accounts = await generateAccounts(base);
  const ctx: DemoContext = { ...base, accounts, pipelines: writePipelines(base) };
  step(`${org.people.length} people, ${accounts.count} accounts`);
  const handoffs = await generateLeads(ctx);
  step(`leads and inside-sales activities, ${handoffs.length} hand-offs`);
  const openDeals = await generateDeals(ctx, handoffs);
  step("deals, stage history and deal activities");
  await generateAccountActivities(ctx);
  generateTasks(ctx, openDeals);
  generateTargets(ctx);
  await writer.flush();
  step("activities, tasks and targets");
  return writer.counts();
}

function summarise(counts: Map<string, number>): DemoSummary {
  const count = (table: string) => counts.get(table) ?? 0;
  return {
    teams: count("teams"),
    users: count("users"),
    accounts: count("accounts"),
    contacts: count("contacts"),
    leads: count("leads"),
    deals: count("deals"),
    stageChanges: count("deal_stage_history"),
    activities: count("activities"),
    targets: count("targets"),
  };
}
