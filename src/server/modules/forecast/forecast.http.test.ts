import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Forecast, ForecastDeals } from "../../../contract/forecast";
import { auditLog } from "../../../db/schema";
import { addForecastData } from "../../../test/forecast-fixture";
import { createTestApp } from "../../../test/http";

describe("the forecast over HTTP", async () => {
  // Tuesday 10 November 2026, noon in Tokyo: 20 days of November are left after today.
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-10T03:00:00Z") });
  const { proposal, lead } = await addForecastData(database.db, fixture);
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");
  const admin = await login("admin@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const get = async <T = Forecast>(url: string, who = managerA) => {
    const response = await who.request("GET", url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };

  it("weighs the open pipeline closing in the period by category and ヨミ, against the remaining target", async () => {
    const f = await get(`/api/v1/forecast?scope=${teamA}`);
    expect(f.period).toMatchObject({ kind: "month", start: "2026-11-01", end: "2026-11-30" });
    // 4,000,000 at 50% and 1,000,000 at 20% close in November; 2,000,000 is already won.
    expect(f.weighted).toEqual({ count: 2, amount: 5_000_000, weighted: 2_200_000, landing: 4_200_000 });
    expect(f.byCloseMonth).toEqual([
      { month: "2026-11", count: 2, amount: 5_000_000, weighted: 2_200_000 },
      { month: "2026-12", count: 2, amount: 4_200_000, weighted: 420_000 },
    ]);
    // Categories follow the stage's probability (proposal 60% is in the B band: best case)…
    expect(f.categories.best_case).toEqual({ count: 1, amount: 4_000_000, weighted: 2_000_000 });
    expect(f.categories.pipeline).toEqual({ count: 1, amount: 1_000_000, weighted: 200_000 });
    expect(f.categories.commit.count).toBe(0);
    // …ヨミ the deal's own: 50% and 20% sit exactly on the B and C edges.
    expect(f.yomi.B).toEqual({ count: 1, amount: 4_000_000, weighted: 2_000_000 });
    expect(f.yomi.C).toEqual({ count: 1, amount: 1_000_000, weighted: 200_000 });
    expect(f.yomi.A.count + f.yomi.D.count).toBe(0);
    // 5,000,000 open against 10,000,000 − 2,000,000 still to win.
    expect(f.coverage).toEqual({ openAmount: 5_000_000, remaining: 8_000_000, ratio: 0.625, rule: 3 });
    expect(f.commitCoverage).toBe(0);
    const a1 = f.people.find((p) => p.ref.id === fixture.users.memberA1?.id);
    expect(a1).toMatchObject({ wonToDate: 2_000_000, total: { count: 1, amount: 4_000_000 } });
    expect(a1?.coverage.ratio).toBeNull(); // no personal target: no data
  });

  it("lands P10 / P50 / P90 from the org's history where it is deep enough, and says where it is not", async () => {
    const f = await get(`/api/v1/forecast?scope=${teamA}`);
    // The proposal deal wins 60% of the time (24 of 40 closed, all within 10 days); the lead deal
    // has too little history, so its own 20% counts. Outcomes: +0 (32%), +1M (8%), +4M (48%), +5M (12%).
    expect(f.landing).toMatchObject({
      wonToDate: 2_000_000,
      p10: 2_000_000,
      p50: 6_000_000,
      p90: 7_000_000,
      expected: 4_600_000,
      target: 10_000_000,
      achievement: 0.6,
      runs: 10_000,
    });
    const proposalStage = f.inputs.stages.find((s) => s.stageId === fixture.stage("proposal").id);
    expect(proposalStage).toMatchObject({
      closed: 40,
      won: 24,
      winRate: 0.6,
      medianDaysToClose: 10,
      source: "history",
      openDeals: 1,
    });
    expect(f.inputs.stages.find((s) => s.stageId === fixture.stage("lead").id)).toMatchObject({
      closed: 20,
      won: 12,
      source: "stage",
      openDeals: 3,
    });
    expect(f.inputs).toMatchObject({ minClosed: 30, byHistory: 1, byStage: 3, lookbackMonths: 12 });
    expect(f.inputs.topDeals.map((d) => [d.id, d.expected, d.basis])).toEqual([
      [proposal.id, 2_400_000, "history"],
      [lead.id, 200_000, "stage"],
    ]);
    expect(f.inputs.topDeals[0]?.share).toBeCloseTo(2.4 / 2.6, 10);
    // The same request gives the same figures (a fixed seed per scope, period and day).
    expect((await get(`/api/v1/forecast?scope=${teamA}`)).landing).toEqual(f.landing);
  });

  it("lists the deals behind each cell", async () => {
    const best = await get<ForecastDeals>(`/api/v1/forecast/deals?scope=${teamA}&yomi=B`);
    expect(best.items.map((d) => d.id)).toEqual([proposal.id]);
    expect(best.items[0]).toMatchObject({ category: "best_case", chance: 0.6, stageName: "提案・見積" });
    expect(best.total).toEqual({ count: 1, amount: 4_000_000, weighted: 2_000_000 });
    const december = await get<ForecastDeals>(`/api/v1/forecast/deals?scope=${teamA}&month=2026-12`);
    expect(december.total).toMatchObject({ count: 2, amount: 4_200_000 });
    const a2 = await get<ForecastDeals>(
      `/api/v1/forecast/deals?scope=${teamA}&ownerId=${fixture.users.memberA2?.id}`,
    );
    expect(a2.items.map((d) => d.id)).toEqual([lead.id]);
  });

  it("keeps members to their own figures and refuses other teams", async () => {
    const own = await get("/api/v1/forecast", memberA1);
    expect(own.scope).toMatchObject({ kind: "user", id: fixture.users.memberA1?.id });
    expect(own.weighted).toMatchObject({ count: 1, amount: 4_000_000 });
    expect((await memberB.request("GET", `/api/v1/forecast?scope=${teamA}`)).statusCode).toBe(403);
    expect((await memberB.request("GET", `/api/v1/forecast/deals?scope=${teamA}`)).statusCode).toBe(403);
    expect((await memberB.request("GET", `/api/v1/forecast/accuracy?scope=${teamA}`)).statusCode).toBe(403);
    const b = await get("/api/v1/forecast", memberB);
    expect(b.weighted.count).toBe(0);
    expect(b.landing).toMatchObject({ wonToDate: 0, p50: 0, target: null, achievement: null });
  });

  it("answers bad input with 400 and a code", async () => {
    for (const url of [
      "/api/v1/forecast?period=2026-13",
      "/api/v1/forecast?scope=team:nope",
      "/api/v1/forecast/deals?yomi=E",
      "/api/v1/forecast/deals?month=2026-1",
      "/api/v1/forecast/accuracy?kind=week",
    ]) {
      const response = await managerA.request("GET", url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it("lets an administrator change the ヨミ bands, audited, and refuses overlapping bands", async () => {
    const body = { yomi: { a: 50, b: 30, c: 10 }, coverageRule: 2.5, lookbackMonths: 6 };
    expect((await managerA.request("PUT", "/api/v1/forecast/settings", body)).statusCode).toBe(403);
    const overlapping = await admin.request("PUT", "/api/v1/forecast/settings", {
      ...body,
      yomi: { a: 50, b: 50, c: 10 },
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error).toMatchObject({ code: "VALIDATION_FAILED", details: { field: "yomi" } });
    const saved = await admin.request("PUT", "/api/v1/forecast/settings", body);
    expect(saved.statusCode, saved.body).toBe(200);
    const f = await get(`/api/v1/forecast?scope=${teamA}`);
    expect(f.settings).toEqual(body);
    // 60% is now in the A band: the proposal deal is commit, and 50% is ヨミ A.
    expect(f.categories.commit).toMatchObject({ count: 1, amount: 4_000_000 });
    expect(f.yomi.A.count).toBe(1);
    expect(f.coverage.rule).toBe(2.5);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "forecast_settings"),
          eq(auditLog.actorId, fixture.users.admin?.id as string),
        ),
      );
    expect(entry?.changes).toMatchObject({
      yomiA: { before: 80, after: 50 },
      coverageRule: { before: 3, after: 2.5 },
    });
    await admin.request("PUT", "/api/v1/forecast/settings", {
      yomi: { a: 80, b: 50, c: 20 },
      coverageRule: 3,
      lookbackMonths: 12,
    });
  });

  it("takes a deal's own category over its stage's, audits it, and drops it when the stage changes", async () => {
    const patched = await managerA.request("PATCH", `/api/v1/deals/${lead.id}`, {
      version: lead.version,
      forecastCategory: "commit",
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ forecastCategory: "commit" });
    const f = await get(`/api/v1/forecast?scope=${teamA}`);
    expect(f.categories.commit).toMatchObject({ count: 1, amount: 1_000_000 });
    expect(f.commitCoverage).toBe(1_000_000 / 8_000_000);
    const detail = (await managerA.request("GET", `/api/v1/deals/${lead.id}`)).json();
    const change = detail.timeline.find((e: { kind: string }) => e.kind === "field");
    expect(change.changes.forecastCategory).toEqual({ before: null, after: "commit" });
    const moved = await managerA.request("POST", `/api/v1/deals/${lead.id}/stage`, {
      stageId: fixture.stage("first_meeting").id,
      version: lead.version + 1,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ forecastCategory: null });
  });
});
