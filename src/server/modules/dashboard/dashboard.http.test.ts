import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../../contract/dashboard";
import { orgSettings } from "../../../db/schema";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

describe("the progress dashboard over HTTP", async () => {
  // Friday 20 November 2026: 14 of November's 19 business days have passed (3 and 23 Nov are holidays).
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  const managerA = await login("manager-a@test.example");
  const admin = await login("admin@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const a1 = fixture.users.memberA1?.id as string;
  const dashboard = async (query: string, who = managerA) => {
    const response = await who.request("GET", `/api/v1/dashboard?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };

  it("shows the KGI against target and business-day pace, and against the same point of last month", async () => {
    const d = await dashboard(`scope=${teamA}`);
    expect(d.period).toMatchObject({ label: "2026-11", start: "2026-11-01", end: "2026-11-30" });
    expect(d.pace).toMatchObject({ businessDays: 19, elapsedBusinessDays: 14 });
    expect(d.pace.expectedShare).toBeCloseTo(14 / 19, 10);
    expect(d.kgi).toMatchObject({
      kpiKey: "revenue",
      target: 20_000_000,
      actual: 5_000_000,
      achievement: 0.25,
    });
    expect(d.kgi.expectedToDate).toBeCloseTo((20_000_000 * 14) / 19, 3);
    expect(d.kgi.pace).toBeCloseTo(0.25 / (14 / 19), 10);
    expect(d.kgi.status).toBe("at_risk");
    // October after 14 business days is 21 October: 3,000,000 of 10,000,000 won by then.
    expect(d.previousPeriod).toMatchObject({ asOf: "2026-10-21", elapsedBusinessDays: 14 });
    expect(d.previousPeriod.kgi).toMatchObject({ actual: 3_000_000, target: 10_000_000, achievement: 0.3 });
    expect(d.previousPeriod.achievementDelta).toBeCloseTo(-0.05, 10);
    const calls = d.pace.kpis.find((k) => k.kpiKey === "calls");
    expect(calls).toMatchObject({ actual: 700, target: 2400 });
    // October's calls by its 14th business day: the fixture deals A1's 1,200 and A2's 600 calls round
    // robin over October's 21 business days (12 Oct is a holiday): 3×58 + 11×57 and 12×29 + 2×28.
    expect(d.previousPeriod.kpis.find((k) => k.kpiKey === "calls")?.actual).toBe(801 + 404);
  });

  it("estimates the landing, lists the funnel, the stale deals and the activity against daily targets", async () => {
    const d = await dashboard(`scope=${teamA}`);
    // Won 5,000,000 + the open deal closing on 28 Nov, 4,000,000 at 30%.
    expect(d.landing).toMatchObject({
      wonToDate: 5_000_000,
      weightedOpen: 1_200_000,
      openDeals: 1,
      estimate: 6_200_000,
    });
    expect(d.landing.achievement).toBeCloseTo(0.31, 10);
    const lead = d.funnel.stages.find((s) => s.key === "lead");
    expect(lead).toMatchObject({ openDeals: 2, openAmount: 4_200_000 });
    expect(d.funnel.stages.find((s) => s.key === "proposal")).toMatchObject({
      openDeals: 1,
      openAmount: 4_000_000,
    });
    // The two fixture deals of team A have no next meeting: stale, biggest first.
    expect(d.stale.count).toBe(2);
    expect(d.stale.amount).toBe(4_200_000);
    expect(d.stale.deals.map((s) => s.amount)).toEqual([3_000_000, 1_200_000]);
    expect(d.stale.deals[0]).toMatchObject({
      stageName: "リード獲得",
      staleness: { reason: "next_meeting_missing" },
    });
    const callsItem = d.activities.items.find((i) => i.kpiKey === "calls");
    expect(callsItem).toMatchObject({ actual: 700, target: 2400, dailyTarget: Math.ceil(2400 / 19) });
    expect(d.activities.daily).toHaveLength(20);
    expect(d.activities.daily.reduce((n, day) => n + day.calls, 0)).toBe(700);
    expect(d.activities.daily.find((day) => day.date === "2026-11-03")?.businessDay).toBe(false);
  });

  it("links its figures to the records behind them: won and closing deals by date", async () => {
    const teamId = fixture.teams.teamA?.id;
    const won = (
      await managerA.request(
        "GET",
        `/api/v1/deals?teamId=${teamId}&status=won&closedFrom=2026-11-01&closedTo=2026-11-30`,
      )
    ).json();
    expect(won.items.map((d: { amount: number }) => d.amount)).toEqual([5_000_000]);
    const closing = (
      await managerA.request(
        "GET",
        `/api/v1/deals?teamId=${teamId}&status=open&expectedCloseFrom=2026-11-01&expectedCloseTo=2026-11-30`,
      )
    ).json();
    expect(closing.items.map((d: { name: string }) => d.name)).toEqual(["アルファ 今月クロージング"]);
    // A department's figures cover its teams: so does the list they link to.
    const dept = `team:${fixture.teams.dept?.id}`;
    const wonInDept = (await admin.request("GET", `/api/v1/deals?scope=${dept}&status=won`)).json();
    expect(wonInDept.total).toBe(2);
    expect((await managerA.request("GET", `/api/v1/deals?scope=${dept}`)).statusCode).toBe(403);
    expect((await managerA.request("GET", `/api/v1/deals?scope=user:${a1}&status=won`)).json().total).toBe(2);
  });

  it("counts the stage moves of the period: entries, exits, conversion and dwell days", async () => {
    const created = (
      await admin.request("POST", "/api/v1/deals", { name: "新規案件", ownerId: a1, amount: 1_000_000 })
    ).json() as { id: string; version: number };
    const moved = await admin.request("POST", `/api/v1/deals/${created.id}/stage`, {
      stageId: fixture.stage("first_meeting").id,
      version: created.version,
      overrideReason: "テスト",
    });
    expect(moved.statusCode).toBe(200);
    const d = await dashboard(`scope=${teamA}`);
    expect(d.funnel.stages.find((s) => s.key === "lead")).toMatchObject({
      entered: 1,
      exits: 1,
      forwardExits: 1,
      conversion: 1,
      averageDwellDays: 0,
    });
    expect(d.funnel.stages.find((s) => s.key === "first_meeting")).toMatchObject({
      entered: 1,
      exits: 0,
      conversion: null,
    });
  });

  it("ranks people on the chosen KPI and plots their activity against it", async () => {
    const d = await dashboard(`scope=${teamA}&period=2026-10&rankBy=calls`);
    expect(d.rankings.kpiKey).toBe("calls");
    expect(d.rankings.people.slice(0, 2).map((p) => [p.name, p.value, p.target, p.rank])).toEqual([
      ["member-a1", 1200, 1200, 1],
      ["member-a2", 600, 1000, 2],
    ]);
    expect(d.rankings.scatter.find((p) => p.userId === a1)).toMatchObject({
      activities: 1200,
      outcome: 1200,
    });
    const revenue = await dashboard(`scope=${teamA}&period=2026-10`);
    expect(revenue.rankings.people[0]).toMatchObject({ name: "member-a1", value: 3_000_000 });
  });

  it("drills from the org to a team to a person, each with a breadcrumb back up", async () => {
    const org = await dashboard("", admin);
    expect(org.scope.scope).toBe("org");
    expect(org.breadcrumb.map((b) => b.scope)).toEqual(["org"]);
    expect(org.children.map((c) => c.name)).toEqual(["営業部"]);
    const dept = await dashboard(`scope=${org.children[0]?.scope}`, admin);
    expect(dept.children.map((c) => c.name)).toEqual(["Aチーム", "Bチーム"]);
    const team = await dashboard(`scope=${dept.children[0]?.scope}`, admin);
    expect(team.breadcrumb.map((b) => b.name)).toEqual(["テスト株式会社", "営業部", "Aチーム"]);
    expect(team.children.map((c) => c.name).sort()).toEqual(["manager-a", "member-a1", "member-a2"]);
    const person = await dashboard(`scope=user:${a1}`, admin);
    expect(person.breadcrumb.map((b) => b.name)).toEqual([
      "テスト株式会社",
      "営業部",
      "Aチーム",
      "member-a1",
    ]);
    expect(person.children).toEqual([]);
    // A manager's breadcrumb starts at what they may read.
    expect((await dashboard(`scope=user:${a1}`)).breadcrumb.map((b) => b.name)).toEqual([
      "Aチーム",
      "member-a1",
    ]);
  });

  it("takes the week, quarter and fiscal-year forms of the period", async () => {
    expect((await dashboard(`scope=${teamA}&period=2026-W47`)).period).toMatchObject({
      start: "2026-11-16",
      end: "2026-11-22",
    });
    expect((await dashboard(`scope=${teamA}&period=FY2026-Q3`)).previousPeriod.period.label).toBe(
      "FY2026-Q2",
    );
    const fy = await dashboard(`scope=${teamA}&period=FY2026`);
    expect(fy.kgi.actual).toBe(8_000_000);
  });

  it("keeps a member to their own figures and refuses bad input with a code", async () => {
    await database.db.update(orgSettings).set({ memberVisibility: "own" }).where(eq(orgSettings.id, 1));
    const member = await login("member-a1@test.example");
    const own = await dashboard("", member);
    expect(own.scope.scope).toBe(`user:${a1}`);
    expect(own.breadcrumb.map((b) => b.scope)).toEqual([`user:${a1}`]);
    expect(own.stale.deals.every((s) => s.ownerName === "member-a1")).toBe(true);
    for (const scope of [teamA, "org", `user:${fixture.users.memberA2?.id}`]) {
      expect((await member.request("GET", `/api/v1/dashboard?scope=${scope}`)).statusCode).toBe(403);
    }
    await database.db.update(orgSettings).set({ memberVisibility: "team" }).where(eq(orgSettings.id, 1));
    expect(
      (await managerA.request("GET", `/api/v1/dashboard?scope=team:${fixture.teams.teamB?.id}`)).statusCode,
    ).toBe(403);
    const badPeriod = await managerA.request("GET", "/api/v1/dashboard?period=FY26");
    expect(badPeriod.json().error).toMatchObject({ code: "PERIOD_INVALID" });
    const badRank = await managerA.request("GET", "/api/v1/dashboard?rankBy=nope");
    expect(badRank.statusCode).toBe(400);
    expect(badRank.json().error).toMatchObject({ code: "VALIDATION_FAILED", details: { field: "rankBy" } });
  });
});
