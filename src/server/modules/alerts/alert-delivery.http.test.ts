// Alerts end to end on the job queue: a tick raises them, each person is told by the channels they
// chose (e-mail to a local SMTP server, a Slack-compatible webhook to a local receiver), a failed
// post is retried without the e-mail going twice, and an alert left unacknowledged past its delay is
// escalated to the manager, once.
import { describe, expect, it, vi } from "vitest";
import type { Alert, AlertPage } from "../../../contract/alerts";
import { createTestApp, movableClock } from "../../../test/http";
import { startReceiver } from "../../../test/http-receiver";
import { startSmtpReceiver } from "../../../test/smtp-receiver";
import { type JobQueue, jobIdOf } from "../../jobs/job-queue";
import { alertEvaluation, enqueueAlertTick, tickOf } from "./alert-jobs";

const patiently = { timeout: 30_000, interval: 100 };
// Friday 20 November 2026, 10:00 in Tokyo: the app starts (and runs that tick, with no rule yet).
const start = new Date("2026-11-20T01:00:00Z");
const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);
/** The first tick with the rule. */
const first = hours(0.25);

describe("alert delivery and escalation", async () => {
  const smtp = await startSmtpReceiver();
  const slack = await startReceiver((_, index) => (index === 0 ? 500 : 200));
  const clock = movableClock(start);
  const { login, fixture, database, jobs } = await createTestApp({
    clock,
    jobs: true,
    deps: {
      publicUrl: "https://susumu.example",
      mail: { smtpUrl: smtp.url, from: "Susumu <alerts@susumu.example>" },
    },
  });
  const queue = jobs as JobQueue;
  const sql = async (text: string, values: unknown[] = []) => (await database.pool.query(text, values)).rows;
  const admin = await login("admin@test.example");
  const manager = await login("manager-a@test.example");
  const a1 = await login("member-a1@test.example");
  const a2 = await login("member-a2@test.example");
  const { deals, users } = fixture;

  /** Runs the tick of the clock's time (a quarter hour the start has not run) and waits for it. */
  async function tick() {
    await enqueueAlertTick(queue, clock.now());
    const id = jobIdOf(alertEvaluation.name, tickOf(clock.now()));
    await vi.waitFor(async () => {
      expect(await sql("select state from pgboss.job where id = $1", [id])).toEqual([{ state: "completed" }]);
    }, patiently);
  }
  const idle = () =>
    vi.waitFor(async () => {
      const busy = await sql(
        "select count(*)::int as n from pgboss.job where name = 'alert-delivery' and state <> 'completed'",
      );
      expect(busy[0]?.n).toBe(0);
    }, patiently);

  await sql("update deals set updated_at = '2026-11-01T03:00:00Z'");
  const prefs = (who: typeof a1, body: object) =>
    who.request("PUT", "/api/v1/me/notification-preferences", {
      inApp: true,
      email: false,
      slack: false,
      slackWebhookUrl: null,
      ...body,
    });
  expect((await prefs(a1, { email: true, slack: true, slackWebhookUrl: slack.url })).statusCode).toBe(200);
  expect((await prefs(manager, { email: true })).statusCode).toBe(200);
  const rule = await admin.request("POST", "/api/v1/alert-rules", {
    kind: "deal_stale",
    teamId: fixture.teams.teamA?.id,
    params: { days: 7 },
    escalateAfterHours: 4,
  });
  expect(rule.statusCode, rule.body).toBe(201);

  it("e-mails and posts a raised alert once each by the recipient's channels, retrying a failed post", async () => {
    clock.set(first);
    await tick();
    const rows = await sql("select recipient_id from alerts order by recipient_id");
    expect(rows.map((r) => r.recipient_id).sort()).toEqual([users.memberA1?.id, users.memberA2?.id].sort());
    await vi.waitFor(() => expect(slack.received).toHaveLength(2), patiently);
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1), patiently);
    await idle();

    const [mail] = smtp.received;
    expect(mail?.to).toEqual(["member-a1@test.example"]);
    expect(mail?.from).toBe("alerts@susumu.example");
    expect(mail?.subject).toBe("[Susumu] 案件「アルファ 生産管理システム導入」が19日間更新されていません");
    expect(mail?.text).toContain(`https://susumu.example/deals/${deals.dealA1?.id}`);
    // The first post was answered 500 and retried; the second carries the same message.
    const [failed, posted] = slack.received.map((r) => r.json() as { text: string; blocks: unknown[] });
    expect(posted).toEqual(failed);
    expect(posted?.text).toContain(
      `<https://susumu.example/deals/${deals.dealA1?.id}|案件「アルファ 生産管理システム導入」`,
    );
    expect(posted?.blocks).toHaveLength(2);
    const [marks] = await sql("select emailed_at, posted_at from alerts where recipient_id = $1", [
      users.memberA1?.id,
    ]);
    expect(marks?.emailed_at).toBeInstanceOf(Date);
    expect(marks?.posted_at).toBeInstanceOf(Date);

    // The next tick the same day raises and sends nothing new.
    clock.set(hours(0.5));
    await tick();
    await idle();
    expect(await sql("select count(*)::int as n from alerts")).toEqual([{ n: 2 }]);
    expect(smtp.received).toHaveLength(1);
    expect(slack.received).toHaveLength(2);
  });

  it("escalates an unacknowledged alert to the recipient's manager after the delay, once", async () => {
    const [ofA2] = ((await a2.request("GET", "/api/v1/alerts")).json() as AlertPage).items as [Alert];
    expect((await a2.request("POST", `/api/v1/alerts/${ofA2.id}/acknowledge`)).statusCode).toBe(200);

    // Raised at the first tick (10:15) with a 4-hour delay: not yet at 13:45, due at 14:15.
    clock.set(hours(3.75));
    await tick();
    expect(await sql("select count(*)::int as n from alerts where escalated_at is not null")).toEqual([
      { n: 0 },
    ]);

    clock.set(hours(4.25));
    await tick();
    await vi.waitFor(() => expect(smtp.received).toHaveLength(2), patiently);
    const escalated = await sql(
      "select recipient_id, escalated_to, escalated_at from alerts where escalated_at is not null",
    );
    expect(escalated).toEqual([
      { recipient_id: users.memberA1?.id, escalated_to: users.managerA?.id, escalated_at: hours(4.25) },
    ]);
    const mail = smtp.received[1];
    expect(mail?.to).toEqual(["manager-a@test.example"]);
    expect(mail?.subject).toBe(
      "[Susumu] 【member-a1さん未確認のため転送】案件「アルファ 生産管理システム導入」が19日間更新されていません",
    );

    const inbox = (await manager.request("GET", "/api/v1/alerts")).json() as AlertPage;
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      role: "escalated",
      recipient: { id: users.memberA1?.id },
      escalatedTo: { id: users.managerA?.id, name: "manager-a" },
      escalatedAt: hours(4.25).toISOString(),
    });
    expect(inbox.unreadCount).toBe(1);

    // Later ticks escalate nothing again; the manager acknowledges it for the team.
    clock.set(hours(5));
    await tick();
    await idle();
    expect(smtp.received).toHaveLength(2);
    const done = await manager.request("POST", `/api/v1/alerts/${inbox.items[0]?.id}/acknowledge`);
    expect(done.json()).toMatchObject({ acknowledgedBy: { id: users.managerA?.id } });
    const forA1 = ((await a1.request("GET", "/api/v1/alerts?status=acknowledged")).json() as AlertPage).items;
    expect(forA1.map((a) => a.id)).toEqual([inbox.items[0]?.id]);
  });
});
