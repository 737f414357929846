// Imports of files in every encoding and form Japanese teams bring (made here), the all-or-nothing
// rule, the report, and who may import what.

import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/http";
import { multipartBody } from "../../../test/multipart";
import { importFile } from "./imports-test-helpers";

const header = "外部ID,案件名,ステージ,金額,受注予定日,担当者";
const csv = (...lines: string[]) => `${[header, ...lines].join("\r\n")}\r\n`;

describe("imports over HTTP", async () => {
  const { login, database, fixture } = await createTestApp();
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");
  const member = await login("member-a1@test.example");
  const dealsOf = async (prefix: string) =>
    (
      await database.db.execute<{
        external_id: string;
        name: string;
        amount: number;
        expected_close_date: string;
        owner_id: string;
        stage: string;
      }>(sql`
        select d.external_id, d.name, d.amount, d.expected_close_date, d.owner_id, s.key as stage from deals d join stages s on s.id = d.stage_id
        where d.external_id like ${`${prefix}%`} order by d.external_id`)
    ).rows;

  it("detects Shift-JIS and reads Japanese dates, amounts with ¥ and 円, and full-width digits", async () => {
    const file = iconv.encode(
      csv(
        'SJ-1,アルファ　基幹刷新,初回商談,"¥1,200,000",2026年12月20日,member-a1@test.example',
        "SJ-2,ベータ　追加①,リード獲得,３００００００円,2026/12/25,",
      ),
      "cp932",
    );
    const run = await importFile(
      admin,
      { name: "案件.csv", content: file },
      { kind: "deals", dryRun: "false" },
    );
    expect(run.encoding).toBe("shift_jis");
    expect(run.status, JSON.stringify(run.errors)).toBe("done");
    const rows = await dealsOf("SJ-");
    expect(rows.map((r) => [r.name, Number(r.amount), r.expected_close_date, r.stage])).toEqual([
      ["アルファ　基幹刷新", 1_200_000, "2026-12-20", "first_meeting"],
      ["ベータ　追加①", 3_000_000, "2026-12-25", "lead"],
    ]);
    // No owner in the file: the importing user.
    expect(rows[1]?.owner_id).toBe(fixture.users.admin?.id);
  });

  it("reads UTF-8 with a BOM, and an encoding chosen by hand", async () => {
    const bom = await importFile(
      admin,
      { name: "bom.csv", content: `\uFEFF${csv("BOM-1,BOM案件,リード獲得,1000,2026-12-01,")}` },
      { kind: "deals", dryRun: "false" },
    );
    expect(bom.encoding).toBe("utf-8");
    expect((await dealsOf("BOM-"))[0]?.name).toBe("BOM案件");
    const chosen = await importFile(
      admin,
      { name: "x.csv", content: iconv.encode(csv("ENC-1,手動指定,リード獲得,1,2026/12/01,"), "cp932") },
      { kind: "deals", encoding: "shift_jis", dryRun: "false" },
    );
    expect(chosen.encoding).toBe("shift_jis");
    expect((await dealsOf("ENC-"))[0]?.name).toBe("手動指定");
  });

  it("reads .xlsx with date cells and Excel serials", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("案件");
    sheet.addRow(header.split(","));
    sheet.addRow([
      "XL-1",
      "エクセル案件",
      "提案・見積",
      2500000,
      new Date(Date.UTC(2027, 0, 15)),
      "member-a2@test.example",
    ]);
    sheet.addRow(["XL-2", "シリアル日付", "リード獲得", "1,000", 46113, null]);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const run = await importFile(admin, { name: "deals.xlsx", content }, { kind: "deals", dryRun: "false" });
    expect(run.status, JSON.stringify(run.errors)).toBe("done");
    expect((await dealsOf("XL-")).map((r) => [r.name, Number(r.amount), r.expected_close_date])).toEqual([
      ["エクセル案件", 2_500_000, "2027-01-15"],
      ["シリアル日付", 1_000, "2026-04-01"],
    ]);
  });

  it("lists one bad row among good ones in the dry run, and writes nothing when applied", async () => {
    const file = csv(
      "BAD-1,良い行,リード獲得,1000,2026/12/01,",
      "BAD-2,悪い行,リード獲得,百万円,2026/13/45,",
      "BAD-3,ヒアリング中の行,ヒアリング中,1,2026/12/01,",
    );
    const dry = await importFile(admin, { name: "bad.csv", content: file }, { kind: "deals" });
    expect(dry.status).toBe("done");
    expect(dry.counts).toEqual({ rows: 3, created: 1, updated: 0, unchanged: 0, invalid: 2 });
    expect(dry.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "金額", "INVALID_NUMBER"],
      [2, "受注予定日", "INVALID_DATE"],
      [3, "ステージ", "UNKNOWN_STAGE"],
    ]);
    expect(dry.errors[0]?.message).toContain("数値");
    expect(dry.unknownValues.stage).toEqual(["ヒアリング中"]);

    const applied = await importFile(
      admin,
      { name: "bad.csv", content: file },
      { kind: "deals", dryRun: "false" },
    );
    expect(applied.status).toBe("failed");
    expect(applied.failure?.code).toBe("IMPORT_INVALID_ROWS");
    expect(await dealsOf("BAD-")).toEqual([]);

    const report = await admin.request("GET", `/api/v1/imports/${applied.id}/errors?format=csv`);
    expect(report.statusCode).toBe(200);
    expect(report.body.startsWith("\uFEFF")).toBe(true);
    expect(report.body).toContain("UNKNOWN_STAGE");

    // Mapped once, the same file goes in whole.
    const fixed = csv(
      "BAD-1,良い行,リード獲得,1000,2026/12/01,",
      "BAD-3,ヒアリング中の行,ヒアリング中,1,2026/12/01,",
    );
    const mapping = JSON.stringify({ stages: { ヒアリング中: "first_meeting" } });
    const done = await importFile(
      admin,
      { name: "fixed.csv", content: fixed },
      { kind: "deals", dryRun: "false", mapping },
    );
    expect(done.counts).toMatchObject({ created: 2, invalid: 0 });
    expect((await dealsOf("BAD-")).map((r) => r.stage)).toEqual(["lead", "first_meeting"]);
  });

  it("updates what changed and nothing else, with a stage-history entry for a stage change", async () => {
    const first = csv(
      "UP-1,更新前,リード獲得,1000,2026/12/01,member-a1@test.example",
      "UP-2,そのまま,リード獲得,1000,2026/12/01,member-a1@test.example",
    );
    await importFile(admin, { name: "up.csv", content: first }, { kind: "deals", dryRun: "false" });
    const second = csv(
      "UP-1,更新後,初回商談,2000,2026/12/01,member-a1@test.example",
      "UP-2,そのまま,リード獲得,1000,2026/12/01,member-a1@test.example",
    );
    const run = await importFile(
      admin,
      { name: "up.csv", content: second },
      { kind: "deals", dryRun: "false" },
    );
    expect(run.counts).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1, invalid: 0 });
    const history = await database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from deal_stage_history h join deals d on d.id = h.deal_id where d.external_id = 'UP-1'`);
    expect(history.rows[0]?.n).toBe(2);
    const listed = await admin.request("GET", `/api/v1/deals?importId=${run.id}`);
    expect(listed.json().items.map((d: { name: string }) => d.name)).toEqual(["更新後"]);
  });

  it("lets an admin or a manager import, into the manager's own teams only", async () => {
    const { payload, headers } = await multipartBody(
      { kind: "deals" },
      { name: "m.csv", content: csv("MB-1,x,リード獲得,1,2026/12/01,") },
    );
    expect((await member.request("POST", "/api/v1/imports", payload, headers)).statusCode).toBe(403);

    await importFile(
      admin,
      { name: "b.csv", content: csv("TB-1,Bチームの案件,リード獲得,1,2026/12/01,member-b@test.example") },
      { kind: "deals", dryRun: "false" },
    );
    const run = await importFile(
      manager,
      {
        name: "m.csv",
        content: csv(
          "MA-1,Aチーム,リード獲得,1,2026/12/01,member-a2@test.example",
          "MA-2,Bへ,リード獲得,1,2026/12/01,member-b@test.example",
          "TB-1,乗っ取り,リード獲得,1,2026/12/01,",
        ),
      },
      { kind: "deals" },
    );
    expect(run.errors.map((e) => [e.row, e.code])).toEqual([
      [2, "OWNER_OUT_OF_SCOPE"],
      [3, "OUT_OF_SCOPE"],
    ]);
    // A manager follows their own imports only.
    const adminRun = await importFile(
      admin,
      { name: "a.csv", content: csv("AD-1,x,リード獲得,1,2026/12/01,") },
      { kind: "deals" },
    );
    expect((await manager.request("GET", `/api/v1/imports/${adminRun.id}`)).statusCode).toBe(404);
  });

  it("answers a missing file, a missing required column and an unknown kind with a 4xx", async () => {
    const noFile = await admin.request("POST", "/api/v1/imports", { kind: "deals" });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe("IMPORT_FILE_MISSING");
    const { payload, headers } = await multipartBody({ kind: "nope" }, { name: "x.csv", content: csv() });
    const badKind = await admin.request("POST", "/api/v1/imports", payload, headers);
    expect(badKind.statusCode).toBe(400);
    const noColumn = await importFile(
      admin,
      { name: "x.csv", content: "案件名\r\nx\r\n" },
      { kind: "deals" },
    );
    expect(noColumn.failure?.code).toBe("IMPORT_COLUMNS_MISSING");
  });

  it("previews a file's columns as the preset reads them, and serves the template", async () => {
    const { payload, headers } = await multipartBody(
      { kind: "deals", preset: "susumu" },
      { name: "p.csv", content: iconv.encode(csv("P-1,プレビュー,リード獲得,1,2026/12/01,"), "cp932") },
    );
    const preview = await admin.request("POST", "/api/v1/imports/preview", payload, headers);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      encoding: "shift_jis",
      headers: header.split(","),
      sampleRows: [["P-1", "プレビュー", "リード獲得", "1", "2026/12/01", ""]],
    });
    expect(preview.json().columns.name).toBe("案件名");
    const template = await admin.request("GET", "/api/v1/imports/template?kind=deals&format=csv");
    expect(template.body.split("\r\n")[0]?.replace("\uFEFF", "")).toContain("外部ID,案件名,ステージ");
    const xlsx = await admin.request("GET", "/api/v1/imports/template?kind=deals&format=xlsx");
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });

  it("cancels a long run: it ends cancelled, and nothing of it is written", async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `CX-${i},中止 ${i},リード獲得,1000,2026/12/01,`);
    const { payload, headers } = await multipartBody(
      { kind: "deals", dryRun: "false" },
      { name: "long.csv", content: `${header}\r\n${lines.join("\r\n")}\r\n` },
    );
    const started = (await admin.request("POST", "/api/v1/imports", payload, headers)).json();
    expect(started.status).toBe("running");
    expect(started.progress.bytesTotal).toBeGreaterThan(0);
    expect((await admin.request("POST", `/api/v1/imports/${started.id}/cancel`)).statusCode).toBe(200);
    let run = started;
    while (run.status === "running" || run.status === "queued") {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = (await admin.request("GET", `/api/v1/imports/${started.id}`)).json();
    }
    expect(run.status).toBe("cancelled");
    expect(run.failure.code).toBe("IMPORT_CANCELLED");
    expect(await dealsOf("CX-")).toEqual([]);
    expect((await admin.request("POST", `/api/v1/imports/${started.id}/cancel`)).statusCode).toBe(409);
  });

  it("is in the OpenAPI document, with the multipart body", async () => {
    const doc = (await admin.request("GET", "/api/openapi.json")).json();
    for (const path of [
      "/api/v1/imports",
      "/api/v1/imports/{id}",
      "/api/v1/imports/{id}/errors",
      "/api/v1/imports/template",
      "/api/v1/import-mappings",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const body = doc.paths["/api/v1/imports"].post.requestBody.content["multipart/form-data"].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(["file", "kind", "preset", "encoding", "mapping", "dryRun"]),
    );
  });

  it("saves a mapping for the next file", async () => {
    const saved = await admin.request("POST", "/api/v1/import-mappings", {
      name: "Maven",
      kind: "deals",
      preset: "susumu",
      mapping: { columns: { externalId: "opportunity_id" } },
    });
    expect(saved.statusCode).toBe(201);
    const list = await admin.request("GET", "/api/v1/import-mappings?kind=deals");
    expect(list.json().map((m: { name: string }) => m.name)).toContain("Maven");
    expect((await admin.request("DELETE", `/api/v1/import-mappings/${saved.json().id}`)).statusCode).toBe(
      204,
    );
  });
});
