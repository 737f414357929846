import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database";

describe("migrations", () => {
  it("create every table of the domain model", async () => {
    const { db } = await createTestDatabase();
    const rows = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        "deals",
        "deal_stage_history",
        "activities",
        "targets",
        "audit_log",
        "sessions",
      ]),
    );
  });
});
