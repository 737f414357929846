// A bulk import (over 2,000 rows) on a connection that is not a superuser, as on a managed
// PostgreSQL: the per-row triggers and foreign-key checks stay on, and the result is the same.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase } from "../../../db/client";
import { createFixtureOrg, PASSWORD } from "../../../test/fixtures";
import { createTestDatabase } from "../../../test/test-database";
import { buildApp } from "../../app";
import { importFile } from "./imports-test-helpers";

describe("a bulk import without superuser rights", async () => {
  const owner = await createTestDatabase();
  await createFixtureOrg(owner.db);
  const role = `susumu_app_${randomBytes(4).toString("hex")}`;
  await owner.pool.query(`create role ${role} login nosuperuser password '${role}'`);
  await owner.pool.query(`grant usage on schema public to ${role}`);
  await owner.pool.query(`grant all on all tables in schema public to ${role}`);
  await owner.pool.query(`grant all on all sequences in schema public to ${role}`);
  const url = new URL(owner.url);
  url.username = role;
  url.password = role;
  const database = connectDatabase(url.toString(), 4);
  const app = await buildApp({ database });
  afterAll(async () => {
    await app.close();
    await database.close();
    await owner.pool.query(`drop owned by ${role}`);
    await owner.pool.query(`drop role ${role}`);
  });

  it("imports 3,000 deals with triggers and foreign keys on, and the rollups rebuilt", async () => {
    const { rows } = await database.pool.query<{ on: string }>(
      "select current_setting('is_superuser') as on",
    );
    expect(rows[0]?.on).toBe("off");
    const login = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "admin@test.example", password: PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === "susumu_session")?.value as string;
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    const session = {
      request: (method: "GET" | "POST", path: string, payload?: unknown, headers = {}) =>
        app.inject({
          method,
          url: path,
          cookies: { susumu_session: cookie },
          headers: { "x-csrf-token": csrf, ...headers },
          ...(payload === undefined ? {} : { payload: payload as object }),
        }),
    };
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `BULK-${i},一括 ${i},${i % 10 === 0 ? "受注" : "リード獲得"},1000,2026/12/01,member-a1@test.example,2026/11/01`,
    );
    const content = `外部ID,案件名,ステージ,金額,受注予定日,担当者,作成日\n${lines.join("\n")}\n`;
    const run = await importFile(
      session as never,
      { name: "bulk.csv", content },
      { kind: "deals", dryRun: "false" },
    );
    expect(run.status, JSON.stringify([run.failure, run.errors.slice(0, 2)])).toBe("done");
    expect(run.counts.created).toBe(3000);
    const rollup = await owner.db.execute<{ created: number; won: number }>(
      sql`select coalesce(sum(deals_created), 0)::int as created, coalesce(sum(deals_won), 0)::int as won from daily_metrics`,
    );
    // The fixture's three deals plus the file's; a tenth of the file is won.
    expect(rollup.rows[0]).toEqual({ created: 3003, won: 300 });
  });
});
