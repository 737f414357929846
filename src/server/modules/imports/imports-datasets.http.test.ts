// The real HubSpot-style and Maven CRM exports, read from ../shared/datasets: won count and amount and
// the win rate after the import equal what the files say; activities arrive with their outcomes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ratio } from "../../../domain/ratio";
import { datasetsDir } from "../../../test/datasets";
import { createTestApp } from "../../../test/http";
import { importFile } from "./imports-test-helpers";

const datasets = datasetsDir ?? "";
const file = (name: string) => ({
  name: path.basename(name),
  content: readFileSync(path.join(datasets, name)),
});
const rows = (name: string) =>
  parse(readFileSync(path.join(datasets, name)), { columns: true, bom: true }) as Record<string, string>[];

describe.skipIf(!datasetsDir)("importing HubSpot and Maven exports", async () => {
  const { login, database } = await createTestApp();
  const admin = await login("admin@test.example");
  const figures = async (prefix: string) =>
    (
      await database.db.execute<{ won: number; lost: number; amount: number; total: number }>(sql`
        select count(*) filter (where status = 'won')::int as won, count(*) filter (where status = 'lost')::int as lost,
          coalesce(sum(amount) filter (where status = 'won'), 0)::bigint as amount, count(*)::int as total
        from deals where external_id like ${`${prefix}%`}`)
    ).rows[0];

  it("imports HubSpot deals with the default pipeline's stages and no questions", async () => {
    const run = await importFile(admin, file("hubspot-dummy-crm/hubspot_deals.csv"), {
      kind: "deals",
      preset: "hubspot",
      dryRun: "false",
    });
    expect(run.status, JSON.stringify(run.errors.slice(0, 3))).toBe("done");
    const deals = rows("hubspot-dummy-crm/hubspot_deals.csv");
    expect(run.counts).toMatchObject({ rows: deals.length, created: deals.length, invalid: 0 });
    const won = deals.filter((d) => d["Deal Stage"] === "Closed Won");
    const lost = deals.filter((d) => d["Deal Stage"] === "Closed Lost");
    const f = await figures("DEAL-");
    expect(f?.won).toBe(won.length);
    expect(f?.lost).toBe(lost.length);
    expect(Number(f?.amount)).toBe(won.reduce((sum, d) => sum + Math.round(Number(d.Amount)), 0));
    expect(ratio(f?.won ?? 0, (f?.won ?? 0) + (f?.lost ?? 0))).toBe(
      ratio(won.length, won.length + lost.length),
    );
    // Owners match no user here: they went to the importing user and are listed for mapping.
    expect(run.unknownValues.owner).toContain("michael.scott@example.com");
  });

  it("imports HubSpot activities with their call and meeting outcomes", async () => {
    const run = await importFile(admin, file("hubspot-dummy-crm/hubspot_activities.csv"), {
      kind: "activities",
      preset: "hubspot",
      dryRun: "false",
    });
    expect(run.status, JSON.stringify(run.errors.slice(0, 3))).toBe("done");
    const activities = rows("hubspot-dummy-crm/hubspot_activities.csv");
    expect(run.counts).toMatchObject({ rows: activities.length, created: activities.length, invalid: 0 });
    const counts = await database.db.execute<{ calls: number; reached: number; cancelled: number }>(sql`
      select count(*) filter (where kind = 'call')::int as calls, count(*) filter (where outcome = 'reached')::int as reached,
        count(*) filter (where outcome = 'cancelled')::int as cancelled from activities where external_id like 'ACT-%'`);
    expect(counts.rows[0]).toEqual({
      calls: activities.filter((a) => a["Activity Type"] === "Call").length,
      reached: activities.filter((a) => a["Call Outcome"] === "Connected").length,
      cancelled: activities.filter((a) => ["Cancelled", "No Show"].includes(a["Meeting Outcome"] ?? ""))
        .length,
    });
    // The rollups were rebuilt: the dashboard counts what the file holds.
    const rollup = await database.db.execute<{ calls: number }>(
      sql`select coalesce(sum(calls), 0)::int as calls from daily_metrics`,
    );
    expect(rollup.rows[0]?.calls).toBe(counts.rows[0]?.calls);
  });

  it("imports the Maven pipeline through a column and stage mapping", async () => {
    const mapping = {
      columns: {
        externalId: "opportunity_id",
        name: "opportunity_id",
        stage: "deal_stage",
        owner: "sales_agent",
        accountName: "account",
        amount: "close_value",
        createdAt: "engage_date",
        closedAt: "close_date",
      },
      stages: { Prospecting: "lead", Engaging: "first_meeting", Won: "won", Lost: "lost" },
    };
    const run = await importFile(admin, file("maven-crm-sales-opportunities/sales_pipeline.csv"), {
      kind: "deals",
      mapping: JSON.stringify(mapping),
      dryRun: "false",
    });
    expect(run.status, JSON.stringify(run.errors.slice(0, 3))).toBe("done");
    const deals = rows("maven-crm-sales-opportunities/sales_pipeline.csv");
    expect(run.counts).toMatchObject({ rows: deals.length, created: deals.length, invalid: 0 });
    const won = deals.filter((d) => d.deal_stage === "Won");
    const lost = deals.filter((d) => d.deal_stage === "Lost");
    const f = (
      await database.db.execute<{ won: number; lost: number; amount: number }>(sql`
      select count(*) filter (where status = 'won')::int as won, count(*) filter (where status = 'lost')::int as lost,
        coalesce(sum(amount) filter (where status = 'won'), 0)::bigint as amount from deals
      where id in (select record_id from import_records where import_id = ${run.id})`)
    ).rows[0];
    expect(f?.won).toBe(won.length);
    expect(f?.lost).toBe(lost.length);
    expect(Number(f?.amount)).toBe(won.reduce((sum, d) => sum + Number(d.close_value), 0));
    const rollup = await database.db.execute<{ won: number }>(
      sql`select coalesce(sum(deals_won), 0)::int as won from daily_metrics`,
    );
    expect(rollup.rows[0]?.won).toBeGreaterThanOrEqual(won.length);
  });
});
