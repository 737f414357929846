// Tasks over HTTP (SPEC.md C8): today / overdue / open lists in the org's time zone, completion with
// the version, who may assign to whom, links within the caller's scope, and the tasks made from a
// deal's unmet stage gate or from a stale deal (one open task per item, however often asked).
import { describe, expect, it } from "vitest";
import type { Pipeline } from "../../../contract/directory";
import type { Lead } from "../../../contract/leads";
import type { Task } from "../../../contract/tasks";
import { createTestApp } from "../../../test/http";

type Session = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["login"]>>;
type Page = { items: Task[]; total: number };

async function createTask(who: Session, body: Record<string, unknown>) {
  const response = await who.request("POST", "/api/v1/tasks", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Task;
}

const list = async (who: Session, query = "") => {
  const response = await who.request("GET", `/api/v1/tasks?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
};
const titles = (page: Page) => page.items.map((t) => t.title);

describe("tasks over HTTP", async () => {
  // Friday 2026-11-20, 10:00 in Tokyo.
  const { fixture, login } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const { users } = fixture;

  const undated = await createTask(memberA1, { title: "いつか: 業界研究" });
  const later = await createTask(memberA1, {
    title: "来週: 提案書レビュー",
    dueDate: "2026-11-25",
    priority: "low",
  });
  const today = await createTask(memberA1, {
    title: "今日: 見積送付",
    dueDate: "2026-11-20",
    priority: "high",
    dealId: fixture.deals.dealA1?.id,
  });
  const todayLow = await createTask(memberA1, {
    title: "今日: 日報",
    dueDate: "2026-11-20",
    priority: "low",
  });
  const overdue = await createTask(memberA1, { title: "期限切れ: 議事録共有", dueDate: "2026-11-18" });

  it("creates a task for the caller, medium priority unless said, with the deal's name", () => {
    expect(today).toMatchObject({
      assigneeId: users.memberA1?.id,
      assigneeName: "member-a1",
      teamId: fixture.teams.teamA?.id,
      dealName: "アルファ 生産管理システム導入",
      source: "manual",
      done: false,
      doneAt: null,
      overdue: false,
      version: 1,
    });
    expect(undated).toMatchObject({ priority: "medium", dueDate: null, overdue: false });
    expect(overdue.overdue).toBe(true);
  });

  it("lists today's, the overdue and every open task, by due date (undated last) then priority", async () => {
    expect(titles(await list(memberA1, "due=today"))).toEqual(["今日: 見積送付", "今日: 日報"]);
    const late = await list(memberA1, "due=overdue");
    expect(titles(late)).toEqual(["期限切れ: 議事録共有"]);
    expect(late.items[0]?.overdue).toBe(true);
    const open = await list(memberA1);
    expect(open.items.map((t) => t.id)).toEqual([overdue.id, today.id, todayLow.id, later.id, undated.id]);
    expect(open.total).toBe(5);
    expect((await list(memberA1, "due=open")).total).toBe(5);
  });

  it("completes with the version, answers a stale version with 409, and reopens through PATCH", async () => {
    const done = await memberA1.request("POST", `/api/v1/tasks/${todayLow.id}/complete`, { version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, doneAt: "2026-11-20T01:00:00.000Z", version: 2 });
    const again = await memberA1.request("POST", `/api/v1/tasks/${todayLow.id}/complete`, { version: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { version: 2 } },
    });
    expect(titles(await list(memberA1, "due=today"))).toEqual(["今日: 見積送付"]);
    expect((await list(memberA1, "due=open")).total).toBe(4);
    expect((await list(memberA1, "due=all")).total).toBe(5);

    const reopened = await memberA1.request("PATCH", `/api/v1/tasks/${todayLow.id}`, {
      version: 2,
      done: false,
    });
    expect(reopened.json()).toMatchObject({ done: false, doneAt: null, version: 3 });
    expect(titles(await list(memberA1, "due=today"))).toEqual(["今日: 見積送付", "今日: 日報"]);
    // A done task is never overdue.
    const closed = await memberA1.request("POST", `/api/v1/tasks/${overdue.id}/complete`, { version: 1 });
    expect(closed.json()).toMatchObject({ done: true, overdue: false });
    expect((await list(memberA1, "due=overdue")).total).toBe(0);
  });

  it("edits the due date and priority with the version", async () => {
    const moved = await memberA1.request("PATCH", `/api/v1/tasks/${later.id}`, {
      version: 1,
      dueDate: "2026-11-19",
      priority: "high",
    });
    expect(moved.json()).toMatchObject({
      dueDate: "2026-11-19",
      priority: "high",
      overdue: true,
      version: 2,
    });
    expect(titles(await list(memberA1, "due=overdue"))).toEqual(["来週: 提案書レビュー"]);
  });

  it("lets a member assign only to themselves, a manager within the team", async () => {
    const forColleague = await memberA1.request("POST", "/api/v1/tasks", {
      title: "A2さんへ",
      assigneeId: users.memberA2?.id,
    });
    expect(forColleague.statusCode).toBe(403);
    expect(forColleague.json().error).toMatchObject({ code: "FORBIDDEN", details: { field: "assigneeId" } });
    const byManager = await createTask(managerA, {
      title: "アルファ追加ライセンスの稟議確認",
      assigneeId: users.memberA2?.id,
      dealId: fixture.deals.dealA2?.id,
      dueDate: "2026-11-20",
    });
    expect(byManager).toMatchObject({ assigneeName: "member-a2", teamId: fixture.teams.teamA?.id });
    expect(titles(await list(memberA2, `due=today&assigneeId=${users.memberA2?.id}`))).toEqual([
      "アルファ追加ライセンスの稟議確認",
    ]);
    const toOtherTeam = await managerA.request("POST", "/api/v1/tasks", {
      title: "Bさんへ",
      assigneeId: users.memberB?.id,
    });
    expect(toOtherTeam.statusCode).toBe(403);
    // Nor can a member hand their task over by editing it.
    const reassigned = await memberA1.request("PATCH", `/api/v1/tasks/${undated.id}`, {
      version: 1,
      assigneeId: users.memberA2?.id,
    });
    expect(reassigned.statusCode).toBe(403);
    const byManagerEdit = await managerA.request("PATCH", `/api/v1/tasks/${undated.id}`, {
      version: 1,
      assigneeId: users.memberA2?.id,
    });
    expect(byManagerEdit.json()).toMatchObject({ assigneeId: users.memberA2?.id, version: 2 });
  });

  it("refuses links to another team's deal or lead (422 INVALID_REFERENCE)", async () => {
    const leadB = (
      await memberB.request("POST", "/api/v1/leads", { companyName: "Bのリード", channel: "referral" })
    ).json() as Lead;
    const deal = await memberA1.request("POST", "/api/v1/tasks", {
      title: "他チームの案件",
      dealId: fixture.deals.dealB?.id,
    });
    expect(deal.statusCode).toBe(422);
    expect(deal.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "dealId" } });
    const lead = await memberA1.request("POST", "/api/v1/tasks", {
      title: "他チームのリード",
      leadId: leadB.id,
    });
    expect(lead.statusCode).toBe(422);
    expect(lead.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "leadId" } });
    // member-b may link their own lead.
    const own = await createTask(memberB, { title: "折り返し", leadId: leadB.id, dueDate: "2026-11-20" });
    expect(own.leadName).toBe("Bのリード");
  });

  it("never shows member-b member-a1's tasks, and lets a colleague read but not complete them", async () => {
    const b = await list(memberB, "due=all&limit=100");
    expect(b.items.every((t) => t.assigneeId === users.memberB?.id)).toBe(true);
    expect((await list(memberB, `due=all&assigneeId=${users.memberA1?.id}`)).total).toBe(0);
    expect((await list(memberB, `due=all&dealId=${fixture.deals.dealA1?.id}`)).total).toBe(0);
    // Asking for member-a1's scope outright is refused, not answered.
    const asked = await memberB.request("GET", `/api/v1/tasks?due=all&scope=user:${users.memberA1?.id}`);
    expect([403, 404]).toContain(asked.statusCode);
    expect((await memberB.request("GET", `/api/v1/tasks/${today.id}`)).statusCode).toBe(404);
    expect(
      (await memberB.request("PATCH", `/api/v1/tasks/${today.id}`, { version: 1, title: "x" })).statusCode,
    ).toBe(404);
    expect(
      (await memberB.request("POST", `/api/v1/tasks/${today.id}/complete`, { version: 1 })).statusCode,
    ).toBe(404);
    expect((await memberA2.request("GET", `/api/v1/tasks/${today.id}`)).statusCode).toBe(200);
    expect(
      (await memberA2.request("POST", `/api/v1/tasks/${today.id}/complete`, { version: 1 })).statusCode,
    ).toBe(403);
    const team = await list(managerA, "due=all&limit=100");
    expect(team.items.map((t) => t.id)).toContain(today.id);
    expect(team.items.every((t) => t.teamId === fixture.teams.teamA?.id)).toBe(true);
  });
});

describe("tasks made from a stage gate and from a stale deal", async () => {
  const { fixture, login, database } = await createTestApp({ now: new Date("2026-11-20T01:00:00Z") });
  const admin = await login("admin@test.example");
  const memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const pipeline = (
    await admin.request("POST", "/api/v1/pipelines", { name: "新規開拓", templateKey: "new_business" })
  ).json() as Pipeline;
  const stage = (key: string) => pipeline.stages.find((s) => s.key === key)?.id as string;

  const newDeal = async (fields: Record<string, unknown> = {}) => {
    const response = await memberA1.request("POST", "/api/v1/deals", {
      name: `タスク検証 ${Math.random().toString(36).slice(2, 8)}`,
      pipelineId: pipeline.id,
      accountId: fixture.accounts.accountA?.id,
      ...fields,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; name: string; version: number };
  };
  const fromGate = (who: Session, body: Record<string, unknown>, headers = {}) =>
    who.request("POST", "/api/v1/tasks/from-gate", body, headers);
  const fromStale = (who: Session, body: Record<string, unknown>, headers = {}) =>
    who.request("POST", "/api/v1/tasks/from-stale", body, headers);
  const openTasksOf = async (dealId: string) => list(memberA1, `due=open&dealId=${dealId}&limit=100`);
  const createAudits = async (ids: string[]) =>
    (
      await database.pool.query(
        "select count(*)::int as n from audit_log where entity = 'task' and action = 'create' and entity_id = any($1)",
        [ids],
      )
    ).rows[0].n as number;

  it("makes one task per item the stage still needs, the same items the gate refuses the move for", async () => {
    const deal = await newDeal({ nextMeetingDate: "2026-11-27" });
    const refused = await memberA1.request("POST", `/api/v1/deals/${deal.id}/stage`, {
      stageId: stage("first_meeting"),
      version: deal.version,
    });
    expect(refused.statusCode).toBe(422);
    const missing = refused.json().error.details.missing as { kind: string; label: string }[];
    const response = await fromGate(memberA1, { dealId: deal.id, stageId: stage("first_meeting") });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as { items: Task[] };
    expect(items).toHaveLength(missing.length);
    // Two entry conditions, the minutes URL as evidence and as a field, the next meeting's purpose;
    // the next meeting date is already there.
    expect(items).toHaveLength(5);
    for (const m of missing)
      expect(
        items.some((t) => t.title.includes(m.label)),
        m.label,
      ).toBe(true);
    expect(items.some((t) => t.title.includes("次回商談日"))).toBe(false);
    for (const t of items) {
      expect(t).toMatchObject({
        source: "gate",
        priority: "high",
        assigneeId: fixture.users.memberA1?.id,
        dealId: deal.id,
        dueDate: "2026-11-20",
        done: false,
      });
      expect(t.title).toContain("「初回商談」へ");
    }
  });

  it("makes nothing new when asked twice, by the owner or by the manager, and writes no second audit entry", async () => {
    const deal = await newDeal();
    const first = (await fromGate(memberA1, { dealId: deal.id, stageId: stage("first_meeting") })).json()
      .items as Task[];
    const second = (await fromGate(memberA1, { dealId: deal.id, stageId: stage("first_meeting") })).json()
      .items as Task[];
    const third = await fromGate(managerA, {
      dealId: deal.id,
      stageId: stage("first_meeting"),
      dueDate: "2026-11-24",
    });
    expect(third.statusCode, third.body).toBe(200);
    const ids = first.map((t) => t.id).sort();
    expect(second.map((t) => t.id).sort()).toEqual(ids);
    expect((third.json().items as Task[]).map((t) => t.id).sort()).toEqual(ids);
    expect((await openTasksOf(deal.id)).total).toBe(first.length);
    // One task, one creation in the audit log.
    expect(await createAudits(ids)).toBe(ids.length);
  });

  it("does not repeat an item when asked for a later stage after an earlier one", async () => {
    const deal = await newDeal();
    const firstMeeting = (
      await fromGate(memberA1, { dealId: deal.id, stageId: stage("first_meeting") })
    ).json().items as Task[];
    const proposal = (await fromGate(memberA1, { dealId: deal.id, stageId: stage("proposal") })).json()
      .items as Task[];
    // Skipping to 提案・見積 asks for 初回商談's items too: those are the tasks already open.
    for (const t of firstMeeting) expect(proposal.map((p) => p.id)).toContain(t.id);
    const open = await openTasksOf(deal.id);
    expect(open.total).toBe(proposal.length);
    expect(new Set(open.items.map((t) => t.title)).size).toBe(open.total);
  });

  it("gives the gate's tasks in the caller's language", async () => {
    const deal = await newDeal();
    const { items } = (
      await fromGate(
        memberA1,
        { dealId: deal.id, stageId: stage("first_meeting") },
        { "accept-language": "en" },
      )
    ).json() as { items: Task[] };
    expect(items.map((t) => t.title)).toContain('For "First meeting": Evidence "Minutes URL"');
  });

  it("refuses a deal the caller may not change or see, and a stage that is lost or of another pipeline", async () => {
    const deal = await newDeal();
    expect((await fromGate(memberB, { dealId: deal.id, stageId: stage("first_meeting") })).statusCode).toBe(
      404,
    );
    expect((await fromGate(memberA2, { dealId: deal.id, stageId: stage("first_meeting") })).statusCode).toBe(
      403,
    );
    const lost = await fromGate(memberA1, { dealId: deal.id, stageId: stage("lost") });
    expect(lost.statusCode).toBe(422);
    expect(lost.json().error).toMatchObject({ code: "INVALID_REFERENCE", details: { field: "stageId" } });
    const elsewhere = await fromGate(memberA1, { dealId: deal.id, stageId: fixture.stage("proposal").id });
    expect(elsewhere.statusCode).toBe(422);
    expect((await openTasksOf(deal.id)).total).toBe(0);
  });

  it("refuses a task for a deal that is not stale (422)", async () => {
    const fresh = await newDeal({ nextMeetingDate: "2026-11-27" });
    const response = await fromStale(memberA1, { dealId: fresh.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "DEAL_NOT_STALE", details: { field: "dealId" } });
    expect((await openTasksOf(fresh.id)).total).toBe(0);
  });

  it("makes one task for a stale deal's owner, however often asked", async () => {
    const stale = await newDeal();
    await database.pool.query("update deals set updated_at = '2026-10-01T00:00:00Z' where id = $1", [
      stale.id,
    ]);
    expect((await memberA1.request("GET", `/api/v1/deals/${stale.id}`)).json().stale).toMatchObject({
      reason: "no_update",
    });
    const first = await fromStale(memberA1, { dealId: stale.id, dueDate: "2026-11-23" });
    expect(first.statusCode, first.body).toBe(200);
    const [task] = first.json().items as Task[];
    expect(task).toMatchObject({
      title: `停滞案件の次の一手を決める: ${stale.name}`,
      source: "stale",
      assigneeId: fixture.users.memberA1?.id,
      dealId: stale.id,
      dueDate: "2026-11-23",
      priority: "high",
    });
    const second = await fromStale(managerA, { dealId: stale.id });
    expect((second.json().items as Task[]).map((t) => t.id)).toEqual([task?.id]);
    expect((await openTasksOf(stale.id)).total).toBe(1);
    expect(await createAudits([task?.id as string])).toBe(1);
    expect((await fromStale(memberB, { dealId: stale.id })).statusCode).toBe(404);
  });

  it("makes a new task once the last one is done, and will not reopen the old one beside it", async () => {
    // The fixture's deal has no next meeting: stale.
    const dealId = fixture.deals.dealA1?.id as string;
    const [first] = (await fromStale(memberA1, { dealId })).json().items as Task[];
    const done = await memberA1.request("POST", `/api/v1/tasks/${first?.id}/complete`, {
      version: first?.version,
    });
    expect(done.statusCode).toBe(200);
    const [second] = (await fromStale(memberA1, { dealId })).json().items as Task[];
    expect(second?.id).not.toBe(first?.id);
    const reopen = await memberA1.request("PATCH", `/api/v1/tasks/${first?.id}`, { version: 2, done: false });
    expect(reopen.statusCode, reopen.body).toBe(409);
    expect(reopen.json().error.code).toBe("TASK_ALREADY_OPEN");
    const open = await list(memberA1, `due=open&dealId=${dealId}&limit=100`);
    expect(open.items.filter((t) => t.source === "stale").map((t) => t.id)).toEqual([second?.id]);
  });
});
