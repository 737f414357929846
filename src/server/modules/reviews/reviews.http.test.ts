// Review sheets over HTTP (SPEC.md C9): a sheet is filled from the same answers as the screens, one
// per kind, scope and period, its notes are written with optimistic concurrency in the parts of its
// kind, and a locked sheet refuses edits.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../../contract/dashboard";
import type { WeeklyFigures } from "../../../contract/review-figures";
import type { Review } from "../../../contract/reviews";
import { auditLog, reviews, targets } from "../../../db/schema";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

describe("review sheets over HTTP", async () => {
  // Friday 20 November 2026, noon in Tokyo: the week 2026-W47 (16-22 November) is on its 5th day.
  const { app, fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  const teamAId = fixture.teams.teamA?.id as string;
  // Week targets of team A, so that the weekly sheet has something to be measured against.
  await database.db.insert(targets).values(
    [
      ["calls", 600],
      ["revenue", 5_000_000],
      ["meetingsSet", 8],
    ].map(([kpiKey, value]) => ({
      kpiKey: kpiKey as string,
      periodKind: "week" as const,
      periodStart: "2026-11-16",
      scopeKind: "team" as const,
      teamId: teamAId,
      value: value as number,
    })),
  );
  const managerA = await login("manager-a@test.example");
  const teamA = `team:${teamAId}`;
  const openSheet = async (body: Record<string, unknown>, status = 201, who = managerA) => {
    const response = await who.request("POST", "/api/v1/reviews", body);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as Review;
  };

  it("fills a weekly sheet with the dashboard's figures for the same scope and week", async () => {
    const sheet = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W47" });
    const dashboard = (
      await managerA.request("GET", `/api/v1/dashboard?scope=${teamA}&period=2026-W47`)
    ).json() as Dashboard;
    expect(sheet).toMatchObject({
      kind: "weekly",
      scope: teamA,
      scopeName: "Aチーム",
      period: { kind: "week", label: "2026-W47", start: "2026-11-16", end: "2026-11-22" },
      locked: false,
      lockedBy: null,
      previousReview: null,
      previousActions: [],
      actions: [],
      comments: [],
      notes: {},
      writable: true,
      version: 1,
    });
    const figures = sheet.figures as WeeklyFigures;
    expect(figures.kind).toBe("weekly");
    expect(figures.kgi).toEqual(dashboard.kgi);
    expect(figures.pace).toEqual(dashboard.pace);
    expect(figures.kgi).toMatchObject({ target: 5_000_000, actual: 0 });
    expect(figures.pace.kpis.find((k) => k.kpiKey === "calls")).toMatchObject({ target: 600 });
    // The funnel of the analysis screen for the same week, with its bottleneck.
    const funnel = (
      await managerA.request("GET", `/api/v1/analysis/funnel?scope=${teamA}&period=2026-W47`)
    ).json();
    expect(figures.funnel).toEqual({
      steps: funnel.steps,
      volume: funnel.volume,
      bottleneck: funnel.bottleneck,
    });
    // Team A made calls this week: its inside-sales section comes along.
    const is = (await managerA.request("GET", `/api/v1/inside-sales?scope=${teamA}&period=2026-W47`)).json();
    expect(figures.insideSales?.kpis).toEqual(is.kpis);
  });

  it("answers the same sheet for the same kind, scope and period, and keeps one row", async () => {
    const first = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W46" });
    const second = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W46" }, 200);
    expect(second.id).toBe(first.id);
    const [racing1, racing2] = await Promise.all([
      managerA.request("POST", "/api/v1/reviews", { kind: "monthly", scope: teamA, period: "2026-11" }),
      managerA.request("POST", "/api/v1/reviews", { kind: "monthly", scope: teamA, period: "2026-11" }),
    ]);
    expect([racing1.statusCode, racing2.statusCode].sort()).toEqual([200, 201]);
    expect(racing1.json().id).toBe(racing2.json().id);
    const rows = await database.db.select().from(reviews).where(eq(reviews.scope, teamA));
    expect(rows.filter((r) => r.periodLabel === "2026-W46")).toHaveLength(1);
    expect(rows.filter((r) => r.periodLabel === "2026-11")).toHaveLength(1);
  });

  it("refuses a period that does not fit the kind of sheet, and bad kinds and scopes", async () => {
    for (const [kind, period] of [
      ["weekly", "2026-11"],
      ["monthly", "2026-W47"],
      ["daily", "2026-W47"],
      ["weekly", "2026-11-20"],
    ]) {
      const response = await managerA.request("POST", "/api/v1/reviews", { kind, scope: teamA, period });
      expect(response.statusCode, `${kind} ${period}`).toBe(400);
      expect(response.json().error.code).toBe("REVIEW_PERIOD_INVALID");
    }
    const bad = [
      { kind: "yearly", scope: teamA, period: "2026-11" },
      { kind: "weekly", scope: "team:nope", period: "2026-W47" },
      { kind: "weekly", scope: teamA },
    ];
    for (const body of bad) {
      const response = await managerA.request("POST", "/api/v1/reviews", body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("VALIDATION_FAILED");
    }
    const invalid = await managerA.request("POST", "/api/v1/reviews", {
      kind: "weekly",
      scope: teamA,
      period: "2026-W60",
    });
    expect(invalid.json().error.code).toBe("PERIOD_INVALID");
  });

  it("writes the notes of its kind with the version read: 409 on a stale one, 400 for another kind's", async () => {
    const sheet = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W45" });
    const patch = (body: Record<string, unknown>) =>
      managerA.request("PATCH", `/api/v1/reviews/${sheet.id}`, body);
    const saved = await patch({
      version: 1,
      notes: {
        bottleneck: "  商談化率が目標の6割。\r\nトークの後半で離脱。  ",
        nextWeekFocus: "製造業リスト",
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      notes: { bottleneck: "商談化率が目標の6割。\nトークの後半で離脱。", nextWeekFocus: "製造業リスト" },
    });
    // The parts given replace the stored ones; the others stay.
    const more = await patch({ version: 2, notes: { summary: "架電は計画どおり" } });
    expect(more.json().notes).toEqual({
      bottleneck: "商談化率が目標の6割。\nトークの後半で離脱。",
      nextWeekFocus: "製造業リスト",
      summary: "架電は計画どおり",
    });
    const stale = await patch({ version: 2, notes: { summary: "古い版から" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { version: 3 } },
    });

    const wrongKind = await patch({ version: 3, notes: { wentWell: "日報の項目" } });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.code).toBe("VALIDATION_FAILED");
    const monthlyPart = await patch({ version: 3, notes: { soWhat: "月次の項目" } });
    expect(monthlyPart.statusCode).toBe(400);
    const control = await patch({ version: 3, notes: { summary: "bell\u0007" } });
    expect(control.statusCode).toBe(400);
    const long = await patch({ version: 3, notes: { summary: "あ".repeat(4001) } });
    expect(long.statusCode).toBe(400);
    expect((await managerA.request("GET", `/api/v1/reviews/${sheet.id}`)).json().version).toBe(3);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, sheet.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update", "update"]);
  });

  it("refuses edits once locked (423), but still takes comments", async () => {
    const sheet = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W44" });
    const locked = await managerA.request("POST", `/api/v1/reviews/${sheet.id}/lock`, { version: 1 });
    expect(locked.statusCode, locked.body).toBe(200);
    expect(locked.json()).toMatchObject({
      locked: true,
      lockedBy: fixture.users.managerA?.id,
      lockedByName: "manager-a",
      version: 2,
    });
    expect(locked.json().lockedAt).toBe("2026-11-20T03:00:00.000Z");
    for (const [method, url, body] of [
      ["PATCH", `/api/v1/reviews/${sheet.id}`, { version: 2, notes: { summary: "後から" } }],
      ["POST", `/api/v1/reviews/${sheet.id}/lock`, { version: 2 }],
      ["POST", `/api/v1/reviews/${sheet.id}/refresh`, { version: 2 }],
      [
        "POST",
        `/api/v1/reviews/${sheet.id}/actions`,
        { text: "後から", ownerId: fixture.users.memberA1?.id },
      ],
    ] as const) {
      const response = await managerA.request(method, url, body);
      expect(response.statusCode, url).toBe(423);
      expect(response.json().error.code).toBe("REVIEW_LOCKED");
    }
    const comment = await managerA.request("POST", `/api/v1/reviews/${sheet.id}/comments`, {
      body: "お疲れさまでした",
    });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(comment.json()).toMatchObject({ authorName: "manager-a", body: "お疲れさまでした" });
    const memberA1 = await login("member-a1@test.example");
    const fromMember = await memberA1.request("POST", `/api/v1/reviews/${sheet.id}/comments`, {
      body: "了解です",
    });
    expect(fromMember.statusCode).toBe(201);
    const again = (await managerA.request("GET", `/api/v1/reviews/${sheet.id}`)).json() as Review;
    // In the order written (here at the same instant of the test's clock).
    expect(again.comments.map((c) => [c.authorName, c.body]).sort()).toEqual([
      ["manager-a", "お疲れさまでした"],
      ["member-a1", "了解です"],
    ]);
    expect(
      (await managerA.request("POST", `/api/v1/reviews/${sheet.id}/comments`, { body: "  " })).statusCode,
    ).toBe(400);
  });

  it("re-takes the figures while unlocked", async () => {
    const sheet = await openSheet({ kind: "weekly", scope: teamA, period: "2026-W43" });
    const refreshed = await managerA.request("POST", `/api/v1/reviews/${sheet.id}/refresh`, { version: 1 });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json()).toMatchObject({ version: 2, figures: { kind: "weekly" } });
    expect(
      (await managerA.request("POST", `/api/v1/reviews/${sheet.id}/refresh`, { version: 1 })).statusCode,
    ).toBe(409);
  });

  it("lists the sheets of a scope newest first, by kind and period", async () => {
    const list = await managerA.request("GET", `/api/v1/reviews?scope=${teamA}&kind=weekly`);
    expect(list.statusCode, list.body).toBe(200);
    const labels = list.json().items.map((i: { period: { label: string } }) => i.period.label);
    expect(labels).toEqual(["2026-W47", "2026-W46", "2026-W45", "2026-W44", "2026-W43"]);
    expect(list.json().items[0]).toMatchObject({ scopeName: "Aチーム", actionCount: 0, locked: false });
    const ranged = await managerA.request(
      "GET",
      `/api/v1/reviews?scope=${teamA}&from=2026-11-01&to=2026-11-10`,
    );
    expect(ranged.json().items.map((i: { period: { label: string } }) => i.period.label)).toEqual([
      "2026-W46",
      "2026-W45",
      "2026-11",
    ]);
    expect(list.json().total).toBe(5);
  });

  it("is described in the OpenAPI document", async () => {
    const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/reviews",
        "/api/v1/reviews/{id}",
        "/api/v1/reviews/{id}/lock",
        "/api/v1/reviews/{id}/refresh",
        "/api/v1/reviews/{id}/actions",
        "/api/v1/reviews/{id}/comments",
        "/api/v1/reviews/{id}/export.xlsx",
        "/api/v1/review-actions/{id}",
      ]),
    );
    const create = openapi.paths["/api/v1/reviews"].post;
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(["200", "201", "400", "403", "423"]),
    );
    expect(Object.keys(openapi.paths["/api/v1/reviews/{id}"].get.responses["200"].content)).toEqual([
      "application/json",
    ]);
  });
});
