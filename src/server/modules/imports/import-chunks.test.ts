// A run applied in chunks of a few rows, so that every rule crosses chunk boundaries: an external id
// repeated in a later chunk, exact counts, an account named in two chunks created once, one bad row in
// the last chunk writing nothing, a second import of the same file changing nothing, and a stage
// history whose moves of one deal lie in different chunks.
import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportKind } from "../../../domain/imports/import-fields";
import { createFixtureOrg } from "../../../test/fixtures";
import { createTestDatabase } from "../../../test/test-database";
import type { AuthContext } from "../auth/auth.service";
import { importPlans } from "./import-plans";
import { createImportRunner } from "./import-runner";
import { createImportRepository } from "./imports.repository";

describe("an import applied in chunks", async () => {
  const database = await createTestDatabase();
  const { users } = await createFixtureOrg(database.db);
  const admin = users.admin as NonNullable<typeof users.admin>;
  const repo = createImportRepository(database.db);
  const runner = createImportRunner({ pool: database.pool, repo, plans: importPlans, chunkRows: 3 });
  const dir = await mkdtemp(path.join(os.tmpdir(), "susumu-chunks-"));
  const caller = {
    userId: admin.id,
    role: "admin",
    teamId: admin.teamId,
    locale: "ja",
    timeZone: "Asia/Tokyo",
    csrfToken: null,
    access: { read: { all: true }, write: { all: true } },
    user: { ...admin, nameEn: null, role: "admin", locale: "ja" },
  } as unknown as AuthContext;

  async function run(kind: ImportKind, lines: string[], dryRun = false) {
    const file = path.join(dir, `${randomUUID()}.csv`);
    await writeFile(file, `${lines.join("\n")}\n`);
    const id = await repo.create({
      kind,
      preset: "susumu",
      fileName: "chunks.csv",
      fileFormat: "csv",
      dryRun,
      mapping: {},
      createdBy: admin.id,
    });
    await runner.run({
      id,
      kind,
      preset: "susumu",
      path: file,
      fileName: "chunks.csv",
      format: "csv",
      encoding: "utf-8",
      dryRun,
      mapping: {},
      caller,
    });
    const found = await repo.find(id);
    const errors = await repo.listErrors(id, 100);
    return { ...found, errors: errors.map((e) => [e.row, e.code]) };
  }
  const count = async (query: ReturnType<typeof sql>) =>
    (await database.db.execute<{ n: number }>(query)).rows[0]?.n;

  const dealHeader = "外部ID,案件名,ステージ,金額,担当者,顧客名";
  const deal = (i: number, amount = 1000, account = "") =>
    `CH-${i},案件 ${i},リード獲得,${amount},member-a1@test.example,${account}`;
  const deals = Array.from({ length: 10 }, (_, i) => deal(i + 1, 1000, i === 0 || i === 8 ? "分割商事" : ""));

  it("reports an external id repeated in a later chunk, and counts exactly", async () => {
    const lines = [dealHeader, ...deals.slice(0, 5), deal(2), ...deals.slice(5), deal(9)];
    const dry = await run("deals", lines, true);
    expect(dry.status).toBe("done");
    expect(dry.counts).toEqual({ rows: 12, created: 10, updated: 0, unchanged: 0, invalid: 2 });
    expect(dry.errors).toEqual([
      [6, "DUPLICATE_EXTERNAL_ID"],
      [12, "DUPLICATE_EXTERNAL_ID"],
    ]);
    const applied = await run("deals", lines);
    expect(applied.status).toBe("failed");
    expect(await count(sql`select count(*)::int as n from deals where external_id like 'CH-%'`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from accounts where name = '分割商事'`)).toBe(0);
  });

  it("writes nothing when the one bad row is in the last chunk", async () => {
    const applied = await run("deals", [dealHeader, ...deals, "CH-99,悪い行,リード獲得,百万円,,"]);
    expect(applied.status).toBe("failed");
    expect(applied.counts).toEqual({ rows: 11, created: 10, updated: 0, unchanged: 0, invalid: 1 });
    expect(await count(sql`select count(*)::int as n from deals where external_id like 'CH-%'`)).toBe(0);
  });

  it("creates an account named in two chunks once, and changes nothing on a second import", async () => {
    const first = await run("deals", [dealHeader, ...deals]);
    expect(first.status).toBe("done");
    expect(first.counts).toEqual({ rows: 10, created: 10, updated: 0, unchanged: 0, invalid: 0 });
    const linked = await database.db.execute<{ accounts: number; linked: number }>(sql`
      select count(distinct d.account_id)::int as accounts, count(d.account_id)::int as linked
      from deals d where d.external_id like 'CH-%'`);
    expect(linked.rows[0]).toEqual({ accounts: 1, linked: 2 });
    expect(await count(sql`select count(*)::int as n from accounts where name = '分割商事'`)).toBe(1);
    // The fixture's three deals and the file's ten, in the rollups too.
    expect(await count(sql`select sum(deals_created)::int as n from daily_metrics`)).toBe(13);

    const again = await run("deals", [dealHeader, ...deals]);
    expect(again.counts).toEqual({ rows: 10, created: 0, updated: 0, unchanged: 10, invalid: 0 });
    const changed = deals.map((line, i) => (i === 1 || i === 7 ? deal(i + 1, 5000) : line));
    const edited = await run("deals", [dealHeader, ...changed]);
    expect(edited.counts).toEqual({ rows: 10, created: 0, updated: 2, unchanged: 8, invalid: 0 });
    expect(await count(sql`select count(*)::int as n from deals where external_id like 'CH-%'`)).toBe(10);
  });

  it("reads a deal's stage history in time order across chunks", async () => {
    await run("deals", [dealHeader, "SH-1,履歴案件,リード獲得,1000,,"]);
    const moves = [
      "外部ID,案件外部ID,ステージ,変更日時",
      "H-3,SH-1,提案・見積,2026/03/01 10:00",
      "H-x,CH-1,初回商談,2026/01/05 10:00",
      "H-1,SH-1,リード獲得,2026/01/01 10:00",
      "H-4,SH-1,提案・見積,2026/03/05 10:00",
      "H-y,CH-2,初回商談,2026/01/05 10:00",
      "H-2,SH-1,初回商談,2026/02/01 10:00",
      "H-2,SH-1,初回商談,2026/02/02 10:00",
    ];
    const run1 = await run("stageHistory", moves);
    expect(run1.errors).toEqual([[7, "DUPLICATE_EXTERNAL_ID"]]);
    const fixed = await run("stageHistory", moves.slice(0, -1));
    expect(fixed.status).toBe("done");
    const history = await database.db.execute<{ from: string | null; to: string }>(sql`
      select f.key as from, t.key as to from deal_stage_history h
      join deals d on d.id = h.deal_id left join stages f on f.id = h.from_stage_id join stages t on t.id = h.to_stage_id
      where d.external_id = 'SH-1' order by h.changed_at`);
    expect(history.rows).toEqual([
      { from: null, to: "lead" },
      { from: "lead", to: "first_meeting" },
      { from: "first_meeting", to: "proposal" },
    ]);
  });

  it("keeps the rollups of a file that goes in bulk after its first chunk", async () => {
    const lines = Array.from(
      { length: 6000 },
      (_, i) =>
        `BK-${i},一括投入の案件 ${i} 生産管理システム導入プロジェクト,リード獲得,1000,member-b@test.example,`,
    );
    const bulky = createImportRunner({ pool: database.pool, repo, plans: importPlans, chunkRows: 2000 });
    const file = path.join(dir, "bulk.csv");
    await writeFile(file, `${[dealHeader, ...lines].join("\n")}\n`);
    const id = await repo.create({
      kind: "deals",
      preset: "susumu",
      fileName: "bulk.csv",
      fileFormat: "csv",
      dryRun: false,
      mapping: {},
      createdBy: admin.id,
    });
    await bulky.run({
      id,
      kind: "deals",
      preset: "susumu",
      path: file,
      fileName: "bulk.csv",
      format: "csv",
      encoding: "utf-8",
      dryRun: false,
      mapping: {},
      caller,
    });
    expect((await repo.find(id))?.counts).toEqual({
      rows: 6000,
      created: 6000,
      updated: 0,
      unchanged: 0,
      invalid: 0,
    });
    expect(await count(sql`select sum(deals_created)::int as n from daily_metrics`)).toBe(
      await count(sql`select count(*)::int as n from deals`),
    );
  });

  it("imports activities over chunks with a repeat across them", async () => {
    const line = (i: number) => `CA-${i},架電,接続,2026/04/0${(i % 9) + 1} 10:00,member-b@test.example`;
    const lines = ["外部ID,種類,結果,日時,担当者", ...[1, 2, 3, 4, 5, 6, 7].map(line), line(1)];
    const applied = await run("activities", lines);
    expect(applied.errors).toEqual([[8, "DUPLICATE_EXTERNAL_ID"]]);
    const fixed = await run("activities", lines.slice(0, -1));
    expect(fixed.counts).toEqual({ rows: 7, created: 7, updated: 0, unchanged: 0, invalid: 0 });
    expect(await count(sql`select count(*)::int as n from activities where external_id like 'CA-%'`)).toBe(7);
  });
});
