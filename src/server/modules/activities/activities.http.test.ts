import { describe, expect, it } from "vitest";
import { type Activity, activityMetrics } from "../../../contract/activities";
import type { Dashboard } from "../../../contract/dashboard";
import { activityColumns } from "../../../db/rollups/rollup-definitions";
import { createTestApp } from "../../../test/http";

describe("activities over HTTP", async () => {
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T03:00:00Z") });
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const callsToday = async () => {
    const d = (await memberA1.request("GET", "/api/v1/dashboard")).json() as Dashboard;
    return d.activities.daily.find((day) => day.date === "2026-11-20")?.calls;
  };

  it("logs a call that the dashboard counts at once, with the deal's account", async () => {
    expect(await callsToday()).toBe(0);
    const response = await memberA1.request("POST", "/api/v1/activities", {
      kind: "call",
      outcome: "effective_contact",
      subject: "ヒアリング",
      dealId: fixture.deals.dealA1?.id,
    });
    expect(response.statusCode).toBe(201);
    const activity = response.json() as Activity;
    expect(activity).toMatchObject({
      ownerName: "member-a1",
      accountId: fixture.accounts.accountA?.id,
      dealName: "アルファ 生産管理システム導入",
      occurredAt: "2026-11-20T03:00:00.000Z",
      version: 1,
    });
    expect(await callsToday()).toBe(1);
    const list = (
      await memberA1.request("GET", "/api/v1/activities?from=2026-11-20&to=2026-11-20&kind=call")
    ).json();
    expect(list.total).toBe(1);
  });

  it("lists the activities behind a metric: effective contacts are both outcomes that count", async () => {
    expect(activityMetrics).toEqual(activityColumns.map((c) => c.metric));
    await memberA1.request("POST", "/api/v1/activities", { kind: "call", outcome: "appointment_set" });
    await memberA1.request("POST", "/api/v1/activities", { kind: "call", outcome: "not_reached" });
    const total = async (query: string) =>
      (await memberA1.request("GET", `/api/v1/activities?from=2026-11-20&to=2026-11-20&${query}`)).json()
        .total;
    expect(await total("metric=calls")).toBe(3);
    expect(await total("metric=effectiveContacts")).toBe(2);
    expect(await total("metric=meetingsSet")).toBe(1);
    expect((await memberA1.request("GET", "/api/v1/activities?metric=nope")).statusCode).toBe(400);
    const all = (await memberA1.request("GET", "/api/v1/activities?from=2026-11-20&to=2026-11-20")).json();
    for (const a of all.items.filter((x: Activity) => x.outcome !== "effective_contact")) {
      await memberA1.request("DELETE", `/api/v1/activities/${a.id}?version=${a.version}`);
    }
  });

  it("refuses an outcome of another kind, a link the caller may not read, an owner of another team", async () => {
    const wrong = await memberA1.request("POST", "/api/v1/activities", { kind: "email", outcome: "held" });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe("ACTIVITY_OUTCOME_INVALID");
    const otherDeal = await memberA1.request("POST", "/api/v1/activities", {
      kind: "call",
      dealId: fixture.deals.dealB?.id,
    });
    expect(otherDeal.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "dealId" } });
    const forB = await managerA.request("POST", "/api/v1/activities", {
      kind: "call",
      ownerId: fixture.users.memberB?.id,
    });
    expect(forB.statusCode).toBe(403);
    expect(await callsToday()).toBe(1);
  });

  it("edits with the version, answers 409 to a stale one, deletes, and hides another team's", async () => {
    const created = (
      await memberA1.request("POST", "/api/v1/activities", { kind: "visit", outcome: "scheduled" })
    ).json() as Activity;
    const edited = await memberA1.request("PATCH", `/api/v1/activities/${created.id}`, {
      version: 1,
      outcome: "held",
    });
    expect(edited.json()).toMatchObject({ outcome: "held", version: 2 });
    const stale = await managerA.request("PATCH", `/api/v1/activities/${created.id}`, {
      version: 1,
      outcome: "cancelled",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.outcome).toBe("held");
    expect((await memberB.request("GET", `/api/v1/activities/${created.id}`)).statusCode).toBe(404);
    expect((await memberB.request("DELETE", `/api/v1/activities/${created.id}?version=2`)).statusCode).toBe(
      404,
    );
    expect((await memberB.request("GET", "/api/v1/activities")).json().total).toBe(0);
    expect((await memberA1.request("DELETE", `/api/v1/activities/${created.id}?version=1`)).statusCode).toBe(
      409,
    );
    expect((await memberA1.request("DELETE", `/api/v1/activities/${created.id}?version=2`)).statusCode).toBe(
      204,
    );
    expect((await memberA1.request("GET", `/api/v1/activities/${created.id}`)).statusCode).toBe(404);
  });
});
