import { describe, expect, it } from "vitest";
import type { FunnelAnalysis } from "../../../contract/analysis";
import type { Dashboard } from "../../../contract/dashboard";
import type { DataQuality } from "../../../contract/data-quality";
import { readCsv, readXlsx, sheetRows } from "../../../test/export-files";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

describe("report exports over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const teamB = `team:${fixture.teams.teamB?.id}`;

  it("exports the data-quality tables with the report's own figures; no data is an empty cell", async () => {
    const report = (
      await managerA.request("GET", `/api/v1/data-quality?scope=${teamA}`)
    ).json() as DataQuality;
    const workbook = await readXlsx(
      await managerA.request("GET", `/api/v1/data-quality/export?scope=${teamA}`),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["担当者別", "直すべき案件"]);
    const people = sheetRows(workbook.worksheets[0] as never).rows;
    expect(people.map((p) => p.担当者)).toEqual(report.people.map((p) => p.name));
    report.people.forEach((person, i) => {
      expect(people[i]?.["7項目の充足率"] ?? null).toBe(person.fieldCompleteness);
      expect(people[i]?.証跡の提出率 ?? null).toBe(person.evidenceCoverage);
    });
    expect(report.people.some((p) => p.evidenceCoverage === null)).toBe(true);
    const filled = report.people.findIndex((p) => p.fieldCompleteness !== null);
    const cell = workbook.worksheets[0]?.getRow(filled + 2).getCell(4);
    expect(cell?.numFmt).toBe("0.0%");
    expect(
      workbook.worksheets[0]
        ?.getRow(2 + report.people.findIndex((p) => p.fieldCompleteness === null))
        .getCell(4).value,
    ).toBeNull();
    const csv = readCsv(
      await managerA.request("GET", `/api/v1/data-quality/export?scope=${teamA}&format=csv&table=dealsToFix`),
    );
    expect(csv.rows.map((r) => r.案件名)).toEqual(report.dealsToFix.map((d) => d.name));
    expect(csv.rows[0]?.未入力の項目).toBe("次回目的、決裁者、議事録URL");
    expect(report.dealsToFix[0]?.missingFields).toEqual([
      "nextMeetingPurpose",
      "decisionMakerId",
      "minutesUrl",
    ]);
    expect((await memberA1.request("GET", `/api/v1/data-quality/export?scope=${teamB}`)).statusCode).toBe(
      403,
    );
  });

  it("exports the dashboard's tables, one worksheet each, or one table as CSV", async () => {
    const query = `scope=${teamA}&period=2026-11`;
    const d = (await managerA.request("GET", `/api/v1/dashboard?${query}`)).json() as Dashboard;
    const response = await managerA.request("GET", `/api/v1/dashboard/export?${query}`);
    expect(response.headers["content-disposition"]).toContain("dashboard-2026-11-20.xlsx");
    const workbook = await readXlsx(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "KPIの進捗",
      "行動KPI",
      "日別の行動量",
      "ファネル",
      "ランキング",
      "停滞案件",
    ]);
    const kpis = sheetRows(workbook.worksheets[0] as never).rows;
    expect(kpis[0]).toMatchObject({ KPI: d.kgi.name, 実績: d.kgi.actual, 目標: d.kgi.target, 達成率: 0.25 });
    expect(kpis[0]?.進捗ペース).toBeCloseTo(d.kgi.pace as number, 12);
    expect(kpis).toHaveLength(1 + d.pace.kpis.length);
    const ranking = sheetRows(workbook.worksheets[4] as never);
    expect(ranking.header).toContain(d.rankings.name);
    const csv = readCsv(
      await managerA.request("GET", `/api/v1/dashboard/export?${query}&format=csv&table=funnel`),
    );
    expect(csv.rows.map((r) => r.ステージ)).toEqual(d.funnel.stages.map((s) => s.name));
    expect(csv.rows.map((r) => r.前進率)).toEqual(
      d.funnel.stages.map((s) => (s.conversion === null ? "" : String(s.conversion))),
    );
    const oneSheet = await readXlsx(
      await managerA.request("GET", `/api/v1/dashboard/export?${query}&table=daily`),
    );
    expect(oneSheet.worksheets.map((s) => s.name)).toEqual(["日別の行動量"]);
    const day = sheetRows(oneSheet.worksheets[0] as never).rows[0];
    expect(day?.日付).toEqual(new Date(`${d.activities.daily[0]?.date}T00:00:00Z`));
    expect((await managerA.request("GET", `/api/v1/dashboard/export?scope=${teamB}`)).statusCode).toBe(403);
  });

  it("exports the funnel analysis' steps and groups with the analysis' own rates", async () => {
    const query = `scope=${teamA}&period=2026-10&by=person`;
    const a = (await managerA.request("GET", `/api/v1/analysis/funnel?${query}`)).json() as FunnelAnalysis;
    const workbook = await readXlsx(
      await managerA.request("GET", `/api/v1/analysis/funnel/export?${query}&lang=en`),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Funnel steps", "Volume", "By group"]);
    const steps = sheetRows(workbook.worksheets[0] as never).rows;
    expect(steps.map((s) => s.Step)).toEqual(a.steps.map((s) => s.nameEn));
    a.steps.forEach((step, i) => {
      expect(steps[i]?.["Actual rate"] ?? null).toBe(step.actualRate);
      expect(steps[i]?.["Target rate"] ?? null).toBe(step.targetRate);
    });
    const groups = sheetRows(workbook.worksheets[2] as never).rows;
    expect(groups).toHaveLength(a.groups.reduce((n, g) => n + g.steps.length, 0));
    const csv = readCsv(
      await managerA.request("GET", `/api/v1/analysis/funnel/export?${query}&format=csv&table=groups`),
    );
    expect(csv.rows[0]?.グループ).toBe(a.groups[0]?.label);
  });
});
