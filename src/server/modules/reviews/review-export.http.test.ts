// A review sheet as .xlsx: it opens in ExcelJS with the title, the KPI table in numeric cells with
// percentages formatted, the written parts, last meeting's actions with their follow-up and this
// meeting's actions, set up to print on A4.
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { WeeklyFigures } from "../../../contract/review-figures";
import type { Review } from "../../../contract/reviews";
import { targets } from "../../../db/schema";
import { readXlsx } from "../../../test/export-files";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

/** Every row of the sheet as its cells' values (1-based columns dropped to 0-based). */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const rows: { no: number; cells: ExcelJS.Cell[] }[] = [];
  sheet.eachRow((row, no) => {
    rows.push({ no, cells: Array.from({ length: 6 }, (_, i) => row.getCell(i + 1)) });
  });
  return rows;
}
const textOf = (cell: ExcelJS.Cell | undefined) =>
  cell?.value === null || cell?.value === undefined ? "" : String(cell.value);

describe("a review sheet exported to Excel", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  await database.db.insert(targets).values({
    kpiKey: "calls",
    periodKind: "week",
    periodStart: "2026-11-16",
    scopeKind: "team",
    teamId: fixture.teams.teamA?.id as string,
    value: 600,
  });
  const managerA = await login("manager-a@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const a1 = fixture.users.memberA1?.id;
  const post = async (url: string, body: unknown) => {
    const response = await managerA.request("POST", url, body);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  };

  const last = (await post("/api/v1/reviews", {
    kind: "weekly",
    scope: teamA,
    period: "2026-W46",
  })) as Review;
  const decided = await post(`/api/v1/reviews/${last.id}/actions`, {
    text: "前回: トーク改訂",
    ownerId: a1,
    dueDate: "2026-11-18",
  });
  await post(`/api/v1/reviews/${last.id}/lock`, { version: 1 });
  await managerA.request("PATCH", `/api/v1/review-actions/${decided.id}`, {
    version: 1,
    status: "done",
    outcome: "改訂済み",
  });
  const sheet = (await post("/api/v1/reviews", {
    kind: "weekly",
    scope: teamA,
    period: "2026-W47",
  })) as Review;
  await managerA.request("PATCH", `/api/v1/reviews/${sheet.id}`, {
    version: 1,
    notes: { bottleneck: "商談化率が目標を下回る\n後半の切り返しが弱い", nextWeekFocus: "製造業" },
  });
  await post(`/api/v1/reviews/${sheet.id}/actions`, {
    text: "切り返しトークを3本用意",
    ownerId: a1,
    dueDate: "2026-11-27",
  });

  it("lays the sheet out with its title, KPI rows in numeric cells, the notes and both sets of actions", async () => {
    const response = await managerA.request("GET", `/api/v1/reviews/${sheet.id}/export.xlsx`);
    const workbook = await readXlsx(response);
    expect(String(response.headers["content-disposition"])).toContain("review-weekly-2026-W47");
    const ws = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe("週次レビュー");
    expect(textOf(ws.getCell("A1"))).toBe("週次レビュー Aチーム 2026-W47");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: "portrait",
    });

    const rows = rowsOf(ws);
    const header = rows.find((r) => textOf(r.cells[0]) === "KPI");
    expect(header?.cells.map(textOf)).toEqual(["KPI", "目標", "実績", "達成率", "進捗ペース", "状況"]);
    const figures = sheet.figures as WeeklyFigures;
    const kpiRows = rows.filter((r) => r.no > (header?.no ?? 0)).slice(0, 1 + figures.pace.kpis.length);
    expect(kpiRows.map((r) => textOf(r.cells[0]))).toEqual(
      [figures.kgi, ...figures.pace.kpis].map((k) => k.name),
    );
    const calls = kpiRows.find((r) => textOf(r.cells[0]) === "架電数");
    const callsFigure = figures.pace.kpis.find((k) => k.kpiKey === "calls");
    expect(calls?.cells[2]?.value).toBe(callsFigure?.actual);
    expect(typeof calls?.cells[2]?.value).toBe("number");
    const revenue = kpiRows[0];
    expect(revenue?.cells[1]?.value).toBe(figures.kgi.target);
    expect(revenue?.cells[1]?.numFmt).toBe("#,##0");
    // An achievement is a number formatted as a percentage, empty where there is no target.
    expect(calls?.cells[1]?.value).toBe(600);
    expect(calls?.cells[3]?.value).toBeCloseTo((callsFigure?.actual ?? 0) / 600, 10);
    expect(calls?.cells[3]?.numFmt).toBe("0.0%");
    const wins = kpiRows.find((r) => textOf(r.cells[0]) === "受注件数");
    expect(wins?.cells[1]?.value).toBeNull();
    expect(wins?.cells[3]?.value).toBeNull();

    const all = rows.flatMap((r) => r.cells.map(textOf));
    expect(all).toContain("ボトルネック分析（原因仮説）");
    expect(all).toContain("商談化率が目標を下回る\n後半の切り返しが弱い");
    const previous = rows.find((r) => textOf(r.cells[0]) === "前回: トーク改訂");
    expect(previous?.cells.map(textOf).slice(1, 5)).toEqual([
      "member-a1",
      textOf(previous?.cells[2]),
      "完了",
      "改訂済み",
    ]);
    expect(previous?.cells[2]?.value).toBeInstanceOf(Date);
    const now = rows.find((r) => textOf(r.cells[0]) === "切り返しトークを3本用意");
    expect(now?.cells.map(textOf).slice(1, 4)).toEqual(["member-a1", textOf(now?.cells[2]), "未着手"]);
    expect(now?.cells[2]?.value).toEqual(new Date("2026-11-27T00:00:00Z"));
    const headings = rows.map((r) => textOf(r.cells[0]));
    expect(headings.indexOf("前回のアクション")).toBeLessThan(headings.indexOf("今回のアクション"));
  });

  it("speaks English when asked", async () => {
    const workbook = await readXlsx(
      await managerA.request("GET", `/api/v1/reviews/${sheet.id}/export.xlsx?lang=en`),
    );
    const ws = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(textOf(ws.getCell("A1"))).toBe("Weekly review Team A 2026-W47");
    const all = rowsOf(ws).flatMap((r) => r.cells.map(textOf));
    expect(all).toEqual(
      expect.arrayContaining(["Target", "Achievement", "Previous actions", "Done", "Calls"]),
    );
  });

  it("exports the monthly sheet with its landing forecast and the daily report with its rates", async () => {
    const monthly = (await post("/api/v1/reviews", {
      kind: "monthly",
      scope: teamA,
      period: "2026-11",
    })) as Review;
    const m = await readXlsx(await managerA.request("GET", `/api/v1/reviews/${monthly.id}/export.xlsx`));
    const monthlyCells = rowsOf(m.worksheets[0] as ExcelJS.Worksheet).flatMap((r) => r.cells.map(textOf));
    expect(monthlyCells).toEqual(
      expect.arrayContaining(["着地予測と根拠", "P50", "個人別評価", "What：何が起きたか"]),
    );
    const daily = (await post("/api/v1/reviews", {
      kind: "daily",
      scope: `user:${a1}`,
      period: "2026-11-20",
    })) as Review;
    const d = await readXlsx(await managerA.request("GET", `/api/v1/reviews/${daily.id}/export.xlsx`));
    const dailyRows = rowsOf(d.worksheets[0] as ExcelJS.Worksheet);
    const calls = dailyRows.find((r) => textOf(r.cells[0]) === "架電数");
    expect(calls?.cells.slice(1, 3).map((c) => c.value)).toEqual([64, 50]);
    expect(dailyRows.flatMap((r) => r.cells.map(textOf))).toEqual(
      expect.arrayContaining(["効率", "上手くいった点"]),
    );
  });
});
