// Alerts over HTTP: what each kind of rule raises and for whom, once per rule, subject and day; the
// inbox (only the caller's), acknowledging, reading, and the channels a person chooses.
import { describe, expect, it } from "vitest";
import type { Alert, AlertPage, AlertRule, AlertRuleRun } from "../../../contract/alerts";
import { createTestApp, movableClock } from "../../../test/http";

// Friday 20 November 2026, 12:00 in Tokyo.
const clock = movableClock(new Date("2026-11-20T03:00:00Z"));

describe("alerts", async () => {
  const { login, fixture, database } = await createTestApp({ clock });
  const sql = (text: string, values: unknown[] = []) => database.pool.query(text, values);
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");
  const a1 = await login("member-a1@test.example");
  const a2 = await login("member-a2@test.example");
  const b = await login("member-b@test.example");
  const { users, teams, deals } = fixture;
  const teamA = teams.teamA?.id as string;
  const teamB = teams.teamB?.id as string;

  const createRule = async (body: object, by = admin) => {
    const response = await by.request("POST", "/api/v1/alert-rules", body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as AlertRule;
  };
  const run = async (rule: AlertRule, by = admin) => {
    const response = await by.request("POST", `/api/v1/alert-rules/${rule.id}/run`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AlertRuleRun;
  };
  const inbox = async (who: typeof a1, query = "status=all") =>
    (await who.request("GET", `/api/v1/alerts?${query}`)).json() as AlertPage;
  const ofRule = (page: AlertPage, rule: AlertRule) => page.items.filter((i) => i.ruleId === rule.id);
  const setRuleActive = (rule: AlertRule, active: boolean) =>
    sql("update alert_rules set active = $2 where id = $1", [rule.id, active]);

  // The fixture's three deals were last touched on 1 November.
  await sql("update deals set updated_at = '2026-11-01T03:00:00Z'");

  describe("deal stale", async () => {
    const rule = await createRule({ kind: "deal_stale", params: { days: 7 } });

    it("raises one alert per deal for its owner, linking to the deal", async () => {
      expect(await run(rule)).toEqual({ firing: 3, raised: 3 });
      const page = await inbox(a1);
      const [alert] = ofRule(page, rule);
      expect(ofRule(page, rule)).toHaveLength(1);
      expect(alert).toMatchObject({
        kind: "deal_stale",
        subjectKey: `deal:${deals.dealA1?.id}`,
        day: "2026-11-20",
        recipient: { id: users.memberA1?.id },
        teamId: teamA,
        link: `/deals/${deals.dealA1?.id}`,
        role: "recipient",
        readAt: null,
        acknowledgedAt: null,
        facts: { daysSinceUpdate: 19, thresholdDays: 7 },
      });
      expect(alert?.title).toBe("案件「アルファ 生産管理システム導入」が19日間更新されていません");
      expect(alert?.titleEn).toContain("19 days");
      expect(page.unreadCount).toBeGreaterThanOrEqual(1);
    });

    it("raises nothing more the same day, and again the next day", async () => {
      expect(await run(rule)).toEqual({ firing: 3, raised: 0 });
      clock.set(new Date("2026-11-21T01:00:00Z"));
      expect(await run(rule)).toEqual({ firing: 3, raised: 3 });
      const days = ofRule(await inbox(a1), rule).map((a) => a.day);
      expect(days).toEqual(["2026-11-21", "2026-11-20"]);
      clock.set(new Date("2026-11-20T03:00:00Z"));
    });

    it("shows nobody another person's alerts, and lets only the recipient acknowledge", async () => {
      const forB = ofRule(await inbox(b), rule);
      expect(forB.every((a) => a.recipient.id === users.memberB?.id)).toBe(true);
      expect(ofRule(await inbox(manager), rule)).toEqual([]);
      const [mine] = ofRule(await inbox(a1), rule) as [Alert];
      expect((await b.request("POST", `/api/v1/alerts/${mine.id}/acknowledge`)).statusCode).toBe(404);
      expect((await manager.request("POST", `/api/v1/alerts/${mine.id}/acknowledge`)).statusCode).toBe(404);

      const acknowledged = await a1.request("POST", `/api/v1/alerts/${mine.id}/acknowledge`);
      expect(acknowledged.statusCode, acknowledged.body).toBe(200);
      expect(acknowledged.json()).toMatchObject({
        id: mine.id,
        acknowledgedBy: { id: users.memberA1?.id, name: "member-a1" },
        acknowledgedAt: "2026-11-20T03:00:00.000Z",
        readAt: "2026-11-20T03:00:00.000Z",
      });
      const open = await inbox(a1, "status=open");
      const done = await inbox(a1, "status=acknowledged");
      expect(open.items.map((a) => a.id)).not.toContain(mine.id);
      expect(done.items.map((a) => a.id)).toEqual([mine.id]);
      // Acknowledging twice keeps the first.
      clock.set(new Date("2026-11-20T04:00:00Z"));
      const again = await a1.request("POST", `/api/v1/alerts/${mine.id}/acknowledge`);
      expect((again.json() as Alert).acknowledgedAt).toBe("2026-11-20T03:00:00.000Z");
      clock.set(new Date("2026-11-20T03:00:00Z"));
    });

    it("marks some or all read, and counts the bell only when in-app is on", async () => {
      const before = await inbox(b);
      expect(before.unreadCount).toBe(2);
      const [first] = before.items as [Alert];
      const some = await b.request("POST", "/api/v1/alerts/read", { ids: [first.id] });
      expect(some.json()).toEqual({ unreadCount: 1 });
      expect((await b.request("POST", "/api/v1/alerts/read", {})).json()).toEqual({ unreadCount: 0 });
      expect((await inbox(a2)).unreadCount).toBe(2);
      const off = await a2.request("PUT", "/api/v1/me/notification-preferences", {
        inApp: false,
        email: false,
        slack: false,
        slackWebhookUrl: null,
      });
      expect(off.statusCode, off.body).toBe(200);
      expect((await inbox(a2)).unreadCount).toBe(0);
      expect((await inbox(a2)).items).toHaveLength(2);
    });

    it("stops once a deal has a next step ahead or was updated", async () => {
      await sql("update deals set next_meeting_date = '2026-11-27' where id = $1", [deals.dealA1?.id]);
      await sql("update deals set updated_at = '2026-11-19T03:00:00Z' where id = $1", [deals.dealA2?.id]);
      clock.set(new Date("2026-11-22T03:00:00Z"));
      expect(await run(rule)).toEqual({ firing: 1, raised: 1 });
      await sql("update deals set next_meeting_date = null, updated_at = '2026-11-01T03:00:00Z'");
      clock.set(new Date("2026-11-20T03:00:00Z"));
      await setRuleActive(rule, false);
    });
  });

  it("raises a passed next meeting date for the deal's owner", async () => {
    const rule = await createRule({ kind: "meeting_passed", teamId: teamB, params: { days: 2 } }, admin);
    await sql("update deals set next_meeting_date = '2026-11-18' where id = $1", [deals.dealB?.id]);
    expect(await run(rule)).toEqual({ firing: 1, raised: 1 });
    const [alert] = ofRule(await inbox(b), rule);
    expect(alert).toMatchObject({
      subjectKey: `deal:${deals.dealB?.id}`,
      facts: { nextMeetingDate: "2026-11-18", daysPassed: 2 },
    });
    await sql("update deals set next_meeting_date = null");
    await setRuleActive(rule, false);
  });

  it("raises an unanswered lead in business minutes, past a holiday Monday", async () => {
    const rule = await createRule({ kind: "lead_unanswered", teamId: teamA }, manager);
    // Created Friday 17:30; 60 business minutes: due Tuesday 9:30 (the 23rd is 勤労感謝の日).
    await sql(
      `insert into leads (company_name, channel, owner_id, team_id, created_at, response_due_at)
       values ('ガンマ工業', 'inbound_web', $1, $2, '2026-11-20T08:30:00Z', '2026-11-24T00:30:00Z')`,
      [users.memberA1?.id, teamA],
    );
    clock.set(new Date("2026-11-24T00:29:00Z"));
    expect(await run(rule, manager)).toEqual({ firing: 0, raised: 0 });
    clock.set(new Date("2026-11-24T01:00:00Z"));
    expect(await run(rule, manager)).toEqual({ firing: 1, raised: 1 });
    const [alert] = ofRule(await inbox(a1), rule);
    expect(alert?.link).toMatch(/^\/leads\//);
    expect(alert?.facts).toMatchObject({ businessMinutesWaiting: 90, dueAt: "2026-11-24T00:30:00.000Z" });
    expect(alert?.title).toBe("リード「ガンマ工業」が90分（営業時間）未対応です");
    clock.set(new Date("2026-11-20T03:00:00Z"));
    await setRuleActive(rule, false);
  });

  it("raises pace behind on the 3rd business day for people under 30% of their weekly target", async () => {
    const rule = await createRule({ kind: "pace_behind", teamId: teamA }, manager);
    // A1: a week target of 10 meetings; A2: 19 for November, 1 a business day, 5 for the week.
    await sql(
      `insert into targets (kpi_key, period_kind, period_start, scope_kind, user_id, value) values
       ('meetings', 'week', '2026-11-16', 'user', $1, 10), ('meetings', 'month', '2026-11-01', 'user', $2, 19)`,
      [users.memberA1?.id, users.memberA2?.id],
    );
    clock.set(new Date("2026-11-17T03:00:00Z")); // Tuesday: the 2nd business day
    expect(await run(rule, manager)).toEqual({ firing: 0, raised: 0 });
    clock.set(new Date("2026-11-18T03:00:00Z")); // Wednesday
    for (const _ of [1, 2]) {
      const logged = await a2.request("POST", "/api/v1/activities", { kind: "visit", outcome: "held" });
      expect(logged.statusCode, logged.body).toBe(201);
    }
    // A2 has done 2 of 5 (40%); A1 none of 10.
    expect(await run(rule, manager)).toEqual({ firing: 1, raised: 1 });
    const [alert] = ofRule(await inbox(a1), rule);
    expect(alert).toMatchObject({
      subjectKey: `user:${users.memberA1?.id}:meetings`,
      link: `/dashboard?scope=user:${users.memberA1?.id}&period=2026-W47`,
      facts: { actual: 0, weeklyTarget: 10, elapsedBusinessDays: 3, businessDays: 5, minShare: 0.3 },
    });
    expect(alert?.message).toBe("5営業日中3日目で 0 / 10（30%未満で通知）。");
    clock.set(new Date("2026-11-20T03:00:00Z"));
    await setRuleActive(rule, false);
  });

  it("raises a team's KPI below its minimum, paced, for the team's manager", async () => {
    const rule = await createRule({ kind: "kpi_below_minimum", teamId: teamA }, manager);
    await sql(
      `insert into targets (kpi_key, period_kind, period_start, scope_kind, team_id, value, minimum)
       values ('revenue', 'month', '2026-11-01', 'team', $1, 10000000, 9500000)`,
      [teamA],
    );
    expect(await run(rule, manager)).toEqual({ firing: 1, raised: 1 });
    const [alert] = ofRule(await inbox(manager), rule);
    expect(alert).toMatchObject({
      subjectKey: `team:${teamA}:revenue`,
      recipient: { id: users.managerA?.id },
      link: `/kpi-tree?scope=team:${teamA}&period=2026-11`,
      facts: { comparison: "paced", actual: 0, minimum: 9_500_000, elapsedShare: 14 / 19 },
    });
    expect(alert?.facts.threshold).toBeCloseTo(7_000_000, 6);
    await setRuleActive(rule, false);
  });

  it("raises a landing forecast below target for the team's manager", async () => {
    const rule = await createRule({ kind: "forecast_below_target" });
    // Team A's month target is 10,000,000 (above); one deal of 3,000,000 at 90% closes in November.
    await sql("update deals set expected_close_date = '2026-11-27', probability = 90 where id = $1", [
      deals.dealA1?.id,
    ]);
    expect(await run(rule)).toEqual({ firing: 1, raised: 1 });
    expect(await run(rule)).toEqual({ firing: 0, raised: 0 });
    const [alert] = ofRule(await inbox(manager), rule);
    expect(alert).toMatchObject({
      subjectKey: `team:${teamA}`,
      link: `/forecast?scope=team:${teamA}&period=2026-11`,
      facts: { p50: 3_000_000, target: 10_000_000, shortfall: 7_000_000, shortfallShare: 0.7 },
    });
    // The P50 the forecast page shows for the scope.
    const page = await manager.request("GET", `/api/v1/forecast?scope=team:${teamA}&period=2026-11`);
    expect((page.json() as { landing: { p50: number } }).landing.p50).toBe(3_000_000);
    await setRuleActive(rule, false);
  });

  it("keeps each person's channels", async () => {
    const defaults = await b.request("GET", "/api/v1/me/notification-preferences");
    expect(defaults.json()).toEqual({ inApp: true, email: false, slack: false, slackWebhookUrl: null });
    const noUrl = await b.request("PUT", "/api/v1/me/notification-preferences", {
      inApp: true,
      email: true,
      slack: true,
      slackWebhookUrl: null,
    });
    expect(noUrl.statusCode).toBe(400);
    const saved = await b.request("PUT", "/api/v1/me/notification-preferences", {
      inApp: true,
      email: true,
      slack: true,
      slackWebhookUrl: "https://hooks.example/T000/B000",
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await b.request("GET", "/api/v1/me/notification-preferences")).json()).toMatchObject({
      email: true,
      slack: true,
      slackWebhookUrl: "https://hooks.example/T000/B000",
    });
    // Another team's rule stays out of reach for its test button too.
    const forB = await createRule({ kind: "deal_stale", teamId: teamB });
    expect((await manager.request("POST", `/api/v1/alert-rules/${forB.id}/run`)).statusCode).toBe(403);
    expect((await b.request("POST", `/api/v1/alert-rules/${forB.id}/run`)).statusCode).toBe(403);
  });
});
