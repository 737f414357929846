// The hand-off (トスアップ, seed 002) over HTTP: an IS rep's qualified lead becomes a field-sales deal
// once, with the lead's story; the FS rep rates it within the org's window, and the rating is the IS
// rep's hand-off quality (mean of ratings).
import { describe, expect, it } from "vitest";
import type { Deal } from "../../../contract/deals";
import type { DealHandoff, Lead } from "../../../contract/leads";
import { createTestApp, movableClock } from "../../../test/http";

type Session = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["login"]>>;

// Friday 2026-11-20, 10:00 in Tokyo.
const start = new Date("2026-11-20T01:00:00Z");

describe("handing a lead off to field sales", async () => {
  const clock = movableClock(start);
  const { fixture, login, database } = await createTestApp({ clock });
  let memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  let memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const admin = await login("admin@test.example");
  const { users } = fixture;

  async function createLead(who: Session, body: Record<string, unknown>) {
    const response = await who.request("POST", "/api/v1/leads", { channel: "event", ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Lead;
  }
  const handOff = (who: Session, leadId: string, body: Record<string, unknown>) =>
    who.request("POST", `/api/v1/leads/${leadId}/handoff`, body);
  const handoffOf = (who: Session, dealId: string) => who.request("GET", `/api/v1/deals/${dealId}/handoff`);
  const rate = (who: Session, dealId: string, body: Record<string, unknown>) =>
    who.request("PUT", `/api/v1/deals/${dealId}/handoff/rating`, body);

  // member-a1 (IS, team A) works a lead from a seminar and hands it to member-b (FS, team B).
  const lead = await createLead(memberA1, {
    companyName: "株式会社オメガ",
    contactName: "山田 部長",
    email: "yamada@omega.example",
    phone: "03-1234-5678",
    createdAt: "2026-11-20T09:00:00+09:00",
    bantBudget: "年間500万円",
    bantAuthority: "山田部長が決裁",
    bantNeed: "営業の見える化",
    bantTiming: "来期4月",
  });
  for (const activity of [
    {
      kind: "call",
      outcome: "effective_contact",
      subject: "ヒアリング",
      occurredAt: "2026-11-20T09:10:00+09:00",
    },
    { kind: "email", outcome: "replied", subject: "資料送付", occurredAt: "2026-11-20T09:30:00+09:00" },
  ]) {
    const logged = await memberA1.request("POST", "/api/v1/activities", { ...activity, leadId: lead.id });
    expect(logged.statusCode, logged.body).toBe(201);
  }
  await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, { version: 1, status: "qualified" });
  const first = await handOff(memberA1, lead.id, {
    fsOwnerId: users.memberB?.id,
    amount: 5_000_000,
    nextMeetingDate: "2026-11-26",
    note: "予算確保済み。デモを希望",
  });
  const deal = first.json() as Deal;

  it("creates the deal for the FS rep of another team, in the default pipeline's first open stage", () => {
    expect(first.statusCode, first.body).toBe(201);
    expect(deal).toMatchObject({
      name: "株式会社オメガ",
      ownerId: users.memberB?.id,
      ownerName: "member-b",
      teamId: fixture.teams.teamB?.id,
      pipelineId: fixture.pipeline?.id,
      stageId: fixture.stage("lead").id,
      status: "open",
      probability: 10,
      amount: 5_000_000,
      nextMeetingDate: "2026-11-26",
      channel: "event",
      bantBudget: "年間500万円",
      bantAuthority: "山田部長が決裁",
      bantNeed: "営業の見える化",
      bantTiming: "来期4月",
      accountName: "株式会社オメガ",
      decisionMakerName: "山田 部長",
    });
  });

  it("makes the account from the company, owned in the FS rep's team, with the lead's contact", async () => {
    const account = await memberB.request("GET", `/api/v1/accounts/${deal.accountId}`);
    expect(account.statusCode).toBe(200);
    expect(account.json()).toMatchObject({ name: "株式会社オメガ", teamId: fixture.teams.teamB?.id });
    expect(account.json().contacts).toEqual([
      expect.objectContaining({ name: "山田 部長", email: "yamada@omega.example", phone: "03-1234-5678" }),
    ]);
    expect(deal.decisionMakerId).toBe(account.json().contacts[0].id);
  });

  it("hands a lead off once: the second try is 409 and makes no second deal", async () => {
    const again = await handOff(memberA1, lead.id, { fsOwnerId: users.memberB?.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("LEAD_ALREADY_HANDED_OFF");
    const { rows } = await database.pool.query("select count(*)::int as n from deals where name = $1", [
      "株式会社オメガ",
    ]);
    expect(rows[0].n).toBe(1);
    const handoffs = await database.pool.query("select count(*)::int as n from handoffs where lead_id = $1", [
      lead.id,
    ]);
    expect(handoffs.rows[0].n).toBe(1);
  });

  it("marks the lead handed off with its deal, its FS rep and the rating window", async () => {
    const after = (await memberA1.request("GET", `/api/v1/leads/${lead.id}`)).json() as Lead;
    expect(after).toMatchObject({
      status: "handed_off",
      accountId: deal.accountId,
      handoff: {
        dealId: deal.id,
        fsOwnerId: users.memberB?.id,
        fsOwnerName: "member-b",
        handedOffAt: start.toISOString(),
        rateBy: "2026-11-27",
        rating: null,
        reasons: [],
      },
    });
    // Out of the IS queue, and no longer editable into another status.
    const queue = (await memberA1.request("GET", "/api/v1/leads/call-list")).json();
    expect(queue.items.map((l: Lead) => l.id)).not.toContain(lead.id);
    const reopen = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: after.version,
      status: "working",
    });
    expect(reopen.statusCode).toBe(422);
    expect(reopen.json().error.code).toBe("LEAD_STATUS_INVALID");
  });

  it("shows the FS rep the lead's story: contact, BANT, note, response time and its history, newest first", async () => {
    const response = await handoffOf(memberB, deal.id);
    expect(response.statusCode, response.body).toBe(200);
    const handoff = response.json() as DealHandoff;
    expect(handoff).toMatchObject({
      leadId: lead.id,
      companyName: "株式会社オメガ",
      contactName: "山田 部長",
      email: "yamada@omega.example",
      channel: "event",
      isOwnerName: "member-a1",
      note: "予算確保済み。デモを希望",
      bantNeed: "営業の見える化",
      responseMinutes: 10,
      rateBy: "2026-11-27",
      canRate: true,
      rating: null,
      ratedAt: null,
    });
    expect(handoff.history.map((h) => [h.kind, h.outcome, h.subject, h.ownerName])).toEqual([
      ["email", "replied", "資料送付", "member-a1"],
      ["call", "effective_contact", "ヒアリング", "member-a1"],
    ]);
  });

  it("keeps the hand-off from people who cannot read the deal (404)", async () => {
    // The IS rep's colleague, and their manager: the deal is team B's.
    expect((await handoffOf(memberA2, deal.id)).statusCode).toBe(404);
    expect((await memberA2.request("GET", `/api/v1/deals/${deal.id}`)).statusCode).toBe(404);
    expect((await handoffOf(managerA, deal.id)).statusCode).toBe(404);
    expect((await rate(memberA2, deal.id, { rating: 1 })).statusCode).toBe(404);
    // A deal that did not come from a lead has no hand-off.
    expect((await handoffOf(memberB, fixture.deals.dealB?.id as string)).statusCode).toBe(404);
    expect((await handoffOf(admin, deal.id)).json().canRate).toBe(true);
  });

  it("refuses a rating outside 1-5 or with an unknown reason (400)", async () => {
    for (const body of [
      { rating: 0 },
      { rating: 6 },
      { rating: 3.5 },
      { rating: 4, reasons: ["rude"] },
      {},
    ]) {
      const response = await rate(memberB, deal.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await handoffOf(memberB, deal.id)).json().rating).toBeNull();
  });

  it("lets the FS rep rate it, with reasons, and change the rating while the window is open", async () => {
    const rated = await rate(memberB, deal.id, {
      rating: 3,
      reasons: ["timing", "timing", "wrong_contact"],
      comment: "決裁は社長だった",
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({
      rating: 3,
      reasons: ["timing", "wrong_contact"],
      ratingComment: "決裁は社長だった",
      ratedAt: start.toISOString(),
    });
    const changed = await rate(memberB, deal.id, { rating: 5 });
    expect(changed.json()).toMatchObject({ rating: 5, reasons: [], ratingComment: null });
    const onLead = (await memberA1.request("GET", `/api/v1/leads/${lead.id}`)).json() as Lead;
    expect(onLead.handoff).toMatchObject({ rating: 5, reasons: [] });
  });

  it("refuses the hand-off of a disqualified lead (409), to an unknown FS rep (422), and by a colleague (403)", async () => {
    const dropped = await createLead(memberA1, { companyName: "対象外商事" });
    await memberA1.request("PATCH", `/api/v1/leads/${dropped.id}`, {
      version: 1,
      status: "disqualified",
      disqualifiedReason: "no_need",
    });
    const refused = await handOff(memberA1, dropped.id, { fsOwnerId: users.memberB?.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("LEAD_NOT_OPEN");

    const open = await createLead(memberA1, { companyName: "シグマ" });
    const nobody = await handOff(memberA1, open.id, { fsOwnerId: "00000000-0000-4000-8000-000000000000" });
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "fsOwnerId" } });
    const byColleague = await handOff(memberA2, open.id, { fsOwnerId: users.memberB?.id });
    expect(byColleague.statusCode).toBe(403);
    expect(((await memberA1.request("GET", `/api/v1/leads/${open.id}`)).json() as Lead).status).toBe("new");
  });

  it("uses the lead's own account when it has one, and makes no contact without a contact name", async () => {
    const known = await createLead(memberA1, {
      companyName: "アルファ 別部門",
      accountId: fixture.accounts.accountA?.id,
    });
    const response = await handOff(memberA1, known.id, {
      fsOwnerId: users.memberA2?.id,
      dealName: "アルファ 増設",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: "アルファ 増設",
      accountId: fixture.accounts.accountA?.id,
      ownerId: users.memberA2?.id,
      decisionMakerId: null,
      bantBudget: null,
    });
    const { rows } = await database.pool.query("select count(*)::int as n from accounts where name = $1", [
      "アルファ 別部門",
    ]);
    expect(rows[0].n).toBe(0);
  });

  it("lets only someone who may change the deal rate it: a colleague who can read it gets 403", async () => {
    // member-b (IS) hands a lead to member-a1 (FS): member-a2 reads team A's deals but does not own this one.
    const lead2 = await createLead(memberB, { companyName: "パイ株式会社", contactName: "高橋" });
    const deal2 = (await handOff(memberB, lead2.id, { fsOwnerId: users.memberA1?.id })).json() as Deal;
    expect(deal2.teamId).toBe(fixture.teams.teamA?.id);
    const seen = await handoffOf(memberA2, deal2.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ canRate: false, isOwnerName: "member-b" });
    const byColleague = await rate(memberA2, deal2.id, { rating: 1 });
    expect(byColleague.statusCode).toBe(403);
    expect(byColleague.json().error.code).toBe("FORBIDDEN");
    // The IS rep cannot rate their own hand-off: the deal is field sales'.
    expect((await rate(memberB, deal2.id, { rating: 5 })).statusCode).toBe(404);
    // The FS rep's manager may.
    const byManager = await rate(managerA, deal2.id, { rating: 2, reasons: ["bant_incomplete"] });
    expect(byManager.statusCode, byManager.body).toBe(200);
  });

  it("counts the ratings as the IS team's hand-off quality, the mean of the ratings", async () => {
    const put = await managerA.request("PUT", `/api/v1/teams/${fixture.teams.teamA?.id}/kpis`, {
      kpis: [{ kpiKey: "handoffQuality", stars: 3 }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const quality = async () => {
      const tree = await managerA.request(
        "GET",
        `/api/v1/kpi-tree?scope=team:${fixture.teams.teamA?.id}&period=2026-11`,
      );
      expect(tree.statusCode, tree.body).toBe(200);
      return tree.json().nodes.find((n: { kpiKey: string }) => n.kpiKey === "handoffQuality");
    };
    // Team A's IS hand-offs: the Omega one (rated 5) and the Alpha one (not rated yet). The rating the
    // manager gave counts for member-b's team B, which made that hand-off.
    expect(await quality()).toMatchObject({ actual: 5, sampleSize: 1, stars: 3 });
    const alphaDeal = (await database.pool.query("select id from deals where name = 'アルファ 増設'")).rows[0]
      .id;
    const rated = await rate(memberA2, alphaDeal, { rating: 3, reasons: ["bant_incomplete"] });
    expect(rated.statusCode, rated.body).toBe(200);
    // (5 + 3) ÷ 2.
    expect(await quality()).toMatchObject({ actual: 4, sampleSize: 2 });
  });

  it("shows each IS rep their own hand-off quality in the inside-sales KPIs, not the FS rep's", async () => {
    const handoffQuality = async (who: Session, scope: string) => {
      const response = await who.request("GET", `/api/v1/inside-sales?scope=${scope}&period=2026-11`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().kpis.find((k: { kpiKey: string }) => k.kpiKey === "handoffQuality");
    };
    expect(await handoffQuality(memberA1, `user:${users.memberA1?.id}`)).toMatchObject({
      actual: 4,
      unit: "score",
    });
    // member-b made one hand-off (rated 2) and received two: only the one they made counts for them.
    expect(await handoffQuality(memberB, `user:${users.memberB?.id}`)).toMatchObject({ actual: 2 });
    // member-a2 made none: no data, not 0.
    expect(await handoffQuality(memberA2, `user:${users.memberA2?.id}`)).toMatchObject({ actual: null });
  });

  it("hands a lead off once even when asked twice at the same moment", async () => {
    const raced = await createLead(memberA1, { companyName: "同時押し株式会社" });
    const answers = await Promise.all([
      handOff(memberA1, raced.id, { fsOwnerId: users.memberB?.id }),
      handOff(memberA1, raced.id, { fsOwnerId: users.memberB?.id }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const { rows } = await database.pool.query("select count(*)::int as n from deals where name = $1", [
      "同時押し株式会社",
    ]);
    expect(rows[0].n).toBe(1);
  });

  it("closes the rating window after the last day (the org's 7 days)", async () => {
    // Friday 11/27 23:59 in Tokyo: the last day, still open. (Sessions last a week: sign in again.)
    clock.set(new Date("2026-11-27T14:59:00Z"));
    memberB = await login("member-b@test.example");
    expect((await handoffOf(memberB, deal.id)).json().canRate).toBe(true);
    const lastDay = await rate(memberB, deal.id, { rating: 4 });
    expect(lastDay.statusCode, lastDay.body).toBe(200);
    // Saturday 11/28 0:00 in Tokyo: closed.
    clock.set(new Date("2026-11-27T15:00:00Z"));
    expect((await handoffOf(memberB, deal.id)).json()).toMatchObject({ canRate: false, rating: 4 });
    const late = await rate(memberB, deal.id, { rating: 1 });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe("HANDOFF_RATING_CLOSED");
    expect((await handoffOf(memberB, deal.id)).json().rating).toBe(4);
    memberA1 = await login("member-a1@test.example");
    expect(((await memberA1.request("GET", `/api/v1/leads/${lead.id}`)).json() as Lead).handoff?.rating).toBe(
      4,
    );
  });
});

describe("whom a lead can be handed off to", async () => {
  const { fixture, login } = await createTestApp();

  it("lists every active person with a team, outside the caller's teams too, without e-mails or roles", async () => {
    const rep = await login("member-a1@test.example");
    const targets = (await rep.request("GET", "/api/v1/leads/handoff-targets")).json() as Record<
      string,
      unknown
    >[];
    const memberB = targets.find((t) => t.id === fixture.users.memberB?.id);
    expect(memberB).toEqual({
      id: fixture.users.memberB?.id,
      name: "member-b",
      nameEn: null,
      function: null,
      teamId: fixture.teams.teamB?.id,
    });
    expect(targets.every((t) => !("email" in t) && !("role" in t))).toBe(true);
  });
});
