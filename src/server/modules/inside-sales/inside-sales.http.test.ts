// The inside-sales figures of a scope and period: the IS KPIs equal those of the dashboard and the KPI
// tree (one definition), conversion by channel counts each lead once at the furthest step it reached,
// and the SLA breaches of now.
import { describe, expect, it } from "vitest";
import type { FunnelAnalysis } from "../../../contract/analysis";
import type { Dashboard } from "../../../contract/dashboard";
import type { InsideSales } from "../../../contract/inside-sales";
import type { KpiTree } from "../../../contract/kpis";
import { createTestApp } from "../../../test/http";

describe("the inside-sales figures over HTTP", async () => {
  // Friday 2026-11-20, 14:00 in Tokyo.
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T05:00:00Z") });
  const rep = await login("member-a1@test.example");
  const manager = await login("manager-a@test.example");
  const memberB = await login("member-b@test.example");
  const fsRep = fixture.users.memberB?.id as string;

  const lead = async (channel: string, createdAt: string) =>
    (
      await rep.request("POST", "/api/v1/leads", {
        companyName: `${channel} ${createdAt}`,
        channel,
        createdAt,
      })
    ).json() as { id: string };
  const call = (leadId: string, outcome: string, occurredAt: string) =>
    rep.request("POST", "/api/v1/activities", { kind: "call", outcome, leadId, occurredAt });

  // Web: three leads; one reached, one with a meeting set and handed off with a date. Event: one
  // lead, never answered (created at 9:00, due at 10:00: breached at 14:00).
  const web1 = await lead("inbound_web", "2026-11-19T01:00:00Z");
  const web2 = await lead("inbound_web", "2026-11-19T02:00:00Z");
  await lead("inbound_web", "2026-11-20T04:30:00Z");
  await lead("event", "2026-11-20T00:00:00Z");
  await call(web1.id, "reached", "2026-11-19T01:10:00Z");
  await call(web2.id, "appointment_set", "2026-11-19T02:20:00Z");
  await call(web2.id, "not_reached", "2026-11-19T02:10:00Z");
  const handoff = await rep.request("POST", `/api/v1/leads/${web2.id}/handoff`, {
    fsOwnerId: fsRep,
    amount: 1_000_000,
    nextMeetingDate: "2026-11-26",
  });
  expect(handoff.statusCode).toBe(201);

  it("counts each channel's leads, meetings, deals and wins with the step-to-step rates", async () => {
    const figures = (await rep.request("GET", "/api/v1/inside-sales?period=2026-11")).json() as InsideSales;
    expect(figures.scope).toBe(`user:${fixture.users.memberA1?.id}`);
    expect(figures.channels.map((c) => [c.channel, c.leads, c.meetings, c.deals, c.won])).toEqual([
      ["inbound_web", 3, 1, 1, 0],
      ["event", 1, 0, 0, 0],
    ]);
    expect(figures.channels[0]).toMatchObject({
      meetingRate: 1 / 3,
      dealRate: 1,
      winRate: 0,
      label: "インバウンド（Web）",
    });
    // No meeting: no data for the step after it, never 0%.
    expect(figures.channels[1]).toMatchObject({ meetingRate: 0, dealRate: null, winRate: null });
    expect(figures.total).toMatchObject({ leads: 4, meetings: 1, deals: 1, leadToWon: 0, label: "合計" });
    expect(figures.slaBreachedNow).toBe(1);
  });

  it("gives the IS KPIs from the same definitions as the dashboard and the KPI tree", async () => {
    const figures = (await rep.request("GET", "/api/v1/inside-sales?period=2026-11")).json() as InsideSales;
    const kpi = (key: string) => figures.kpis.find((k) => k.kpiKey === key)?.actual;
    expect(kpi("calls")).toBe(3);
    expect(kpi("connectRate")).toBeCloseTo(2 / 3);
    expect(kpi("meetingsSet")).toBe(1);
    // Meetings set ÷ effective contacts (the appointment call is one); hand-offs with a date ÷ agreed.
    expect(kpi("meetingSetRate")).toBe(1);
    expect(kpi("appointmentRate")).toBe(1);
    // Business minutes to the first call: 10 and 10 (the not-reached call at 11:10 came first).
    expect(kpi("leadResponseTime")).toBe(10);
    expect(kpi("handoffQuality")).toBeNull();
    // No e-mail logged: the e-mail rates are left out rather than shown as no data.
    expect(figures.kpis.some((k) => k.kpiKey === "emailOpenRate")).toBe(false);

    const dashboard = (await rep.request("GET", "/api/v1/dashboard?period=2026-11")).json() as Dashboard;
    expect(dashboard.pace.kpis.find((k) => k.kpiKey === "calls")?.actual).toBe(kpi("calls"));
    expect(dashboard.pace.kpis.find((k) => k.kpiKey === "meetingsSet")?.actual).toBe(kpi("meetingsSet"));
    const tree = (await rep.request("GET", "/api/v1/kpi-tree?period=2026-11")).json() as KpiTree;
    expect(tree.nodes.find((n) => n.kpiKey === "calls")?.actual).toBe(kpi("calls"));
    expect(tree.nodes.find((n) => n.kpiKey === "meetingSetRate")?.actual).toBe(kpi("meetingSetRate"));
  });

  it("shows the same conversion in the analysis by channel, and none on other axes", async () => {
    const byChannel = (
      await manager.request("GET", "/api/v1/analysis/funnel?period=2026-11&by=channel")
    ).json() as FunnelAnalysis;
    const figures = (
      await manager.request("GET", "/api/v1/inside-sales?period=2026-11")
    ).json() as InsideSales;
    expect(byChannel.channelConversion).toEqual(figures.channels);
    const byPerson = (
      await manager.request("GET", "/api/v1/analysis/funnel?period=2026-11&by=person")
    ).json() as FunnelAnalysis;
    expect(byPerson.channelConversion).toBeNull();
  });

  it("keeps another team's leads out of a member's figures, and refuses their scope", async () => {
    const own = (await memberB.request("GET", "/api/v1/inside-sales?period=2026-11")).json() as InsideSales;
    expect(own.total.leads).toBe(0);
    expect(own.slaBreachedNow).toBe(0);
    const teamA = fixture.teams.teamA?.id as string;
    expect((await memberB.request("GET", `/api/v1/inside-sales?scope=team:${teamA}`)).statusCode).toBe(403);
    expect((await rep.request("GET", "/api/v1/inside-sales?period=nope")).statusCode).toBe(400);
  });
});
