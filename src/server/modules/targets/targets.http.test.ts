import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, users } from "../../../db/schema";
import { createTestApp } from "../../../test/http";

describe("targets over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const put = (session: typeof admin, body: Record<string, unknown>) =>
    session.request("PUT", "/api/v1/targets", body);

  it("lets managers set their team's targets, and nobody else's; members cannot change team targets", async () => {
    const byMember = await put(memberA1, {
      kpiKey: "revenue",
      period: "2026-12",
      scope: teamA,
      value: 30_000_000,
    });
    expect(byMember.statusCode).toBe(403);
    const otherTeam = await put(managerA, {
      kpiKey: "revenue",
      period: "2026-12",
      scope: `team:${fixture.teams.teamB?.id}`,
      value: 1,
    });
    expect(otherTeam.statusCode).toBe(403);
    expect(
      (await put(managerA, { kpiKey: "revenue", period: "2026-12", scope: "org", value: 1 })).statusCode,
    ).toBe(403);
    const set = await put(managerA, {
      kpiKey: "revenue",
      period: "2026-12",
      scope: teamA,
      value: 30_000_000,
      stretch: 34_500_000,
      minimum: 27_000_000,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      period: "2026-12",
      periodStart: "2026-12-01",
      scope: teamA,
      value: 30_000_000,
      version: 1,
    });
    // Before the period starts, a change needs no reason.
    const changed = await put(managerA, {
      kpiKey: "revenue",
      period: "2026-12",
      scope: teamA,
      value: 32_000_000,
      version: 1,
    });
    expect(changed.json()).toMatchObject({ value: 32_000_000, version: 2 });
    expect(
      (await put(admin, { kpiKey: "revenue", period: "FY2026", scope: "org", value: 400_000_000 }))
        .statusCode,
    ).toBe(200);
    expect((await put(admin, { kpiKey: "nope", period: "2026-12", scope: "org", value: 1 })).statusCode).toBe(
      422,
    );
  });

  it("asks for a revision reason once the period has started, and keeps the log", async () => {
    await put(managerA, { kpiKey: "wins", period: "2026-11", scope: teamA, value: 10 });
    const noReason = await put(managerA, {
      kpiKey: "wins",
      period: "2026-11",
      scope: teamA,
      value: 8,
      version: 1,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe("REVISION_REASON_REQUIRED");
    const revised = await put(managerA, {
      kpiKey: "wins",
      period: "2026-11",
      scope: teamA,
      value: 8,
      version: 1,
      revision: { category: "external_temporary", text: "大口顧客の予算凍結（一時的）" },
    });
    expect(revised.statusCode).toBe(200);
    const stale = await put(managerA, {
      kpiKey: "wins",
      period: "2026-11",
      scope: teamA,
      value: 9,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const log = (await memberA1.request("GET", `/api/v1/targets/${revised.json().id}/revisions`)).json();
    expect(log).toEqual([
      expect.objectContaining({
        before: { value: 10, stretch: null, minimum: null },
        after: { value: 8, stretch: null, minimum: null },
        category: "external_temporary",
        text: "大口顧客の予算凍結（一時的）",
        changedBy: "manager-a",
      }),
    ]);
    const listed = (await memberA1.request("GET", `/api/v1/targets?scope=${teamA}&period=2026-11`)).json();
    expect(listed).toEqual([expect.objectContaining({ kpiKey: "wins", value: 8, revisions: 1 })]);
  });

  it("allocates a team target to members by skill level, summing exactly, or by hand", async () => {
    const { managerA: m, memberA1: a1, memberA2: a2 } = fixture.users;
    await database.db
      .update(users)
      .set({ skillLevel: "senior" })
      .where(eq(users.id, a1?.id as string));
    await database.db
      .update(users)
      .set({ skillLevel: "junior" })
      .where(eq(users.id, a2?.id as string));
    await database.db
      .update(users)
      .set({ skillLevel: "mid" })
      .where(eq(users.id, m?.id as string));
    await put(managerA, { kpiKey: "calls", period: "2026-12", scope: teamA, value: 1334 });
    const bySkill = await managerA.request("POST", "/api/v1/targets/allocate", {
      kpiKey: "calls",
      period: "2026-12",
      teamId: fixture.teams.teamA?.id,
      method: "skill",
    });
    expect(bySkill.statusCode).toBe(200);
    const parts = bySkill.json().parts as { userId: string; value: number }[];
    expect(parts.reduce((n, p) => n + p.value, 0)).toBe(1334);
    const of = (id?: string) => parts.find((p) => p.userId === id)?.value;
    // Weights 1 : 0.8 : 0.6 of 1,334.
    expect([of(a1?.id), of(m?.id), of(a2?.id)]).toEqual([556, 445, 333]);
    const below = (
      await managerA.request("GET", `/api/v1/targets?scope=${teamA}&period=2026-12&kpiKey=calls&below=true`)
    ).json();
    expect(below).toHaveLength(4);

    const mismatch = await managerA.request("POST", "/api/v1/targets/allocate", {
      kpiKey: "calls",
      period: "2026-12",
      teamId: fixture.teams.teamA?.id,
      method: "manual",
      values: { [a1?.id as string]: 1000, [a2?.id as string]: 300 },
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error).toMatchObject({
      code: "ALLOCATION_MISMATCH",
      details: { teamTarget: 1334, sum: 1300 },
    });
  });

  it("suggests levels from the median of the scope's recent months", async () => {
    const owner = fixture.users.memberA1?.id as string;
    const teamId = fixture.teams.teamA?.id as string;
    const months = [
      [7, 80],
      [8, 100],
      [9, 120],
    ];
    await database.db.insert(activities).values(
      months.flatMap(([month, count]) =>
        Array.from({ length: count as number }, (_, i) => ({
          kind: "call" as const,
          outcome: "not_reached",
          ownerId: owner,
          teamId,
          occurredAt: new Date(Date.UTC(2026, month as number, 1 + (i % 20), 2)),
        })),
      ),
    );
    const suggestion = (
      await managerA.request(
        "GET",
        `/api/v1/targets/suggestion?kpiKey=calls&scope=user:${owner}&period=2026-11&lookbackMonths=3`,
      )
    ).json();
    expect(suggestion).toEqual({
      kpiKey: "calls",
      basis: 100,
      months: 3,
      stretch: 115,
      value: 100,
      minimum: 90,
    });
    const configured = (
      await managerA.request(
        "GET",
        `/api/v1/targets/suggestion?kpiKey=calls&scope=user:${owner}&period=2026-11&lookbackMonths=3&stretchPercent=120&achievementPercent=105`,
      )
    ).json();
    expect(configured).toMatchObject({ stretch: 120, value: 105, minimum: 90 });
  });
});
