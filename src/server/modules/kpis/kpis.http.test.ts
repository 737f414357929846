import { describe, expect, it } from "vitest";
import { activities, deals } from "../../../db/schema";
import { createTestApp } from "../../../test/http";

describe("KPI catalogue, presets and progress over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const teamA = fixture.teams.teamA?.id as string;

  it("lists the catalogue with definitions and lets admins add KPIs built from the metrics only", async () => {
    const catalogue = (await memberA1.request("GET", "/api/v1/kpis")).json() as {
      key: string;
      formula: string;
    }[];
    expect(catalogue.find((k) => k.key === "effectiveContactRate")).toMatchObject({
      formula: "effectiveContacts / calls",
    });
    const kpi = {
      key: "replyToMeeting",
      name: "返信からの商談化",
      nameEn: "Meetings per reply",
      formula: "meetingsSet / emailsReplied",
      unit: "ratio",
      tier: "tactical",
      cadence: "weekly",
      direction: "higher",
      description: "",
      descriptionEn: "",
    };
    expect((await managerA.request("POST", "/api/v1/kpis", kpi)).statusCode).toBe(403);
    const invalid = await admin.request("POST", "/api/v1/kpis", { ...kpi, formula: "calls * 100" });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.code).toBe("FORMULA_INVALID");
    expect((await admin.request("POST", "/api/v1/kpis", kpi)).statusCode).toBe(201);
  });

  it("applies a phase preset to a team in one step, editable afterwards, by its manager only", async () => {
    const presets = (await memberA1.request("GET", "/api/v1/kpi-presets")).json();
    expect(presets.map((p: { key: string }) => p.key)).toEqual(["launch", "growth", "mature"]);
    expect(
      (await memberA1.request("PUT", `/api/v1/teams/${teamA}/kpis`, { preset: "launch" })).statusCode,
    ).toBe(403);
    const otherTeam = await managerA.request("PUT", `/api/v1/teams/${fixture.teams.teamB?.id}/kpis`, {
      preset: "launch",
    });
    expect(otherTeam.statusCode).toBe(403);
    const applied = await managerA.request("PUT", `/api/v1/teams/${teamA}/kpis`, { preset: "launch" });
    expect(applied.json()[0]).toEqual({ kpiKey: "calls", stars: 3 });
    const edited = await managerA.request("PUT", `/api/v1/teams/${teamA}/kpis`, {
      kpis: [
        { kpiKey: "meetingSetRate", stars: 3 },
        { kpiKey: "calls", stars: 2 },
      ],
    });
    expect(edited.statusCode).toBe(200);
    expect((await memberA1.request("GET", `/api/v1/teams/${teamA}/kpis`)).json()).toEqual([
      { kpiKey: "meetingSetRate", stars: 3 },
      { kpiKey: "calls", stars: 2 },
    ]);
  });

  it("keeps the org's CSF / KFS with the KPIs watching each", async () => {
    const factors = [
      {
        kind: "kfs",
        name: "有効商談の創出",
        nameEn: "Creating real meetings",
        kpiKeys: ["meetingSetRate", "meetings"],
      },
    ];
    expect((await managerA.request("PUT", "/api/v1/success-factors", factors)).statusCode).toBe(403);
    expect(
      (await admin.request("PUT", "/api/v1/success-factors", [{ ...factors[0], kpiKeys: ["nope"] }]))
        .statusCode,
    ).toBe(422);
    expect((await admin.request("PUT", "/api/v1/success-factors", factors)).statusCode).toBe(200);
    expect((await memberA1.request("GET", "/api/v1/success-factors")).json()).toEqual([
      expect.objectContaining({
        kind: "kfs",
        name: "有効商談の創出",
        kpiKeys: ["meetingSetRate", "meetings"],
      }),
    ]);
  });

  it("draws the tree with target, actual, achievement, business-day pace and status", async () => {
    await managerA.request("PUT", "/api/v1/targets", {
      kpiKey: "revenue",
      period: "2026-11",
      scope: `team:${teamA}`,
      value: 10_000_000,
    });
    await database.db.insert(deals).values({
      name: "11月受注",
      ownerId: fixture.users.memberA1?.id as string,
      teamId: teamA,
      pipelineId: fixture.pipeline?.id as string,
      stageId: fixture.stage("won").id,
      status: "won",
      probability: 100,
      amount: 5_000_000,
      createdAt: new Date("2026-10-01T00:00:00Z"),
      closedAt: new Date("2026-11-10T03:00:00Z"),
    });
    const tree = (await managerA.request("GET", `/api/v1/kpi-tree?period=2026-11`)).json();
    expect(tree).toMatchObject({ scope: `team:${teamA}`, businessDays: 19, elapsedBusinessDays: 14 });
    const revenue = tree.nodes.find((n: { kpiKey: string }) => n.kpiKey === "revenue");
    // ¥5M of ¥10M after 14 of 19 business days (11/3 is a holiday): 50% achieved, pace 0.5 ÷ (14/19) = 0.68 → at risk.
    expect(revenue).toMatchObject({
      parentKey: null,
      target: 10_000_000,
      actual: 5_000_000,
      achievement: 0.5,
      status: "at_risk",
    });
    expect(revenue.pace).toBeCloseTo(0.5 / (14 / 19));
    expect(tree.nodes.find((n: { kpiKey: string }) => n.kpiKey === "calls")).toMatchObject({
      parentKey: "effectiveContacts",
      status: "no_target",
    });
    expect(tree.nodes.find((n: { kpiKey: string }) => n.kpiKey === "meetingSetRate")).toMatchObject({
      stars: 3,
    });
  });

  it("gives each person today's action targets next to today's and this week's actuals", async () => {
    const owner = fixture.users.memberA1?.id as string;
    await managerA.request("PUT", "/api/v1/targets", {
      kpiKey: "calls",
      period: "2026-11",
      scope: `user:${owner}`,
      value: 380,
    });
    await database.db.insert(activities).values(
      [
        "2026-11-20T00:30:00Z", // today, 09:30 in Tokyo
        "2026-11-20T00:45:00Z",
        "2026-11-17T02:00:00Z", // Tuesday this week
        "2026-11-13T02:00:00Z", // last week
      ].map((at) => ({
        kind: "call" as const,
        outcome: "reached",
        ownerId: owner,
        teamId: teamA,
        occurredAt: new Date(at),
      })),
    );
    const daily = (await memberA1.request("GET", "/api/v1/me/daily-targets")).json();
    expect(daily).toMatchObject({
      date: "2026-11-20",
      week: { start: "2026-11-16", elapsedBusinessDays: 5 },
    });
    expect(daily.items.find((i: { kpiKey: string }) => i.kpiKey === "calls")).toEqual({
      kpiKey: "calls",
      monthlyTarget: 380,
      dailyTarget: 20,
      today: 2,
      week: 3,
      weekTargetToDate: 100,
    });
  });
});
