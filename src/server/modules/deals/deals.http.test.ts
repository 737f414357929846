import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/http";

describe("deals over HTTP", async () => {
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const { dealA1, dealA2, dealB } = fixture.deals;
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");

  const names = async (session: typeof admin, query = "") =>
    ((await session.request("GET", `/api/v1/deals${query}`)).json().items as { name: string }[])
      .map((d) => d.name)
      .sort();

  describe("scope", () => {
    it("shows a member their team's deals only, a manager their team, the admin everything", async () => {
      expect(await names(memberA1)).toEqual([dealA2?.name, dealA1?.name].sort());
      expect(await names(memberB)).toEqual([dealB?.name]);
      expect(await names(managerA)).toEqual([dealA2?.name, dealA1?.name].sort());
      expect(await names(admin)).toHaveLength(3);
    });

    it("answers 404 for another team's deal, in detail, edit, move and through filters", async () => {
      const detail = await memberB.request("GET", `/api/v1/deals/${dealA1?.id}`);
      expect(detail.statusCode).toBe(404);
      expect(detail.json().error.code).toBe("NOT_FOUND");
      const patch = await memberB.request("PATCH", `/api/v1/deals/${dealA1?.id}`, { version: 1, name: "x" });
      expect(patch.statusCode).toBe(404);
      const move = await memberB.request("POST", `/api/v1/deals/${dealA1?.id}/stage`, {
        version: 1,
        stageId: fixture.stage("first_meeting").id,
      });
      expect(move.statusCode).toBe(404);
      expect(await names(memberB, `?teamId=${fixture.teams.teamA?.id}`)).toEqual([]);
      expect(await names(memberB, `?q=${encodeURIComponent("アルファ")}`)).toEqual([]);
      const board = await memberB.request("GET", `/api/v1/board?pipelineId=${fixture.pipeline?.id}`);
      const counted = board.json().columns.reduce((n: number, c: { count: number }) => n + c.count, 0);
      expect(counted).toBe(1);
    });

    it("lets a member read but not edit a teammate's deal (403)", async () => {
      expect((await memberA1.request("GET", `/api/v1/deals/${dealA2?.id}`)).statusCode).toBe(200);
      const patch = await memberA1.request("PATCH", `/api/v1/deals/${dealA2?.id}`, { version: 1, amount: 1 });
      expect(patch.statusCode).toBe(403);
      expect(patch.json().error.code).toBe("FORBIDDEN");
    });

    it("keeps accounts and users in scope too", async () => {
      const accounts = (await memberB.request("GET", "/api/v1/accounts")).json();
      expect(accounts.items.map((a: { name: string }) => a.name)).toEqual(["ベータ商事株式会社"]);
      expect(
        (await memberB.request("GET", `/api/v1/accounts/${fixture.accounts.accountA?.id}`)).statusCode,
      ).toBe(404);
      const users = (await memberB.request("GET", "/api/v1/users")).json() as { email: string }[];
      expect(users.map((u) => u.email)).toEqual(["member-b@test.example"]);
      const teams = (await managerA.request("GET", "/api/v1/teams")).json() as { name: string }[];
      expect(teams.map((t) => t.name)).toEqual(["Aチーム"]);
    });
  });

  describe("create", () => {
    it("creates a deal in the first stage of the default pipeline, owned by the caller", async () => {
      const response = await memberA1.request("POST", "/api/v1/deals", {
        name: "アルファ 保守契約",
        accountId: fixture.accounts.accountA?.id,
        amount: 2_400_000,
        nextMeetingDate: "2026-11-27",
      });
      expect(response.statusCode).toBe(201);
      const deal = response.json();
      expect(deal).toMatchObject({
        ownerId: fixture.users.memberA1?.id,
        teamId: fixture.teams.teamA?.id,
        stageId: fixture.stage("lead").id,
        probability: 10,
        status: "open",
        amount: 2_400_000,
        nextMeetingDate: "2026-11-27",
        accountName: "株式会社アルファ",
        version: 1,
      });
      const detail = (await memberA1.request("GET", `/api/v1/deals/${deal.id}`)).json();
      expect(detail.timeline.map((e: { kind: string }) => e.kind).sort()).toEqual(["create", "stage"]);
    });

    it("refuses to assign a deal to someone outside the caller's write scope", async () => {
      const forOther = await memberA1.request("POST", "/api/v1/deals", {
        name: "x",
        ownerId: fixture.users.memberA2?.id,
      });
      expect(forOther.statusCode).toBe(403);
      const managerAssigns = await managerA.request("POST", "/api/v1/deals", {
        name: "アサイン案件",
        ownerId: fixture.users.memberA2?.id,
      });
      expect(managerAssigns.statusCode).toBe(201);
      const outsideTeam = await managerA.request("POST", "/api/v1/deals", {
        name: "x",
        ownerId: fixture.users.memberB?.id,
      });
      expect(outsideTeam.statusCode).toBe(403);
    });

    it("answers bad input with 4xx and a code, writing nothing", async () => {
      const before = (await admin.request("GET", "/api/v1/deals?limit=1")).json().total;
      const invalid = await memberA1.request("POST", "/api/v1/deals", {
        name: "",
        amount: -5,
        probability: 150,
        minutesUrl: "javascript:alert(1)",
        expectedCloseDate: "2026-13-45",
      });
      expect(invalid.statusCode).toBe(400);
      const fields = invalid.json().error.details.issues.map((i: { path: string }) => i.path);
      expect(fields).toEqual(
        expect.arrayContaining([
          "body.name",
          "body.amount",
          "body.probability",
          "body.minutesUrl",
          "body.expectedCloseDate",
        ]),
      );
      const otherTeamsAccount = await memberA1.request("POST", "/api/v1/deals", {
        name: "x",
        accountId: fixture.accounts.accountB?.id,
      });
      expect(otherTeamsAccount.statusCode).toBe(422);
      expect(otherTeamsAccount.json().error).toMatchObject({
        code: "INVALID_REFERENCE",
        details: { field: "accountId" },
      });
      const badQuery = await memberA1.request("GET", "/api/v1/deals?sort=password&limit=100000");
      expect(badQuery.statusCode).toBe(400);
      expect((await admin.request("GET", "/api/v1/deals?limit=1")).json().total).toBe(before);
    });
  });

  describe("edit", () => {
    it("saves the seven fields, audits each change and counts close-date pushes", async () => {
      const response = await memberA1.request("PATCH", `/api/v1/deals/${dealA1?.id}`, {
        version: 1,
        amount: 3_500_000,
        nextMeetingDate: "2026-11-26",
        nextMeetingPurpose: "要件定義レビュー",
        decisionMakerId: fixture.contacts.contactA?.id,
        minutesUrl: "https://docs.example.com/minutes/1",
        expectedCloseDate: "2027-01-20",
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        version: 2,
        amount: 3_500_000,
        decisionMakerName: "佐藤 部長",
        closeDatePushes: 1,
      });
      const detail = (await memberA1.request("GET", `/api/v1/deals/${dealA1?.id}`)).json();
      const fieldChange = detail.timeline.find((e: { kind: string }) => e.kind === "field");
      expect(fieldChange.changes.amount).toEqual({ before: 3_000_000, after: 3_500_000 });
      expect(fieldChange.changes.expectedCloseDate).toEqual({ before: "2026-12-15", after: "2027-01-20" });
      expect(fieldChange.actorName).toBe("member-a1");
    });

    it("answers a stale version with 409 and the current record", async () => {
      const stale = await memberA1.request("PATCH", `/api/v1/deals/${dealA1?.id}`, { version: 1, amount: 1 });
      expect(stale.statusCode).toBe(409);
      const { error } = stale.json();
      expect(error.code).toBe("VERSION_CONFLICT");
      expect(error.details.current).toMatchObject({ id: dealA1?.id, version: 2, amount: 3_500_000 });
    });

    it("lets exactly one of two concurrent writers of the same version win", async () => {
      const current = (await managerA.request("GET", `/api/v1/deals/${dealA1?.id}`)).json();
      const [a, b] = await Promise.all([
        managerA.request("PATCH", `/api/v1/deals/${dealA1?.id}`, { version: current.version, amount: 111 }),
        memberA1.request("PATCH", `/api/v1/deals/${dealA1?.id}`, { version: current.version, amount: 222 }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const after = (await admin.request("GET", `/api/v1/deals/${dealA1?.id}`)).json();
      expect(after.version).toBe(current.version + 1);
      expect([111, 222]).toContain(after.amount);
    });

    it("refuses unknown fields and a decision maker of another account", async () => {
      const unknown = await managerA.request("PATCH", `/api/v1/deals/${dealA2?.id}`, {
        version: 1,
        teamId: "x",
      });
      expect(unknown.statusCode).toBe(400);
      const foreign = await admin.request("PATCH", `/api/v1/deals/${dealB?.id}`, {
        version: 1,
        decisionMakerId: fixture.contacts.contactA?.id,
      });
      expect(foreign.statusCode).toBe(422);
    });
  });

  describe("stage moves and the board", () => {
    it("moves a deal, records history, and closes it when won", async () => {
      const moved = await managerA.request("POST", `/api/v1/deals/${dealA2?.id}/stage`, {
        version: 1,
        stageId: fixture.stage("first_meeting").id,
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({
        stageId: fixture.stage("first_meeting").id,
        probability: 30,
        version: 2,
      });
      const won = await managerA.request("POST", `/api/v1/deals/${dealA2?.id}/stage`, {
        version: 2,
        stageId: fixture.stage("won").id,
      });
      expect(won.json()).toMatchObject({
        status: "won",
        probability: 100,
        closedAt: "2026-11-20T01:00:00.000Z",
      });
      const detail = (await managerA.request("GET", `/api/v1/deals/${dealA2?.id}`)).json();
      const stages = detail.timeline.filter((e: { kind: string }) => e.kind === "stage");
      expect(stages.map((s: { toStageId: string }) => s.toStageId)).toEqual([
        fixture.stage("won").id,
        fixture.stage("first_meeting").id,
      ]);
      const stale = await managerA.request("POST", `/api/v1/deals/${dealA2?.id}/stage`, {
        version: 2,
        stageId: fixture.stage("lead").id,
      });
      expect(stale.statusCode).toBe(409);
    });

    it("checks the lost reason against the org's pick list", async () => {
      const current = (await memberB.request("GET", `/api/v1/deals/${dealB?.id}`)).json();
      const bad = await memberB.request("POST", `/api/v1/deals/${dealB?.id}/stage`, {
        version: current.version,
        stageId: fixture.stage("lost").id,
        lostReason: "weather",
      });
      expect(bad.statusCode).toBe(422);
      const lost = await memberB.request("POST", `/api/v1/deals/${dealB?.id}/stage`, {
        version: current.version,
        stageId: fixture.stage("lost").id,
        lostReason: "competitor",
      });
      expect(lost.json()).toMatchObject({ status: "lost", lostReason: "competitor" });
    });

    it("gives count and amount per column, with this month's closed deals", async () => {
      const board = (await admin.request("GET", `/api/v1/board?pipelineId=${fixture.pipeline?.id}`)).json();
      expect(board.closedSince).toBe("2026-11-01");
      const column = (key: string) =>
        board.columns.find((c: { stageId: string }) => c.stageId === fixture.stage(key).id);
      expect(column("won")).toMatchObject({ count: 1, amount: 1_200_000 });
      expect(column("lost")).toMatchObject({ count: 1, amount: 8_000_000 });
      const lead = column("lead");
      expect(lead.count).toBe(lead.deals.length);
      expect(lead.amount).toBe(
        lead.deals.reduce((sum: number, d: { amount: number | null }) => sum + (d.amount ?? 0), 0),
      );
      const byOwner = (
        await admin.request(
          "GET",
          `/api/v1/board?pipelineId=${fixture.pipeline?.id}&ownerId=${fixture.users.memberB?.id}`,
        )
      ).json();
      expect(byOwner.columns.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(1);
    });

    it("sorts and pages the list", async () => {
      const page = (await admin.request("GET", "/api/v1/deals?sort=-amount&limit=2&offset=0")).json();
      expect(page.total).toBeGreaterThanOrEqual(5);
      expect(page.items).toHaveLength(2);
      expect(page.items[0].amount).toBeGreaterThanOrEqual(page.items[1].amount);
      const open = (await admin.request("GET", "/api/v1/deals?status=won")).json();
      expect(open.items.map((d: { id: string }) => d.id)).toEqual([dealA2?.id]);
    });
  });
});
