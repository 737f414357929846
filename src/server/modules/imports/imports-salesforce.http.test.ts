// The real Salesforce Developer-Edition export (Account, Opportunity, OpportunityHistory), read from
// ../shared/datasets: after the import the won count and amount, the win rate and each deal's stage
// history equal what the files say, and importing the same files again changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { datasetsDir } from "../../../test/datasets";
import { createTestApp } from "../../../test/http";
import { importFile } from "./imports-test-helpers";

const dir = path.join(datasetsDir ?? "", "salesforce-dev-org-export");
const read = (name: string) => ({ name, content: readFileSync(path.join(dir, name)) });
const rows = (name: string) =>
  parse(readFileSync(path.join(dir, name)), { columns: true, bom: true }) as Record<string, string>[];

describe.skipIf(!datasetsDir)("importing a Salesforce export", async () => {
  const { login, database } = await createTestApp();
  const admin = await login("admin@test.example");

  it("imports accounts, opportunities and their history; the figures equal the files'", async () => {
    const accounts = await importFile(admin, read("Account.csv"), {
      kind: "accounts",
      preset: "salesforce",
      dryRun: "false",
    });
    expect(accounts.status, JSON.stringify([accounts.failure, accounts.errors])).toBe("done");
    expect(accounts.counts.created).toBe(rows("Account.csv").length);

    const dry = await importFile(admin, read("Opportunity.csv"), { kind: "deals", preset: "salesforce" });
    expect(dry.status).toBe("done");
    expect(dry.counts).toMatchObject({ rows: 31, created: 31, invalid: 0 });
    const before = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from deals where external_id is not null`,
    );
    expect(before.rows[0]?.n).toBe(0);

    const applied = await importFile(admin, read("Opportunity.csv"), {
      kind: "deals",
      preset: "salesforce",
      dryRun: "false",
    });
    expect(applied.status, JSON.stringify(applied.errors)).toBe("done");
    expect(applied.counts).toEqual({ rows: 31, created: 31, updated: 0, unchanged: 0, invalid: 0 });

    const opportunities = rows("Opportunity.csv");
    const won = opportunities.filter((o) => o.IsWon === "1");
    const lost = opportunities.filter((o) => o.IsClosed === "1" && o.IsWon !== "1");
    const figures = await database.db.execute<{
      won: number;
      lost: number;
      amount: number;
      linked: number;
    }>(sql`
      select count(*) filter (where status = 'won')::int as won, count(*) filter (where status = 'lost')::int as lost,
        coalesce(sum(amount) filter (where status = 'won'), 0)::bigint as amount, count(account_id)::int as linked
      from deals where external_id is not null`);
    const f = figures.rows[0];
    expect(f?.won).toBe(won.length);
    expect(f?.lost).toBe(lost.length);
    expect(Number(f?.amount)).toBe(won.reduce((sum, o) => sum + Math.round(Number(o.Amount)), 0));
    expect(f?.linked).toBe(opportunities.filter((o) => o.AccountId).length);

    const history = await importFile(admin, read("OpportunityHistory.csv"), {
      kind: "stageHistory",
      preset: "salesforce",
      dryRun: "false",
    });
    expect(history.status, JSON.stringify(history.errors)).toBe("done");
    // Two rows per opportunity with the same stage (a close-date edit): one stage entry each.
    expect(history.counts).toMatchObject({ rows: 62, created: 31, invalid: 0 });
    const entries = await database.db.execute<{ n: number; deals: number }>(sql`
      select count(*)::int as n, count(distinct deal_id)::int as deals from deal_stage_history h
      join deals d on d.id = h.deal_id where d.external_id is not null`);
    expect(entries.rows[0]).toEqual({ n: 31, deals: 31 });

    const listed = await admin.request("GET", `/api/v1/deals?importId=${applied.id}&limit=100`);
    expect(listed.json().total).toBe(31);
  });

  it("changes nothing when the same files are imported again", async () => {
    const again = await importFile(admin, read("Opportunity.csv"), {
      kind: "deals",
      preset: "salesforce",
      dryRun: "false",
    });
    expect(again.counts).toEqual({ rows: 31, created: 0, updated: 0, unchanged: 31, invalid: 0 });
    const history = await importFile(admin, read("OpportunityHistory.csv"), {
      kind: "stageHistory",
      preset: "salesforce",
      dryRun: "false",
    });
    expect(history.counts).toMatchObject({ created: 0, updated: 0, unchanged: 62 });
  });
});
