import { describe, expect, it } from "vitest";
import type { Pipeline } from "../../../contract/directory";
import { createTestApp } from "../../../test/http";

describe("data quality over HTTP", async () => {
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const { memberA1: a1 } = fixture.users;

  it("shows a rep their own figures and the deals to fix", async () => {
    const response = await memberA1.request("GET", "/api/v1/data-quality");
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.scope).toBe(`user:${a1?.id}`);
    expect(report.people.map((p: { userId: string }) => p.userId)).toEqual([a1?.id]);
    // One open deal with name, amount and probability: 3 of the seven fields.
    expect(report.totals).toMatchObject({
      openDeals: 1,
      fieldCompleteness: 3 / 7,
      staleDeals: 1,
      evidenceCoverage: null,
    });
    expect(report.dealsToFix).toEqual([
      expect.objectContaining({
        id: fixture.deals.dealA1?.id,
        missingFields: ["nextMeetingDate", "nextMeetingPurpose", "decisionMakerId", "minutesUrl"],
        stale: expect.objectContaining({ reason: "next_meeting_missing" }),
      }),
    ]);
  });

  it("keeps each caller within their scope", async () => {
    expect((await memberA1.request("GET", "/api/v1/data-quality?scope=org")).statusCode).toBe(403);
    expect(
      (await memberA1.request("GET", `/api/v1/data-quality?scope=team:${fixture.teams.teamB?.id}`))
        .statusCode,
    ).toBe(403);
    expect(
      (await memberA1.request("GET", `/api/v1/data-quality?scope=user:${fixture.users.memberB?.id}`))
        .statusCode,
    ).toBe(403);
    expect((await managerA.request("GET", "/api/v1/data-quality?scope=org")).statusCode).toBe(403);
    const team = (await managerA.request("GET", "/api/v1/data-quality")).json();
    expect(team.scope).toBe(`team:${fixture.teams.teamA?.id}`);
    expect(team.people).toHaveLength(3);
    expect(team.dealsToFix.map((d: { id: string }) => d.id)).not.toContain(fixture.deals.dealB?.id);
    const org = (await admin.request("GET", "/api/v1/data-quality")).json();
    expect(org.people).toHaveLength(5);
    expect(org.totals.openDeals).toBe(3);
    expect((await admin.request("GET", "/api/v1/data-quality?scope=team:nope")).statusCode).toBe(400);
  });

  it("counts evidence coverage of forward stage changes and the overrides", async () => {
    const pipeline = (
      await admin.request("POST", "/api/v1/pipelines", { name: "新規", templateKey: "new_business" })
    ).json() as Pipeline;
    const stage = (key: string) => pipeline.stages.find((s) => s.key === key)?.id as string;
    const create = async () =>
      (
        await memberA1.request("POST", "/api/v1/deals", {
          name: `品質 ${Math.random()}`,
          pipelineId: pipeline.id,
        })
      ).json();
    const withEvidence = await create();
    await memberA1.request("POST", `/api/v1/deals/${withEvidence.id}/stage`, {
      stageId: stage("first_meeting"),
      version: withEvidence.version,
      conditions: ["meeting_held", "situation_heard"],
      evidence: { minutesUrl: "https://docs.example.com/m/1" },
      fields: {
        minutesUrl: "https://docs.example.com/m/1",
        nextMeetingDate: "2026-11-27",
        nextMeetingPurpose: "提案",
      },
    });
    const forced = await create();
    await managerA.request("POST", `/api/v1/deals/${forced.id}/stage`, {
      stageId: stage("first_meeting"),
      version: forced.version,
      overrideReason: "議事録は後日共有",
    });
    const report = (await memberA1.request("GET", "/api/v1/data-quality")).json();
    expect(report.totals).toMatchObject({ stageChanges: 2, evidenceCoverage: 0.5, overrides: 1 });
  });
});
