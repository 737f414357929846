// Who may read and write which sheet: another team's sheet is not found through any path; the
// scope's managers and admins write; a member writes their own daily report; and the daily and
// monthly sheets carry the same figures as the dashboard and the forecast of their scope and period.
import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../../contract/dashboard";
import type { Forecast } from "../../../contract/forecast";
import type { InsideSales } from "../../../contract/inside-sales";
import type { DailyFigures, MonthlyFigures } from "../../../contract/review-figures";
import type { Review } from "../../../contract/reviews";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

describe("review sheets and scope", async () => {
  // Friday 20 November 2026, 19:00 in Tokyo: the day's calls are in.
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T10:00:00Z") });
  await addProgressData(database.db, fixture);
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");
  const admin = await login("admin@test.example");
  const { memberA1: a1, memberA2: a2 } = fixture.users;
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const selfA1 = `user:${a1?.id}`;
  const get = async <T>(who: typeof managerA, url: string) => {
    const response = await who.request("GET", url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };

  const weekly = (
    await managerA.request("POST", "/api/v1/reviews", { kind: "weekly", scope: teamA, period: "2026-W47" })
  ).json() as Review;
  await managerA.request("POST", `/api/v1/reviews/${weekly.id}/actions`, {
    text: "ロープレ",
    ownerId: a1?.id,
  });
  const action = (await get<Review>(managerA, `/api/v1/reviews/${weekly.id}`))
    .actions[0] as Review["actions"][number];

  it("keeps another team's sheet out of reach: 404 through every path, 403 to make one", async () => {
    const paths = [
      ["GET", `/api/v1/reviews/${weekly.id}`, undefined],
      ["GET", `/api/v1/reviews/${weekly.id}/export.xlsx`, undefined],
      ["PATCH", `/api/v1/reviews/${weekly.id}`, { version: 1, notes: { summary: "x" } }],
      ["POST", `/api/v1/reviews/${weekly.id}/lock`, { version: 1 }],
      ["POST", `/api/v1/reviews/${weekly.id}/refresh`, { version: 1 }],
      ["POST", `/api/v1/reviews/${weekly.id}/actions`, { text: "x", ownerId: fixture.users.memberB?.id }],
      ["POST", `/api/v1/reviews/${weekly.id}/comments`, { body: "x" }],
      ["PATCH", `/api/v1/review-actions/${action.id}`, { version: 1, status: "done" }],
    ] as const;
    for (const [method, url, body] of paths) {
      const response = await memberB.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const create = await memberB.request("POST", "/api/v1/reviews", {
      kind: "weekly",
      scope: teamA,
      period: "2026-W46",
    });
    expect(create.statusCode).toBe(403);
    // Opening the existing sheet is reading it: also refused.
    const existing = await memberB.request("POST", "/api/v1/reviews", {
      kind: "weekly",
      scope: teamA,
      period: "2026-W47",
    });
    expect(existing.statusCode).toBe(404);
    expect((await memberB.request("GET", `/api/v1/reviews?scope=${teamA}`)).statusCode).toBe(403);
    expect((await get<{ total: number }>(memberB, "/api/v1/reviews")).total).toBe(0);
    // Only an admin reads (and writes) the org's sheets.
    expect(
      (
        await managerA.request("POST", "/api/v1/reviews", {
          kind: "monthly",
          scope: "org",
          period: "2026-11",
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await admin.request("POST", "/api/v1/reviews", { kind: "monthly", scope: "org", period: "2026-11" }))
        .statusCode,
    ).toBe(201);
  });

  it("lets a member read the team's sheet and comment, but not write it", async () => {
    const sheet = await get<Review>(memberA1, `/api/v1/reviews/${weekly.id}`);
    expect(sheet.writable).toBe(false);
    expect(
      (
        await memberA1.request("PATCH", `/api/v1/reviews/${weekly.id}`, {
          version: 1,
          notes: { summary: "x" },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await memberA1.request("POST", `/api/v1/reviews/${weekly.id}/lock`, { version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (
        await memberA1.request("POST", "/api/v1/reviews", {
          kind: "weekly",
          scope: teamA,
          period: "2026-W45",
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await memberA1.request("POST", `/api/v1/reviews/${weekly.id}/comments`, { body: "確認しました" }))
        .statusCode,
    ).toBe(201);
    // Another member's daily report is readable with team visibility, not writable.
    expect(
      (
        await memberA1.request("POST", "/api/v1/reviews", {
          kind: "daily",
          scope: `user:${a2?.id}`,
          period: "2026-11-20",
        })
      ).statusCode,
    ).toBe(403);
  });

  it("lets a member write their own daily report: the day against the daily targets, as the dashboard has them", async () => {
    const response = await memberA1.request("POST", "/api/v1/reviews", {
      kind: "daily",
      scope: selfA1,
      period: "2026-11-20",
    });
    expect(response.statusCode, response.body).toBe(201);
    const sheet = response.json() as Review;
    expect(sheet).toMatchObject({
      kind: "daily",
      scopeName: "member-a1",
      writable: true,
      period: { kind: "day", label: "2026-11-20" },
    });
    const figures = sheet.figures as DailyFigures;
    const day = await get<Dashboard>(memberA1, `/api/v1/dashboard?scope=${selfA1}&period=2026-11-20`);
    const month = await get<Dashboard>(memberA1, `/api/v1/dashboard?scope=${selfA1}&period=2026-11`);
    expect(figures).toMatchObject({ businessDay: true, month: { label: "2026-11" } });
    for (const item of month.activities.items) {
      const { dailyTarget, ...monthToDate } = item;
      const row = figures.actions.find((a) => a.kpiKey === item.kpiKey);
      expect(row?.dailyTarget).toBe(dailyTarget);
      expect(row?.monthToDate).toEqual(monthToDate);
      expect(row?.actual).toBe(day.activities.items.find((k) => k.kpiKey === item.kpiKey)?.actual);
    }
    // A1's 700 November calls over 14 business days: 50 on the day, against 1,200 ÷ 19 rounded up.
    expect(figures.actions.find((a) => a.kpiKey === "calls")).toMatchObject({
      actual: 50,
      dailyTarget: 64,
      status: "at_risk",
    });
    expect(figures.actions.find((a) => a.kpiKey === "calls")?.achievement).toBeCloseTo(50 / 64, 10);
    const isDay = await get<InsideSales>(memberA1, `/api/v1/inside-sales?scope=${selfA1}&period=2026-11-20`);
    const rate = figures.rates.find((r) => r.kpiKey === "effectiveContactRate");
    expect(rate?.actual).toBe(isDay.kpis.find((k) => k.kpiKey === "effectiveContactRate")?.actual);
    expect(rate?.actual).toBeGreaterThan(0);

    const notes = await memberA1.request("PATCH", `/api/v1/reviews/${sheet.id}`, {
      version: 1,
      notes: {
        wentWell: "午前に有効コンタクト",
        wentBadly: "午後の接続率が低い",
        tomorrow: "10時台に架電を寄せる",
      },
    });
    expect(notes.statusCode, notes.body).toBe(200);
    const own = await memberA1.request("POST", `/api/v1/reviews/${sheet.id}/actions`, {
      text: "リストを見直す",
      ownerId: a1?.id,
    });
    expect(own.statusCode, own.body).toBe(201);
    const other = await memberA1.request("POST", `/api/v1/reviews/${sheet.id}/actions`, {
      text: "x",
      ownerId: a2?.id,
    });
    expect(other.statusCode).toBe(403);
    // The manager writes it too; the member's teammate reads it.
    const memberA2 = await login("member-a2@test.example");
    expect((await memberA2.request("GET", `/api/v1/reviews/${sheet.id}`)).json().writable).toBe(false);
    expect((await managerA.request("GET", `/api/v1/reviews/${sheet.id}`)).json().writable).toBe(true);
    // Not a weekly review of their own, though.
    expect(
      (
        await memberA1.request("POST", "/api/v1/reviews", {
          kind: "weekly",
          scope: selfA1,
          period: "2026-W47",
        })
      ).statusCode,
    ).toBe(403);
  });

  it("fills a monthly sheet with the forecast, the funnel and each person's figures", async () => {
    const response = await managerA.request("POST", "/api/v1/reviews", {
      kind: "monthly",
      scope: teamA,
      period: "2026-11",
    });
    expect(response.statusCode, response.body).toBe(201);
    const sheet = response.json() as Review;
    const figures = sheet.figures as MonthlyFigures;
    const dashboard = await get<Dashboard>(managerA, `/api/v1/dashboard?scope=${teamA}&period=2026-11`);
    const forecast = await get<Forecast>(managerA, `/api/v1/forecast?scope=${teamA}&period=2026-11`);
    expect(figures.kgi).toEqual(dashboard.kgi);
    expect(figures.landing).toEqual(dashboard.landing);
    expect(figures.people.items).toEqual(dashboard.rankings.people);
    expect(figures.forecast).toEqual({
      landing: forecast.landing,
      weighted: forecast.weighted,
      coverage: forecast.coverage,
      commitCoverage: forecast.commitCoverage,
      byHistory: forecast.inputs.byHistory,
      byStage: forecast.inputs.byStage,
      topDeals: forecast.inputs.topDeals,
    });
    expect(figures.forecast.landing.wonToDate).toBe(5_000_000);
    const notes = {
      what: "受注 500万円（目標比25%）",
      why: "商談化率の低下",
      soWhat: "後半のトークに課題",
      nowWhat: "スクリプト改訂",
      crossTeam: "MKT のリード品質",
      nextMonthStrategy: "製造業に集中",
      evaluations: [{ userId: a1?.id, text: "行動量は十分" }],
    };
    const saved = await managerA.request("PATCH", `/api/v1/reviews/${sheet.id}`, { version: 1, notes });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().notes).toEqual(notes);
    // A word on someone outside the scope is refused.
    const outside = await managerA.request("PATCH", `/api/v1/reviews/${sheet.id}`, {
      version: 2,
      notes: { evaluations: [{ userId: fixture.users.memberB?.id, text: "x" }] },
    });
    expect(outside.statusCode).toBe(422);
    const twice = await managerA.request("PATCH", `/api/v1/reviews/${sheet.id}`, {
      version: 2,
      notes: {
        evaluations: [
          { userId: a1?.id, text: "x" },
          { userId: a1?.id, text: "y" },
        ],
      },
    });
    expect(twice.statusCode).toBe(400);
  });
});
