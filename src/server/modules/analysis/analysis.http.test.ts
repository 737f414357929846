import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Diagnosis, FunnelAnalysis } from "../../../contract/analysis";
import { orgSettings } from "../../../db/schema";
import { createTestApp } from "../../../test/http";
import { addProgressData } from "../../../test/progress-fixture";

describe("bottleneck analysis and diagnosis over HTTP", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  await addProgressData(database.db, fixture);
  const managerA = await login("manager-a@test.example");
  const a1 = fixture.users.memberA1?.id as string;
  const teamA = `team:${fixture.teams.teamA?.id}`;
  const funnel = async (query: string, who = managerA) => {
    const response = await who.request("GET", `/api/v1/analysis/funnel?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FunnelAnalysis;
  };
  const step = (f: { steps: FunnelAnalysis["steps"] }, key: string) => f.steps.find((s) => s.key === key);

  it("reproduces seed 002: calls and contact rate on target, meeting-set 3.3% against 5.6%, bottleneck at 60%", async () => {
    const f = await funnel(`scope=user:${a1}&period=2026-10`);
    expect(f.volume[0]).toMatchObject({
      kpiKey: "calls",
      actual: 1200,
      target: 1200,
      achievement: 1,
      pace: 1,
    });
    expect(step(f, "effectiveContactRate")).toMatchObject({
      fromCount: 1200,
      toCount: 360,
      actualRate: 0.3,
      targetRate: 0.3,
      targetSource: "derived",
      rateAchievement: 1,
    });
    const meetingSet = step(f, "meetingSetRate");
    expect(meetingSet).toMatchObject({ fromCount: 360, toCount: 12, targetSource: "derived" });
    expect(meetingSet?.actualRate).toBeCloseTo(0.0333, 4);
    expect(meetingSet?.targetRate).toBeCloseTo(0.0556, 4);
    expect(f.bottleneck?.step).toBe("meetingSetRate");
    expect(f.bottleneck?.rateAchievement).toBeCloseTo(0.6, 10);
    // One won, one lost: the win rate is measured against the scope's own history (none here).
    expect(step(f, "winRate")).toMatchObject({ fromCount: 2, toCount: 1, actualRate: 0.5, targetRate: null });
  });

  it("breaks the team down per person, each against their targets' rates or the team's", async () => {
    const f = await funnel(`scope=${teamA}&period=2026-10&by=person`);
    expect(step(f, "effectiveContactRate")).toMatchObject({ fromCount: 1800, toCount: 510 });
    const names = f.groups.map((g) => g.label);
    expect(names).toEqual(expect.arrayContaining(["member-a1", "member-a2", "manager-a"]));
    expect(names).not.toContain("member-b");
    const a1Group = f.groups.find((g) => g.scope === `user:${a1}`);
    // A1 has targets of their own: their rates and calls are measured against them.
    expect(a1Group?.steps.find((s) => s.key === "meetingSetRate")).toMatchObject({
      toCount: 12,
      targetSource: "derived",
    });
    expect(a1Group?.bottleneck?.rateAchievement).toBeCloseTo(0.6, 10);
    expect(a1Group?.volume[0]).toMatchObject({ kpiKey: "calls", target: 1200, actual: 1200 });
    const manager = f.groups.find((g) => g.label === "manager-a");
    expect(manager?.steps.every((s) => s.fromCount === 0 && s.actualRate === null)).toBe(true);
  });

  it("breaks it down by weekday and hour, the groups adding up to the whole", async () => {
    for (const by of ["weekday", "hour"]) {
      const f = await funnel(`scope=${teamA}&period=2026-10&by=${by}`);
      const calls = f.groups.reduce((n, g) => n + (step(g, "effectiveContactRate")?.fromCount ?? 0), 0);
      expect(calls, by).toBe(1800);
      expect(f.groups.every((g) => g.scope === null)).toBe(true);
    }
    const weekdays = await funnel(`scope=${teamA}&period=2026-10&by=weekday`);
    expect(weekdays.groups.map((g) => g.label)).toEqual(["月曜", "火曜", "水曜", "木曜", "金曜"]);
    const hours = await funnel(`scope=${teamA}&period=2026-10&by=hour`);
    expect(hours.groups.map((g) => g.key)).toEqual(["9", "10", "11", "12", "13", "14", "15", "16", "17"]);
    expect(hours.groups[0]).toMatchObject({ label: "9時台", labelEn: "09:00-" });
  });

  it("breaks it down by the channel of the lead and the industry and size of the account", async () => {
    const channel = await funnel(`scope=${teamA}&period=2026-10&by=channel`);
    const inbound = channel.groups.find((g) => g.key === "inbound_web");
    expect(inbound).toMatchObject({ label: "インバウンド（Web）", labelEn: "Inbound (web)" });
    expect(step(inbound ?? { steps: [] }, "effectiveContactRate")?.fromCount).toBe(300);
    expect(
      step(channel.groups.find((g) => g.key === "unknown") ?? { steps: [] }, "effectiveContactRate")
        ?.fromCount,
    ).toBe(1500);
    const segment = await funnel(`scope=${teamA}&period=2026-10&by=segment`);
    expect(segment.by).toBe("industry");
    expect(segment.groups.map((g) => g.key).sort()).toEqual(["unknown", "製造"]);
    const size = await funnel(`scope=${teamA}&period=2026-10&by=size`);
    expect(size.groups.find((g) => g.key === "50-299")?.label).toBe("50-299名");
  });

  it("diagnoses the team and each person: volume, quality with its causes, or no target", async () => {
    const response = await managerA.request(
      "GET",
      `/api/v1/analysis/diagnosis?scope=${teamA}&period=2026-10`,
    );
    expect(response.statusCode).toBe(200);
    const { findings } = response.json() as Diagnosis;
    expect(findings[0]).toMatchObject({ subject: { scope: teamA }, kind: "volume", kpiKey: "calls" });
    expect(findings[0]?.numbers).toMatchObject({ actual: 1800, target: 2200, shortfall: 400 });
    const byName = (name: string) => findings.find((f) => f.subject.name === name);
    const quality = byName("member-a1");
    expect(quality).toMatchObject({ kind: "quality", step: "meetingSetRate" });
    expect(quality?.causes.map((c) => c.key)).toEqual(["talk_script", "hearing"]);
    expect(quality?.message).toContain("商談化率が3.3%で目標5.6%の60.0%");
    expect(quality?.messageEn).toContain(
      "the meeting-set rate is 3.3% against a target of 5.6%, 60.0% of target",
    );
    expect(byName("member-a2")).toMatchObject({
      kind: "volume",
      numbers: { actual: 600, target: 1000, shortfall: 400 },
    });
    expect(byName("member-a2")?.message).toContain("架電数が600件");
    expect(byName("manager-a")?.kind).toBe("no_target");
  });

  it("keeps a manager to their team and a member to themselves, on every axis", async () => {
    const teamB = `team:${fixture.teams.teamB?.id}`;
    expect((await managerA.request("GET", `/api/v1/analysis/funnel?scope=${teamB}`)).statusCode).toBe(403);
    expect((await managerA.request("GET", "/api/v1/analysis/diagnosis?scope=org")).statusCode).toBe(403);
    await database.db.update(orgSettings).set({ memberVisibility: "own" }).where(eq(orgSettings.id, 1));
    const member = await login("member-a1@test.example");
    for (const scope of [teamA, "org", `user:${fixture.users.memberA2?.id}`]) {
      expect(
        (await member.request("GET", `/api/v1/analysis/funnel?scope=${scope}&by=person`)).statusCode,
      ).toBe(403);
      expect((await member.request("GET", `/api/v1/analysis/diagnosis?scope=${scope}`)).statusCode).toBe(403);
    }
    const own = await funnel("period=2026-10&by=person", member);
    expect(own.scope.scope).toBe(`user:${a1}`);
    expect(own.groups.map((g) => g.scope)).toEqual([`user:${a1}`]);
    for (const by of ["channel", "hour", "size"]) {
      const f = await funnel(`period=2026-10&by=${by}`, member);
      expect(
        f.groups.reduce((n, g) => n + (step(g, "effectiveContactRate")?.fromCount ?? 0), 0),
        by,
      ).toBe(1200);
    }
    const diagnosis = (
      await member.request("GET", "/api/v1/analysis/diagnosis?period=2026-10")
    ).json() as Diagnosis;
    expect(diagnosis.findings).toHaveLength(1);
    await database.db.update(orgSettings).set({ memberVisibility: "team" }).where(eq(orgSettings.id, 1));
  });

  it("refuses a bad period or axis with a machine-readable code", async () => {
    const bad = await managerA.request("GET", "/api/v1/analysis/funnel?period=2026-13");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("PERIOD_INVALID");
    expect((await managerA.request("GET", "/api/v1/analysis/funnel?by=moon")).json().error.code).toBe(
      "VALIDATION_FAILED",
    );
  });
});
