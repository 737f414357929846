// "My day" (今日の予定, SPEC.md C8) over HTTP: today's and overdue tasks, today's meetings, the daily
// action targets (the month's target ÷ its business days) against what is done today and where a
// steady day would be by now, stale deals, leads past their SLA and the call list, for the rep or,
// for their manager, a member of the team.
import { describe, expect, it } from "vitest";
import type { MyDay } from "../../../contract/my-day";
import { createTestApp, movableClock } from "../../../test/http";

type Session = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["login"]>>;

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: () => unknown }>) {
  const r = await response;
  expect(r.statusCode, r.body).toBeLessThan(300);
  return r.json() as T;
}

describe("my day over HTTP", async () => {
  // Friday 2026-11-20, 14:00 in Tokyo: 5 of the 9 working hours have passed.
  const clock = movableClock(new Date("2026-11-20T05:00:00Z"));
  const { fixture, login } = await createTestApp({ clock });
  let memberA1 = await login("member-a1@test.example");
  const memberA2 = await login("member-a2@test.example");
  const memberB = await login("member-b@test.example");
  const managerA = await login("manager-a@test.example");
  const { users } = fixture;
  const a1 = users.memberA1?.id as string;
  const myDay = async (who: Session, query = "") => ok<MyDay>(who.request("GET", `/api/v1/my-day${query}`));

  // The month's targets for member-a1 (November 2026 has 19 business days).
  for (const [kpiKey, value] of [
    ["calls", 400],
    ["effectiveContacts", 95],
  ] as const) {
    await ok(
      managerA.request("PUT", "/api/v1/targets", { kpiKey, period: "2026-11", scope: `user:${a1}`, value }),
    );
  }
  // Today's calls: three (two effective contacts, one of them set a meeting); one yesterday.
  for (const [outcome, at] of [
    ["not_reached", "2026-11-20T09:10:00+09:00"],
    ["effective_contact", "2026-11-20T10:00:00+09:00"],
    ["appointment_set", "2026-11-20T13:30:00+09:00"],
    ["reached", "2026-11-19T15:00:00+09:00"],
  ]) {
    await ok(memberA1.request("POST", "/api/v1/activities", { kind: "call", outcome, occurredAt: at }));
  }
  // member-a2's calls are not member-a1's.
  await ok(memberA2.request("POST", "/api/v1/activities", { kind: "call", outcome: "reached" }));

  // Tasks: due today, overdue, done, later, and a colleague's.
  const task = (who: Session, body: Record<string, unknown>) =>
    ok<{ id: string; version: number }>(who.request("POST", "/api/v1/tasks", body));
  const dueToday = await task(memberA1, { title: "見積を送る", dueDate: "2026-11-20", priority: "high" });
  const overdue = await task(memberA1, { title: "議事録を共有する", dueDate: "2026-11-17" });
  const doneToday = await task(memberA1, { title: "日報", dueDate: "2026-11-20" });
  await ok(
    memberA1.request("POST", `/api/v1/tasks/${doneToday.id}/complete`, { version: doneToday.version }),
  );
  await task(memberA1, { title: "来週の準備", dueDate: "2026-11-24" });
  await task(memberA2, { title: "A2の今日のタスク", dueDate: "2026-11-20" });

  // Meetings: a visit logged for this afternoon on the fixture's deal, whose next meeting is today too;
  // another deal whose next meeting is today; a meeting yesterday.
  const dealA1 = fixture.deals.dealA1 as { id: string; version: number };
  await ok(
    memberA1.request("PATCH", `/api/v1/deals/${dealA1.id}`, {
      version: dealA1.version,
      nextMeetingDate: "2026-11-20",
      nextMeetingPurpose: "要件確認",
    }),
  );
  await ok(
    memberA1.request("POST", "/api/v1/activities", {
      kind: "visit",
      outcome: "scheduled",
      subject: "訪問: 要件確認",
      dealId: dealA1.id,
      occurredAt: "2026-11-20T16:00:00+09:00",
    }),
  );
  await ok(
    memberA1.request("POST", "/api/v1/activities", {
      kind: "online_meeting",
      outcome: "held",
      occurredAt: "2026-11-19T11:00:00+09:00",
    }),
  );
  const demo = await ok<{ id: string }>(
    memberA1.request("POST", "/api/v1/deals", {
      name: "ガンマ デモ",
      pipelineId: fixture.pipeline?.id,
      accountId: fixture.accounts.accountA?.id,
      nextMeetingDate: "2026-11-20",
      nextMeetingPurpose: "デモ",
    }),
  );
  // A stale deal: no next meeting at all.
  const stale = await ok<{ id: string }>(
    memberA1.request("POST", "/api/v1/deals", {
      name: "デルタ 放置案件",
      pipelineId: fixture.pipeline?.id,
      accountId: fixture.accounts.accountA?.id,
      amount: 1_500_000,
    }),
  );

  // Leads: unanswered past due, answered late, answered in time, not yet due, disqualified.
  const lead = (body: Record<string, unknown>) =>
    ok<{ id: string; version: number }>(
      memberA1.request("POST", "/api/v1/leads", { channel: "inbound_web", ...body }),
    );
  const unanswered = await lead({ companyName: "未対応", createdAt: "2026-11-20T09:00:00+09:00" });
  const late = await lead({ companyName: "遅れて対応", createdAt: "2026-11-19T09:00:00+09:00" });
  await ok(
    memberA1.request("POST", "/api/v1/activities", {
      kind: "email",
      outcome: "sent",
      leadId: late.id,
      occurredAt: "2026-11-19T11:00:00+09:00",
    }),
  );
  const inTime = await lead({ companyName: "期限内", createdAt: "2026-11-20T09:00:00+09:00" });
  await ok(
    memberA1.request("POST", "/api/v1/activities", {
      kind: "email",
      outcome: "sent",
      leadId: inTime.id,
      occurredAt: "2026-11-20T09:30:00+09:00",
    }),
  );
  await lead({ companyName: "期限前", createdAt: "2026-11-20T13:30:00+09:00" });
  const dropped = await lead({ companyName: "対象外", createdAt: "2026-11-18T09:00:00+09:00" });
  await ok(
    memberA1.request("PATCH", `/api/v1/leads/${dropped.id}`, {
      version: dropped.version,
      status: "disqualified",
      disqualifiedReason: "no_need",
    }),
  );

  it("names the day, the person and how much of the working day has passed", async () => {
    const day = await myDay(memberA1);
    expect(day).toMatchObject({
      date: "2026-11-20",
      now: "2026-11-20T05:00:00.000Z",
      person: { id: a1, name: "member-a1" },
    });
    expect(day.dayShare).toBeCloseTo(5 / 9);
  });

  it("sets today's action targets from the month's (÷ 19 business days, rounded up) against what is done today", async () => {
    const day = await myDay(memberA1);
    const target = (key: string) => day.targets.find((t) => t.kpiKey === key);
    // ceil(400 ÷ 19) = 22 calls a day; 3 made today; a steady day would be at 22 × 5/9 by 14:00.
    expect(target("calls")).toMatchObject({ dailyTarget: 22, done: 3 });
    expect(target("calls")?.achievement).toBeCloseTo(3 / 22);
    expect(target("calls")?.expectedByNow).toBeCloseTo((22 * 5) / 9);
    // ceil(95 ÷ 19) = 5 effective contacts; 2 today.
    expect(target("effectiveContacts")).toMatchObject({ dailyTarget: 5, done: 2 });
    expect(target("effectiveContacts")?.expectedByNow).toBeCloseTo((5 * 5) / 9);
    // No monthly target: no daily target, no achievement, but still what was done.
    expect(target("meetingsSet")).toMatchObject({
      dailyTarget: null,
      done: 1,
      achievement: null,
      expectedByNow: null,
    });
    expect(day.targets.map((t) => t.kpiKey).sort()).toEqual(
      ["calls", "effectiveContacts", "meetings", "meetingsSet"].sort(),
    );
  });

  it("lists the tasks due today and the overdue ones, the rep's own and open only", async () => {
    const day = await myDay(memberA1);
    expect(day.tasks.today.map((t) => t.id)).toEqual([dueToday.id]);
    expect(day.tasks.overdue.map((t) => t.id)).toEqual([overdue.id]);
    expect(day.tasks.overdue[0]?.overdue).toBe(true);
  });

  it("lists today's meetings: the logged visit once (its deal's plan is the same meeting), and the planned one", async () => {
    const day = await myDay(memberA1);
    expect(day.meetings).toHaveLength(2);
    expect(day.meetings[0]).toMatchObject({
      source: "activity",
      at: "2026-11-20T07:00:00.000Z",
      kind: "visit",
      outcome: "scheduled",
      subject: "訪問: 要件確認",
      dealId: dealA1.id,
      dealName: "アルファ 生産管理システム導入",
      accountName: "株式会社アルファ",
    });
    expect(day.meetings[1]).toMatchObject({
      source: "deal",
      at: null,
      dealId: demo.id,
      dealName: "ガンマ デモ",
      accountName: "株式会社アルファ",
      purpose: "デモ",
    });
  });

  it("shows the rep's stale deals only, with their count and amount", async () => {
    const day = await myDay(memberA1);
    expect(day.staleDeals.count).toBe(1);
    expect(day.staleDeals.amount).toBe(1_500_000);
    expect(day.staleDeals.deals).toEqual([
      expect.objectContaining({
        id: stale.id,
        name: "デルタ 放置案件",
        ownerName: "member-a1",
        staleness: expect.objectContaining({ reason: "next_meeting_missing" }),
      }),
    ]);
  });

  it("shows the open leads still unanswered past their SLA (not those answered late), and the call list's size", async () => {
    const day = await myDay(memberA1);
    // The one answered late is breached, but there is nothing left to do about it today.
    expect(day.slaLeads.count).toBe(1);
    expect(day.slaLeads.items.map((l) => l.id)).toEqual([unanswered.id]);
    expect(day.slaLeads.items.every((l) => l.slaBreached)).toBe(true);
    // New and working: 未対応, 遅れて対応, 期限内, 期限前.
    expect(day.callListCount).toBe(4);
  });

  it("lets a manager read a member of the team, and nobody another team's member (404)", async () => {
    const mine = await myDay(memberA1);
    const byManager = await myDay(managerA, `?userId=${a1}`);
    expect(byManager.person).toEqual(mine.person);
    expect(byManager.targets).toEqual(mine.targets);
    expect(byManager.tasks.today.map((t) => t.id)).toEqual([dueToday.id]);
    expect(byManager.slaLeads.count).toBe(1);
    expect((await memberB.request("GET", `/api/v1/my-day?userId=${a1}`)).statusCode).toBe(404);
    expect((await managerA.request("GET", `/api/v1/my-day?userId=${users.memberB?.id}`)).statusCode).toBe(
      404,
    );
    const own = await myDay(memberB);
    expect(own.person.id).toBe(users.memberB?.id);
    expect(own.tasks.today).toEqual([]);
    expect(own.slaLeads.count).toBe(0);
    expect(own.targets.find((t) => t.kpiKey === "calls")).toMatchObject({ dailyTarget: null, done: 0 });
  });

  it("expects the whole daily target after closing, and nothing on a Saturday", async () => {
    // 19:00 in Tokyo: the working day is over.
    clock.set(new Date("2026-11-20T10:00:00Z"));
    const evening = await myDay(memberA1);
    expect(evening.dayShare).toBe(1);
    expect(evening.targets.find((t) => t.kpiKey === "calls")).toMatchObject({ expectedByNow: 22, done: 3 });
    // Saturday 11/21, 14:00: a new day, nothing done yet, nothing expected; Friday's tasks are overdue now.
    clock.set(new Date("2026-11-21T05:00:00Z"));
    memberA1 = await login("member-a1@test.example");
    const saturday = await myDay(memberA1);
    expect(saturday).toMatchObject({ date: "2026-11-21", dayShare: 0 });
    expect(saturday.targets.find((t) => t.kpiKey === "calls")).toMatchObject({
      dailyTarget: 22,
      done: 0,
      expectedByNow: 0,
    });
    expect(saturday.tasks.today).toEqual([]);
    expect(saturday.tasks.overdue.map((t) => t.id)).toEqual([overdue.id, dueToday.id]);
    expect(saturday.meetings).toEqual([]);
  });
});
