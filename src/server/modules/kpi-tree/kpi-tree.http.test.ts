import { describe, expect, it } from "vitest";
import { activities, deals, leads } from "../../../db/schema";
import { createTestApp } from "../../../test/http";

describe("the reverse calculation over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const seed002 = {
    averageDealSize: 3_000_000,
    winRate: 0.25,
    meetingSetRate: 0.1,
    effectiveContactRate: 0.3,
  };

  it("reproduces seed 002 from the revenue KGI, per business day and per person, summing exactly", async () => {
    const response = await managerA.request("POST", "/api/v1/kpi-tree/plan", {
      scope: teamA,
      period: "2026-12",
      kgi: { metric: "revenue", value: 30_000_000 },
      rates: seed002,
    });
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan.businessDays).toBe(20);
    expect(plan.nodes.map((n: { metric: string; required: number }) => [n.metric, n.required])).toEqual([
      ["revenue", 30_000_000],
      ["wins", 10],
      ["meetings", 40],
      ["effectiveContacts", 400],
      ["calls", 1334],
    ]);
    const calls = plan.nodes.at(-1);
    expect(calls.perBusinessDay).toBe(67);
    expect(calls.perPerson).toHaveLength(3);
    expect(calls.perPerson.reduce((n: number, p: { required: number }) => n + p.required, 0)).toBe(1334);
    const overridden = plan.rates.filter((r: { source: string }) => r.source === "override");
    expect(overridden.map((r: { key: string }) => r.key)).toEqual(Object.keys(seed002));
    // No email history: no email branch.
    expect(plan.rates.find((r: { key: string }) => r.key === "emailShare")).toMatchObject({
      value: null,
      warning: "no_data",
    });
  });

  it("adds the email branch where the scope reaches people by email", async () => {
    const plan = (
      await managerA.request("POST", "/api/v1/kpi-tree/plan", {
        scope: teamA,
        period: "2026-12",
        kgi: { metric: "wins", value: 10 },
        rates: { ...seed002, emailShare: 0.25, emailReplyRate: 0.05 },
      })
    ).json();
    expect(plan.nodes.map((n: { metric: string; required: number }) => [n.metric, n.required])).toEqual([
      ["wins", 10],
      ["meetings", 40],
      ["effectiveContacts", 400],
      ["calls", 1000],
      ["emailsSent", 2000],
    ]);
  });

  it("takes the rates it is not given from the scope's monthly history, with the sample and a warning", async () => {
    const owner = fixture.users.memberA1?.id as string;
    const teamId = fixture.teams.teamA?.id as string;
    // October 2026: 100 calls, 30 effective contacts (4 of them set a meeting).
    const outcomes = [
      ...Array(70).fill("not_reached"),
      ...Array(26).fill("effective_contact"),
      ...Array(4).fill("appointment_set"),
    ];
    await database.db.insert(activities).values(
      outcomes.map((outcome, i) => ({
        kind: "call" as const,
        outcome,
        ownerId: owner,
        teamId,
        occurredAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), 1)),
      })),
    );
    // 2 won of 5 closed in October.
    await database.db.insert(deals).values(
      ["won", "won", "lost", "lost", "lost"].map((status, i) => ({
        name: `履歴 ${i}`,
        ownerId: owner,
        teamId,
        pipelineId: fixture.pipeline?.id as string,
        stageId: fixture.stage(status).id,
        status: status as "won" | "lost",
        probability: status === "won" ? 100 : 0,
        amount: 2_000_000,
        createdAt: new Date("2026-09-01T00:00:00Z"),
        closedAt: new Date(Date.UTC(2026, 9, 10 + i)),
      })),
    );
    const plan = (
      await managerA.request("POST", "/api/v1/kpi-tree/plan", {
        scope: teamA,
        period: "2026-11",
        kgi: { metric: "wins", value: 4 },
        lookbackMonths: 3,
      })
    ).json();
    const rate = (key: string) => plan.rates.find((r: { key: string }) => r.key === key);
    expect(rate("winRate")).toMatchObject({
      value: 0.4,
      source: "history",
      months: 1,
      sampleSize: 5,
      warning: "thin_history",
    });
    expect(rate("effectiveContactRate")).toMatchObject({ value: 0.3, sampleSize: 100 });
    expect(rate("meetingSetRate").value).toBeCloseTo(4 / 30);
    // 4 wins ÷ 0.4 = 10 meetings; ÷ 0.1333 = 75 contacts; ÷ 0.3 = 250 calls.
    expect(plan.nodes.map((n: { required: number }) => n.required)).toEqual([4, 10, 75, 250]);
  });

  it("names a rate that is zero or has no data instead of answering Infinity", async () => {
    const noHistory = await memberA1.request("POST", "/api/v1/kpi-tree/plan", {
      period: "2026-06",
      kgi: { metric: "revenue", value: 10_000_000 },
      rates: { winRate: 0.2, meetingSetRate: 0.1, effectiveContactRate: 0.3 },
    });
    expect(noHistory.statusCode).toBe(422);
    expect(noHistory.json().error).toMatchObject({
      code: "PLAN_RATE_UNUSABLE",
      details: { rate: "averageDealSize" },
    });
    const zero = await memberA1.request("POST", "/api/v1/kpi-tree/plan", {
      period: "2026-12",
      kgi: { metric: "wins", value: 5 },
      rates: { winRate: 0 },
    });
    expect(zero.statusCode).toBe(400);
  });

  it("keeps the plan within the caller's scope and checks the period", async () => {
    const other = await memberA1.request("POST", "/api/v1/kpi-tree/plan", {
      scope: `team:${fixture.teams.teamB?.id}`,
      period: "2026-12",
      kgi: { metric: "wins", value: 5 },
      rates: seed002,
    });
    expect(other.statusCode).toBe(403);
    const badPeriod = await memberA1.request("POST", "/api/v1/kpi-tree/plan", {
      period: "December",
      kgi: { metric: "wins", value: 5 },
      rates: seed002,
    });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().error.code).toBe("PERIOD_INVALID");
  });

  it("measures per-record medians such as the lead response time at org scope", async () => {
    const admin = await login("admin@test.example");
    const teamId = fixture.teams.teamA?.id as string;
    await database.db.insert(leads).values(
      [12, 30, 95].map((minutes, i) => ({
        companyName: `リード${i}`,
        channel: "inbound_web",
        teamId,
        ownerId: fixture.users.memberA1?.id,
        createdAt: new Date(Date.UTC(2026, 9, 5 + i, 1)),
        firstResponseAt: new Date(Date.UTC(2026, 9, 5 + i, 1, minutes)),
        // 10:00 JST on weekdays: every minute of the answer is a business minute.
        responseMinutes: minutes,
      })),
    );
    const suggestion = (
      await admin.request(
        "GET",
        "/api/v1/targets/suggestion?kpiKey=leadResponseTime&scope=org&period=2026-11&lookbackMonths=3",
      )
    ).json();
    expect(suggestion).toMatchObject({ basis: 30, months: 1 });
    const tree = await admin.request("GET", "/api/v1/kpi-tree?scope=org&period=2026-10");
    expect(tree.statusCode).toBe(200);
    const plan = await admin.request("POST", "/api/v1/kpi-tree/plan", {
      scope: "org",
      period: "2026-12",
      kgi: { metric: "wins", value: 4 },
      rates: seed002,
    });
    expect(plan.statusCode).toBe(200);
  });
});
