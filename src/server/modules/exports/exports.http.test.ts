import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { deals, importRecords, imports } from "../../../db/schema";
import { readCsv, readXlsx, sheetRows } from "../../../test/export-files";
import { createTestApp } from "../../../test/http";

describe("deal exports over HTTP", async () => {
  // 10:00 on Friday 20 November 2026 in Tokyo.
  const { app, fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;

  it("writes .xlsx with typed cells, a bold frozen header in Japanese, and the file's name", async () => {
    const response = await admin.request("GET", "/api/v1/deals/export?sort=-amount");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="deals-2026-11-20.xlsx"; filename*=UTF-8''deals-2026-11-20.xlsx`,
    );
    const workbook = await readXlsx(response);
    const sheet = workbook.worksheets[0] as NonNullable<(typeof workbook.worksheets)[0]>;
    expect(sheet.name).toBe("案件");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const { header, rows } = sheetRows(sheet);
    expect(header.slice(0, 3)).toEqual(["案件名", "取引先", "担当者"]);
    expect(rows.map((r) => r.案件名)).toEqual([
      "ベータ POS 刷新",
      "アルファ 生産管理システム導入",
      "アルファ 追加ライセンス",
    ]);
    const [first] = rows;
    expect(first?.受注見込み金額).toBe(8_000_000);
    expect(first?.完了予定日).toEqual(new Date("2026-12-15T00:00:00Z"));
    expect(first?.ステージ).toBe("リード獲得");
    expect(first?.状況).toBe("進行中");
    expect(first?.決裁者).toBeNull();
    const amount = sheet.getRow(2).getCell(header.indexOf("受注見込み金額") + 1);
    expect(amount.type).toBe(2); // ExcelJS.ValueType.Number
    expect(amount.numFmt).toBe("#,##0");
  });

  it("writes the headers in English for Accept-Language: en, or lang=en", async () => {
    for (const [query, headers] of [
      ["", { "accept-language": "en" }],
      ["?lang=en", {}],
    ] as const) {
      const response = await admin.request("GET", `/api/v1/deals/export${query}`, undefined, headers);
      const sheet = (await readXlsx(response)).worksheets[0];
      expect(sheet?.name).toBe("Deals");
      const { header, rows } = sheetRows(sheet as NonNullable<typeof sheet>);
      expect(header.slice(0, 3)).toEqual(["Deal name", "Account", "Owner"]);
      expect(rows[0]?.Stage).toBe("Lead");
    }
  });

  it("writes CSV in UTF-8 with a BOM: the same rows as the list with the same filters", async () => {
    const query = `q=${encodeURIComponent("アルファ")}&sort=amount`;
    const list = (await memberA1.request("GET", `/api/v1/deals?${query}`)).json();
    const response = await memberA1.request("GET", `/api/v1/deals/export?format=csv&${query}`);
    expect(response.headers["content-disposition"]).toContain("filename*=UTF-8''deals-2026-11-20.csv");
    const csv = readCsv(response);
    expect(csv.hasBom).toBe(true);
    expect(csv.header[0]).toBe("案件名");
    expect(csv.rows.map((r) => r.案件名)).toEqual(list.items.map((d: { name: string }) => d.name));
    expect(csv.rows.map((r) => r.受注見込み金額)).toEqual(["1200000", "3000000"]);
    expect(csv.rows[0]?.完了予定日).toBe("2026-12-15");
    expect(csv.rows[0]?.ID).toBe(fixture.deals.dealA2?.id);
  });

  it("passes the list's import filter through: the deals one import wrote", async () => {
    const [run] = await database.db
      .insert(imports)
      .values({
        kind: "deals",
        preset: "susumu",
        fileName: "deals.csv",
        fileFormat: "csv",
        dryRun: false,
        status: "done",
        createdBy: fixture.users.admin?.id as string,
      })
      .returning();
    await database.db.insert(importRecords).values({
      importId: run?.id as string,
      recordId: fixture.deals.dealB?.id as string,
      action: "created",
    });
    const csv = readCsv(await admin.request("GET", `/api/v1/deals/export?format=csv&importId=${run?.id}`));
    expect(csv.rows.map((r) => r.案件名)).toEqual(["ベータ POS 刷新"]);
  });

  it("keeps to the caller's scope, and refuses another team's scope as the list does", async () => {
    const own = sheetRows(
      (await readXlsx(await memberB.request("GET", "/api/v1/deals/export"))).worksheets[0] as never,
    );
    expect(own.rows.map((r) => r.案件名)).toEqual(["ベータ POS 刷新"]);
    const viaFilter = readCsv(
      await memberB.request("GET", `/api/v1/deals/export?format=csv&teamId=${fixture.teams.teamA?.id}`),
    );
    expect(viaFilter.rows).toEqual([]);
    const list = await memberB.request("GET", `/api/v1/deals?scope=${teamA}`);
    const exported = await memberB.request("GET", `/api/v1/deals/export?scope=${teamA}`);
    expect(list.statusCode).toBe(403);
    expect(exported.statusCode).toBe(403);
    expect(exported.json().error.code).toBe(list.json().error.code);
    const anonymous = await app.inject({ method: "GET", url: "/api/v1/deals/export" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("exports every matching row across pages, in the list's order", async () => {
    const a2 = fixture.users.memberA2;
    const many = Array.from({ length: 4_500 }, (_, i) => ({
      name: `一括 ${String(i).padStart(4, "0")}`,
      ownerId: a2?.id as string,
      teamId: a2?.teamId as string,
      pipelineId: fixture.pipeline?.id as string,
      stageId: fixture.stage("proposal").id,
      probability: 60,
      amount: (i % 7) * 100_000,
      expectedCloseDate: "2027-01-31",
    }));
    await database.db.insert(deals).values(many);
    const response = await memberA1.request(
      "GET",
      `/api/v1/deals/export?format=csv&stageId=${fixture.stage("proposal").id}&sort=-amount`,
    );
    const { rows } = readCsv(response);
    expect(rows).toHaveLength(4_500);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(4_500);
    const firstPage = (
      await memberA1.request(
        "GET",
        `/api/v1/deals?stageId=${fixture.stage("proposal").id}&sort=-amount&limit=1000`,
      )
    ).json();
    expect(rows.slice(0, 1000).map((r) => r.ID)).toEqual(firstPage.items.map((d: { id: string }) => d.id));
    const xlsx = sheetRows(
      (await readXlsx(await memberA1.request("GET", "/api/v1/deals/export"))).worksheets[0] as never,
    );
    expect(xlsx.rows).toHaveLength(4_502);
    // Member B sees none of them.
    expect(readCsv(await memberB.request("GET", "/api/v1/deals/export?format=csv")).rows).toHaveLength(1);
  });

  it("ends its snapshot transaction when the download ends, finished or abandoned", async () => {
    const inTransaction = async () => {
      const { rows } = await database.pool.query(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'",
      );
      return rows[0].n as number;
    };
    // A browser that goes away after the first bytes: the socket closes mid-download.
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const request = http.get(
        {
          port,
          path: "/api/v1/deals/export?format=csv",
          headers: { cookie: `susumu_session=${memberA1.cookie}` },
        },
        (response) => {
          expect(response.statusCode).toBe(200);
          response.once("data", () => {
            request.destroy();
            resolve();
          });
        },
      );
      request.on("error", reject);
    });
    await expect.poll(inTransaction, { timeout: 5_000 }).toBe(0);
    await memberA1.request("GET", "/api/v1/deals/export");
    expect(await inTransaction()).toBe(0);
  });

  it("is described in the OpenAPI document with its file types", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const route = doc.paths["/api/v1/deals/export"].get;
    expect(Object.keys(route.responses["200"].content)).toEqual([
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text/csv; charset=utf-8",
    ]);
    // The list's own query, with what another module adds to it (importId), and no paging.
    const names = route.parameters.map((p: { name: string }) => p.name);
    expect(names).not.toContain("offset");
    expect(names).toEqual(
      expect.arrayContaining(["format", "lang", "status", "stale", "scope", "q", "sort", "importId"]),
    );
    for (const path of [
      "/api/v1/accounts/export",
      "/api/v1/contacts/export",
      "/api/v1/activities/export",
      "/api/v1/leads/export",
      "/api/v1/data-quality/export",
      "/api/v1/dashboard/export",
      "/api/v1/analysis/funnel/export",
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
  });
});
