// Alert rules over HTTP: defaults, versions, and who may keep which rules (admins the org's and any
// team's, managers their own teams', members none).
import { describe, expect, it } from "vitest";
import type { AlertRule } from "../../../contract/alerts";
import { createTestApp } from "../../../test/http";

describe("alert rules", async () => {
  const { app, login, fixture } = await createTestApp();
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");
  const member = await login("member-a1@test.example");
  const teamA = fixture.teams.teamA?.id as string;
  const teamB = fixture.teams.teamB?.id as string;
  const json = <T>(response: { json: () => unknown }) => response.json() as T;

  it("creates an org rule with the kind's defaults filled in", async () => {
    const response = await admin.request("POST", "/api/v1/alert-rules", { kind: "pace_behind" });
    expect(response.statusCode, response.body).toBe(201);
    expect(json<AlertRule>(response)).toMatchObject({
      kind: "pace_behind",
      teamId: null,
      teamName: null,
      params: { kpiKey: "meetings", fromBusinessDay: 3, minShare: 0.3 },
      escalateAfterHours: null,
      active: true,
      version: 1,
    });
  });

  it("lets a manager keep rules for their own team only; members none", async () => {
    const own = await manager.request("POST", "/api/v1/alert-rules", {
      kind: "deal_stale",
      teamId: teamA,
      params: { days: 10 },
      escalateAfterHours: 24,
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(json<AlertRule>(own)).toMatchObject({ teamId: teamA, teamName: "Aチーム", params: { days: 10 } });
    for (const teamId of [teamB, null]) {
      const other = await manager.request("POST", "/api/v1/alert-rules", { kind: "deal_stale", teamId });
      expect(other.statusCode).toBe(403);
    }
    const byMember = await member.request("POST", "/api/v1/alert-rules", {
      kind: "deal_stale",
      teamId: teamA,
    });
    expect(byMember.statusCode).toBe(403);
    expect((await member.request("GET", "/api/v1/alert-rules")).statusCode).toBe(403);
  });

  it("lists all rules to admins, the org's and their teams' to managers", async () => {
    const forB = json<AlertRule>(
      await admin.request("POST", "/api/v1/alert-rules", { kind: "lead_unanswered", teamId: teamB }),
    );
    const all = json<AlertRule[]>(await admin.request("GET", "/api/v1/alert-rules"));
    const mine = json<AlertRule[]>(await manager.request("GET", "/api/v1/alert-rules"));
    expect(all.map((r) => r.id)).toContain(forB.id);
    expect(mine.map((r) => r.id)).not.toContain(forB.id);
    expect(mine.map((r) => r.teamId).sort()).toEqual([null, teamA].sort());
    // A manager may not edit the org's rule nor another team's.
    for (const rule of [forB, ...mine.filter((r) => r.teamId === null)]) {
      const edit = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
        version: rule.version,
        active: false,
      });
      expect(edit.statusCode).toBe(403);
    }
  });

  it("edits with the version, checks thresholds against the kind, and deletes", async () => {
    const rule = json<AlertRule>(
      await manager.request("POST", "/api/v1/alert-rules", { kind: "meeting_passed", teamId: teamA }),
    );
    expect(rule.params).toEqual({ days: 1 });
    const edited = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 1,
      params: { days: 3 },
      escalateAfterHours: 8,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json<AlertRule>(edited)).toMatchObject({ params: { days: 3 }, escalateAfterHours: 8, version: 2 });
    const stale = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 1,
      active: false,
    });
    expect(stale.statusCode).toBe(409);
    // Switching a rule off leaves its escalation delay as it was.
    const off = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 2,
      active: false,
    });
    expect(json<AlertRule>(off)).toMatchObject({ active: false, escalateAfterHours: 8, version: 3 });
    const on = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, { version: 3, active: true });
    expect(on.statusCode).toBe(200);
    const invalid = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 4,
      params: { days: 0 },
    });
    expect(invalid.statusCode).toBe(400);
    const moved = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 4,
      teamId: teamB,
    });
    expect(moved.statusCode).toBe(403);

    expect((await manager.request("DELETE", `/api/v1/alert-rules/${rule.id}?version=1`)).statusCode).toBe(
      409,
    );
    expect((await manager.request("DELETE", `/api/v1/alert-rules/${rule.id}?version=4`)).statusCode).toBe(
      204,
    );
    const gone = await manager.request("PATCH", `/api/v1/alert-rules/${rule.id}`, {
      version: 2,
      active: false,
    });
    expect(gone.statusCode).toBe(404);
  });

  it("refuses unknown kinds, unknown KPIs and a pace rule on a rate", async () => {
    const post = (body: object) => admin.request("POST", "/api/v1/alert-rules", body);
    expect((await post({ kind: "nonsense" })).statusCode).toBe(400);
    expect((await post({ kind: "pace_behind", params: { minShare: 1.5 } })).statusCode).toBe(400);
    expect((await post({ kind: "kpi_below_minimum", params: { kpiKey: "nope" } })).statusCode).toBe(422);
    expect((await post({ kind: "pace_behind", params: { kpiKey: "winRate" } })).statusCode).toBe(400);
    expect(
      (await post({ kind: "deal_stale", teamId: "00000000-0000-4000-8000-000000000000" })).statusCode,
    ).toBe(422);
  });

  it("describes the endpoints in the OpenAPI document, each kind's thresholds included", async () => {
    const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/alert-rules",
        "/api/v1/alert-rules/{id}",
        "/api/v1/alert-rules/{id}/run",
        "/api/v1/alerts",
        "/api/v1/alerts/{id}/acknowledge",
        "/api/v1/alerts/read",
        "/api/v1/me/notification-preferences",
      ]),
    );
    const body = JSON.stringify(
      openapi.paths["/api/v1/alert-rules"].post.requestBody.content["application/json"].schema,
    );
    for (const kind of ["deal_stale", "pace_behind", "forecast_below_target"]) expect(body).toContain(kind);
    expect(body).toContain("minShare");
  });
});
