// Leads over HTTP (SPEC.md C7): the response SLA in business minutes, the first response that follows
// the lead's calls and e-mails, the status rules, the list filters and who may see which lead.
import { describe, expect, it } from "vitest";
import type { Activity } from "../../../contract/activities";
import type { Lead, LeadDetail } from "../../../contract/leads";
import { readCsv } from "../../../test/export-files";
import { createTestApp } from "../../../test/http";

type Session = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["login"]>>;

async function createLead(who: Session, body: Record<string, unknown>) {
  const response = await who.request("POST", "/api/v1/leads", { channel: "inbound_web", ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Lead;
}

async function logActivity(who: Session, body: Record<string, unknown>) {
  const response = await who.request("POST", "/api/v1/activities", {
    kind: "call",
    outcome: "reached",
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Activity;
}

const getLead = async (who: Session, id: string) =>
  (await who.request("GET", `/api/v1/leads/${id}`)).json() as LeadDetail;

const names = (page: { items: Lead[] }) => page.items.map((l) => l.companyName).sort();

describe("a lead's life over HTTP", async () => {
  // Friday 2026-11-20, 10:00 in Tokyo.
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  const managerA = await login("manager-a@test.example");

  it("is due at its creation plus 60 business minutes, owned by its creator in their team", async () => {
    const lead = await createLead(memberA1, { companyName: "株式会社ガンマ", contactName: "田中 課長" });
    expect(lead).toMatchObject({
      status: "new",
      channel: "inbound_web",
      ownerId: fixture.users.memberA1?.id,
      ownerName: "member-a1",
      teamId: fixture.teams.teamA?.id,
      createdAt: "2026-11-20T01:00:00.000Z",
      responseDueAt: "2026-11-20T02:00:00.000Z",
      firstResponseAt: null,
      responseMinutes: null,
      slaBreached: false,
      handoff: null,
      version: 1,
    });
    // A web form sent on Thursday at 17:30 is due on Friday at 9:30, not at 18:30 on Thursday.
    const evening = await createLead(memberA1, {
      companyName: "デルタ工業",
      createdAt: "2026-11-19T17:30:00+09:00",
    });
    expect(evening.responseDueAt).toBe("2026-11-20T00:30:00.000Z");
    // Its SLA has run out at 10:00 on Friday with no answer.
    expect(evening.slaBreached).toBe(true);
  });

  it("takes its first response from the first call, in business minutes, and moves from new into work", async () => {
    const lead = await createLead(memberA1, {
      companyName: "イプシロン物産",
      createdAt: "2026-11-19T17:30:00+09:00",
    });
    // A visit is not a response.
    await logActivity(memberA1, { kind: "visit", outcome: "scheduled", leadId: lead.id });
    expect(await getLead(memberA1, lead.id)).toMatchObject({ status: "new", firstResponseAt: null });
    // Friday 9:20: 30 minutes on Thursday evening and 20 on Friday morning, not 15 hours 50.
    const call = await logActivity(memberA1, {
      leadId: lead.id,
      occurredAt: "2026-11-20T09:20:00+09:00",
    });
    const answered = await getLead(memberA1, lead.id);
    expect(answered).toMatchObject({
      status: "working",
      firstResponseAt: "2026-11-20T00:20:00.000Z",
      responseMinutes: 50,
      slaBreached: false,
    });
    expect(answered.activities.map((a) => a.id)).toContain(call.id);

    // An e-mail later does not change the first response; deleting the call moves it to the e-mail.
    const email = await logActivity(memberA1, {
      kind: "email",
      outcome: "sent",
      leadId: lead.id,
      occurredAt: "2026-11-20T09:40:00+09:00",
    });
    expect((await getLead(memberA1, lead.id)).responseMinutes).toBe(50);
    const deleted = await memberA1.request("DELETE", `/api/v1/activities/${call.id}?version=${call.version}`);
    expect(deleted.statusCode).toBe(204);
    expect(await getLead(memberA1, lead.id)).toMatchObject({
      firstResponseAt: "2026-11-20T00:40:00.000Z",
      responseMinutes: 70,
      // Answered at 9:40, after its 9:30 due time.
      slaBreached: true,
    });

    // Without any call or e-mail left, it has no response again, and is past its due time unanswered.
    await memberA1.request("DELETE", `/api/v1/activities/${email.id}?version=${email.version}`);
    expect(await getLead(memberA1, lead.id)).toMatchObject({
      firstResponseAt: null,
      responseMinutes: null,
      slaBreached: true,
    });
  });

  it("follows a call moved to another time", async () => {
    const lead = await createLead(memberA1, {
      companyName: "ゼータ商会",
      createdAt: "2026-11-20T09:00:00+09:00",
    });
    const call = await logActivity(memberA1, { leadId: lead.id, occurredAt: "2026-11-20T09:05:00+09:00" });
    expect((await getLead(memberA1, lead.id)).responseMinutes).toBe(5);
    const moved = await memberA1.request("PATCH", `/api/v1/activities/${call.id}`, {
      version: call.version,
      occurredAt: "2026-11-20T09:45:00+09:00",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await getLead(memberA1, lead.id)).toMatchObject({
      firstResponseAt: "2026-11-20T00:45:00.000Z",
      responseMinutes: 45,
      slaBreached: false,
    });
  });

  it("moves through its statuses with the version, and keeps the moves in its timeline", async () => {
    const lead = await createLead(memberA1, { companyName: "エータ電機" });
    const working = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "working",
    });
    expect(working.json()).toMatchObject({ status: "working", version: 2 });
    const qualified = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 2,
      status: "qualified",
      bantBudget: "年間300万円",
    });
    expect(qualified.json()).toMatchObject({ status: "qualified", bantBudget: "年間300万円", version: 3 });
    const back = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, { version: 3, status: "new" });
    expect(back.statusCode).toBe(422);
    expect(back.json().error).toMatchObject({ code: "LEAD_STATUS_INVALID", details: { field: "status" } });
    const detail = await getLead(memberA1, lead.id);
    expect(detail.version).toBe(3);
    const statusChanges = detail.timeline.filter((t) => t.kind === "status").map((t) => t.changes.status);
    expect(statusChanges).toEqual(
      expect.arrayContaining([
        { before: "new", after: "working" },
        { before: "working", after: "qualified" },
      ]),
    );
    expect(detail.timeline.some((t) => t.kind === "create")).toBe(true);
  });

  it("disqualifies only with a reason from the org's list, and forgets it when reopened", async () => {
    const lead = await createLead(memberA1, { companyName: "シータ建設" });
    const noReason = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "disqualified",
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error).toMatchObject({
      code: "DISQUALIFY_REASON_REQUIRED",
      details: { field: "disqualifiedReason" },
    });
    const madeUp = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "disqualified",
      disqualifiedReason: "気分",
    });
    expect(madeUp.statusCode).toBe(422);
    expect(madeUp.json().error.code).toBe("DISQUALIFY_REASON_REQUIRED");
    expect((await getLead(memberA1, lead.id)).status).toBe("new");

    const disqualified = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "disqualified",
      disqualifiedReason: "no_budget",
    });
    expect(disqualified.json()).toMatchObject({
      status: "disqualified",
      disqualifiedReason: "no_budget",
      version: 2,
    });
    // A disqualified lead is not someone's SLA problem.
    expect(disqualified.json().slaBreached).toBe(false);
    const reopened = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 2,
      status: "working",
    });
    expect(reopened.json()).toMatchObject({ status: "working", disqualifiedReason: null, version: 3 });
  });

  it("refuses a channel outside the org's list, on create and on edit", async () => {
    const unknown = await memberA1.request("POST", "/api/v1/leads", {
      companyName: "イオタ",
      channel: "tiktok",
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({
      code: "LEAD_CHANNEL_UNKNOWN",
      details: { field: "channel" },
    });
    const lead = await createLead(memberA1, { companyName: "イオタ", channel: "event" });
    const edit = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      channel: "tiktok",
    });
    expect(edit.statusCode).toBe(422);
    const fine = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      channel: "referral",
    });
    expect(fine.json()).toMatchObject({ channel: "referral", version: 2 });
  });

  it("does not let PATCH hand a lead off (400), and answers a stale version with 409 and the current lead", async () => {
    const lead = await createLead(memberA1, { companyName: "カッパ製作所" });
    const handedOff = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "handed_off",
    });
    expect(handedOff.statusCode).toBe(400);
    expect(handedOff.json().error.code).toBe("VALIDATION_FAILED");
    const first = await memberA1.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      contactName: "鈴木 部長",
    });
    expect(first.json().version).toBe(2);
    const stale = await managerA.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      contactName: "別人",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(stale.json().error.details.current).toMatchObject({ contactName: "鈴木 部長", version: 2 });
    expect((await getLead(memberA1, lead.id)).contactName).toBe("鈴木 部長");
  });

  it("lets a colleague read the lead but only its owner and their manager change it", async () => {
    const lead = await createLead(memberA1, { companyName: "ラムダ" });
    expect((await memberA2.request("GET", `/api/v1/leads/${lead.id}`)).statusCode).toBe(200);
    const byColleague = await memberA2.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      status: "working",
    });
    expect(byColleague.statusCode).toBe(403);
    const byManager = await managerA.request("PATCH", `/api/v1/leads/${lead.id}`, {
      version: 1,
      ownerId: fixture.users.memberA2?.id,
    });
    expect(byManager.json()).toMatchObject({ ownerId: fixture.users.memberA2?.id, ownerName: "member-a2" });
    // A member cannot give a lead to a colleague, nor create one for them.
    const forColleague = await memberA1.request("POST", "/api/v1/leads", {
      companyName: "ミュー",
      channel: "event",
      ownerId: fixture.users.memberA2?.id,
    });
    expect(forColleague.statusCode).toBe(403);
  });
});

describe("the lead list's filters with the clock pinned", async () => {
  // Friday 2026-11-20, 14:00 in Tokyo.
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T05:00:00Z") });
  const memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const morning = "2026-11-20T09:00:00+09:00"; // due at 10:00

  const unanswered = await createLead(memberA1, { companyName: "未対応・期限切れ", createdAt: morning });
  const late = await createLead(memberA1, { companyName: "遅れて対応", createdAt: morning });
  await logActivity(memberA1, { leadId: late.id, occurredAt: "2026-11-20T11:00:00+09:00" });
  const inTime = await createLead(memberA1, { companyName: "期限内に対応", createdAt: morning });
  await logActivity(memberA1, { leadId: inTime.id, occurredAt: "2026-11-20T09:30:00+09:00" });
  const notYetDue = await createLead(memberA1, {
    companyName: "まだ期限前",
    createdAt: "2026-11-20T13:30:00+09:00",
  });
  const dropped = await createLead(memberA1, {
    companyName: "対象外",
    channel: "outbound_list",
    createdAt: "2026-11-18T09:00:00+09:00",
  });
  await memberA1.request("PATCH", `/api/v1/leads/${dropped.id}`, {
    version: 1,
    status: "disqualified",
    disqualifiedReason: "out_of_target",
  });
  await createLead(memberA2, { companyName: "A2の期限切れ", createdAt: morning });
  await createLead(memberB, { companyName: "Bの期限切れ", createdAt: morning });

  const list = async (who: Session, query: string) => {
    const response = await who.request("GET", `/api/v1/leads?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Lead[]; total: number };
  };

  it("tells the breached from the others: unanswered past due and answered late, not answered in time", async () => {
    const mine = `ownerId=${fixture.users.memberA1?.id}`;
    const breached = await list(memberA1, `slaBreached=true&${mine}`);
    expect(names(breached)).toEqual(["未対応・期限切れ", "遅れて対応"].sort());
    expect(breached.items.every((l) => l.slaBreached)).toBe(true);
    expect(breached.total).toBe(2);
    const fine = await list(memberA1, `slaBreached=false&${mine}`);
    expect(names(fine)).toEqual(["対象外", "期限内に対応", "まだ期限前"].sort());
    expect(fine.items.find((l) => l.id === inTime.id)).toMatchObject({
      responseMinutes: 30,
      slaBreached: false,
    });
    expect(fine.items.find((l) => l.id === notYetDue.id)?.responseDueAt).toBe("2026-11-20T05:30:00.000Z");
    expect((await list(memberA1, "slaBreached=true")).items.map((l) => l.companyName)).toContain(
      "A2の期限切れ",
    );
    expect(unanswered.slaBreached).toBe(true);
  });

  it("filters by status, by open, by owner and by channel", async () => {
    expect(names(await list(memberA1, "status=new"))).toEqual(
      ["未対応・期限切れ", "まだ期限前", "A2の期限切れ"].sort(),
    );
    expect(names(await list(memberA1, "status=working"))).toEqual(["遅れて対応", "期限内に対応"].sort());
    const open = await list(memberA1, "open=true");
    expect(open.total).toBe(5);
    expect(names(open)).not.toContain("対象外");
    expect(names(await list(memberA1, "open=false"))).toEqual(["対象外"]);
    expect(names(await list(memberA1, `ownerId=${fixture.users.memberA2?.id}`))).toEqual(["A2の期限切れ"]);
    expect(names(await list(memberA1, "channel=outbound_list"))).toEqual(["対象外"]);
    expect(names(await list(memberA1, `q=${encodeURIComponent("期限前")}`))).toEqual(["まだ期限前"]);
    expect((await memberA1.request("GET", "/api/v1/leads?status=converted")).statusCode).toBe(400);
  });

  it("shows a manager the team's leads and nobody another team's", async () => {
    const team = await list(managerA, "limit=100");
    expect(team.total).toBe(6);
    expect(names(team)).not.toContain("Bの期限切れ");
    const b = await list(memberB, "limit=100");
    expect(names(b)).toEqual(["Bの期限切れ"]);
    expect((await list(memberB, "slaBreached=true")).total).toBe(1);
    // Asking for member-a1's leads by owner does not open them to member-b, nor asking for team A.
    expect((await list(memberB, `ownerId=${fixture.users.memberA1?.id}`)).total).toBe(0);
    const teamA = await memberB.request("GET", `/api/v1/leads?scope=team:${fixture.teams.teamA?.id}`);
    expect([403, 404]).toContain(teamA.statusCode);
    const teamExport = await memberB.request(
      "GET",
      `/api/v1/leads/export?format=csv&scope=team:${fixture.teams.teamA?.id}`,
    );
    expect([403, 404]).toContain(teamExport.statusCode);
    // A manager's scope parameter narrows to one person.
    const one = await list(managerA, `scope=user:${fixture.users.memberA2?.id}`);
    expect(names(one)).toEqual(["A2の期限切れ"]);
  });
});

describe("who may see a lead", async () => {
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const memberA1 = await login("member-a1@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const secret = await createLead(memberA1, {
    companyName: "秘密のリード株式会社",
    email: "ceo@secret.example",
  });
  const own = await createLead(memberB, { companyName: "Bのリード" });

  it("hides member-a1's lead from member-b in the list, the detail, the call list and on writes", async () => {
    const listed = (await memberB.request("GET", "/api/v1/leads?limit=100")).json();
    expect(listed.items.map((l: Lead) => l.id)).toEqual([own.id]);
    expect((await memberB.request("GET", `/api/v1/leads?q=${encodeURIComponent("秘密")}`)).json().total).toBe(
      0,
    );
    expect((await memberB.request("GET", `/api/v1/leads/${secret.id}`)).statusCode).toBe(404);
    const patch = await memberB.request("PATCH", `/api/v1/leads/${secret.id}`, {
      version: 1,
      status: "working",
    });
    expect(patch.statusCode).toBe(404);
    const handoff = await memberB.request("POST", `/api/v1/leads/${secret.id}/handoff`, {
      fsOwnerId: fixture.users.memberB?.id,
    });
    expect(handoff.statusCode).toBe(404);
    const theirs = await memberB.request(
      "GET",
      `/api/v1/leads/call-list?userId=${fixture.users.memberA1?.id}`,
    );
    expect(theirs.statusCode).toBe(404);
    const mine = (await memberB.request("GET", "/api/v1/leads/call-list")).json();
    expect(mine.items.map((l: Lead) => l.id)).toEqual([own.id]);
    // Nor can member-b log a call against it, which would set its first response.
    const call = await memberB.request("POST", "/api/v1/activities", {
      kind: "call",
      outcome: "reached",
      leadId: secret.id,
    });
    expect(call.statusCode).toBe(422);
    expect(call.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "leadId" } });
    expect((await getLead(memberA1, secret.id)).firstResponseAt).toBeNull();
  });

  it("leaves it out of member-b's export, and keeps it in member-a1's", async () => {
    const theirs = readCsv(await memberB.request("GET", "/api/v1/leads/export?format=csv"));
    expect(theirs.rows.map((r) => r.ID)).toEqual([own.id]);
    expect(JSON.stringify(theirs.rows)).not.toContain("秘密のリード");
    expect(JSON.stringify(theirs.rows)).not.toContain("ceo@secret.example");
    const filtered = readCsv(
      await memberB.request("GET", `/api/v1/leads/export?format=csv&q=${encodeURIComponent("秘密")}`),
    );
    expect(filtered.rows).toHaveLength(0);
    const mine = readCsv(await memberA1.request("GET", "/api/v1/leads/export?format=csv"));
    expect(mine.rows.map((r) => r.ID)).toContain(secret.id);
    expect(mine.rows.map((r) => r.ID)).not.toContain(own.id);
  });

  it("shows a manager the team's leads: list, detail, call list, and lets them work on them", async () => {
    const listed = (await managerA.request("GET", "/api/v1/leads?limit=100")).json();
    expect(listed.items.map((l: Lead) => l.id)).toEqual([secret.id]);
    expect((await managerA.request("GET", `/api/v1/leads/${secret.id}`)).statusCode).toBe(200);
    const calls = await managerA.request(
      "GET",
      `/api/v1/leads/call-list?userId=${fixture.users.memberA1?.id}`,
    );
    expect(calls.json().items.map((l: Lead) => l.id)).toEqual([secret.id]);
    expect((await managerA.request("GET", `/api/v1/leads/${own.id}`)).statusCode).toBe(404);
    const forB = await managerA.request("GET", `/api/v1/leads/call-list?userId=${fixture.users.memberB?.id}`);
    expect(forB.statusCode).toBe(404);
  });
});

describe("the call list", async () => {
  // Friday 2026-11-20, 14:00 in Tokyo.
  const { login } = await createTestApp({ now: new Date("2026-11-20T05:00:00Z") });
  const memberA1 = await login("member-a1@test.example");

  it("puts the unanswered first by due time, then the answered, and leaves out qualified and closed leads", async () => {
    const thursday = await createLead(memberA1, {
      companyName: "木曜のリード",
      createdAt: "2026-11-19T09:00:00+09:00",
    });
    const afternoon = await createLead(memberA1, {
      companyName: "金曜午後のリード",
      createdAt: "2026-11-20T13:00:00+09:00",
    });
    const morning = await createLead(memberA1, {
      companyName: "金曜朝のリード",
      createdAt: "2026-11-20T09:00:00+09:00",
    });
    const answered = await createLead(memberA1, {
      companyName: "対応済みのリード",
      createdAt: "2026-11-17T09:00:00+09:00",
    });
    await logActivity(memberA1, {
      leadId: answered.id,
      outcome: "not_reached",
      occurredAt: "2026-11-17T09:10:00+09:00",
    });
    const qualified = await createLead(memberA1, {
      companyName: "商談化待ち",
      createdAt: "2026-11-16T09:00:00+09:00",
    });
    await memberA1.request("PATCH", `/api/v1/leads/${qualified.id}`, { version: 1, status: "qualified" });
    const dropped = await createLead(memberA1, {
      companyName: "対象外",
      createdAt: "2026-11-16T09:00:00+09:00",
    });
    await memberA1.request("PATCH", `/api/v1/leads/${dropped.id}`, {
      version: 1,
      status: "disqualified",
      disqualifiedReason: "unreachable",
    });

    const response = await memberA1.request("GET", "/api/v1/leads/call-list");
    expect(response.statusCode).toBe(200);
    const list = response.json() as { items: Lead[]; total: number };
    expect(list.items.map((l) => l.id)).toEqual([thursday.id, morning.id, afternoon.id, answered.id]);
    expect(list.total).toBe(4);
    expect(list.items.map((l) => l.slaBreached)).toEqual([true, true, false, false]);
  });
});

describe("the org's inside-sales rules", async () => {
  // Friday 2026-11-20, 9:30 in Tokyo.
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T00:30:00Z") });
  const admin = await login("admin@test.example");
  const managerA = await login("manager-a@test.example");
  const memberA1 = await login("member-a1@test.example");
  const current = (await memberA1.request("GET", "/api/v1/settings/inside-sales")).json();

  it("start with a 60-minute SLA over 9:00-18:00, a 7-day rating window and the seed's channels", () => {
    expect(current).toMatchObject({
      slaMinutes: 60,
      businessHours: { start: "09:00", end: "18:00" },
      ratingDays: 7,
    });
    expect(current.channels.map((c: { key: string }) => c.key)).toEqual([
      "inbound_web",
      "outbound_list",
      "event",
      "referral",
      "partner",
      "ad",
    ]);
  });

  it("are changed by an administrator only, and refuse hours that close before they open or repeated keys", async () => {
    expect((await managerA.request("PUT", "/api/v1/settings/inside-sales", current)).statusCode).toBe(403);
    const backwards = await admin.request("PUT", "/api/v1/settings/inside-sales", {
      ...current,
      businessHours: { start: "18:00", end: "09:00" },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.code).toBe("SETTINGS_INVALID");
    const repeated = await admin.request("PUT", "/api/v1/settings/inside-sales", {
      ...current,
      channels: [...current.channels, current.channels[0]],
    });
    expect(repeated.statusCode).toBe(422);
  });

  it("apply a new SLA and working hours to the leads created from then on", async () => {
    const before = await createLead(memberA1, { companyName: "旧SLAのリード" });
    expect(before.responseDueAt).toBe("2026-11-20T01:30:00.000Z");
    const changed = await admin.request("PUT", "/api/v1/settings/inside-sales", {
      ...current,
      slaMinutes: 15,
      businessHours: { start: "10:00", end: "19:00" },
      channels: [...current.channels, { key: "webinar", label: "ウェビナー", labelEn: "Webinar" }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // 9:30 is before the new opening: due 15 minutes after 10:00.
    const after = await createLead(memberA1, { companyName: "新SLAのリード", channel: "webinar" });
    expect(after).toMatchObject({ channel: "webinar", responseDueAt: "2026-11-20T01:15:00.000Z" });
    const evening = await createLead(memberA1, {
      companyName: "18時半のリード",
      createdAt: "2026-11-20T18:30:00+09:00",
    });
    // 18:30-19:00 is now working time: due at 18:45 the same day.
    expect(evening.responseDueAt).toBe("2026-11-20T09:45:00.000Z");
    expect((await getLead(memberA1, before.id)).responseDueAt).toBe("2026-11-20T01:30:00.000Z");
    expect(after.ownerId).toBe(fixture.users.memberA1?.id);
  });
});

describe("the inside-sales API in the OpenAPI document", async () => {
  const { app } = await createTestApp();

  it("describes leads, hand-offs, tasks, my day and the IS figures", async () => {
    const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/leads",
        "/api/v1/leads/{id}",
        "/api/v1/leads/call-list",
        "/api/v1/leads/{id}/handoff",
        "/api/v1/deals/{id}/handoff",
        "/api/v1/deals/{id}/handoff/rating",
        "/api/v1/settings/inside-sales",
        "/api/v1/inside-sales",
        "/api/v1/tasks",
        "/api/v1/tasks/{id}",
        "/api/v1/tasks/{id}/complete",
        "/api/v1/tasks/from-gate",
        "/api/v1/tasks/from-stale",
        "/api/v1/my-day",
      ]),
    );
    const list = openapi.paths["/api/v1/leads"].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(expect.arrayContaining(["status", "ownerId", "slaBreached"]));
  });
});
