// Two app instances, each running the scheduler with its own pg-boss, on one database: each tick is
// evaluated once, and even evaluations that do overlap raise each alert once.
import { afterAll, describe, expect, it, vi } from "vitest";
import { createFixtureOrg, PASSWORD } from "../../../test/fixtures";
import { movableClock } from "../../../test/http";
import { startTestJobQueue } from "../../../test/jobs";
import { createTestDatabase } from "../../../test/test-database";
import { buildApp } from "../../app";
import { jobIdOf } from "../../jobs/job-queue";
import { alertEvaluation, enqueueAlertTick, tickOf } from "./alert-jobs";

const patiently = { timeout: 60_000, interval: 200 };

describe("alerts across instances", async () => {
  const database = await createTestDatabase();
  const fixture = await createFixtureOrg(database.db);
  const query = async (text: string, values: unknown[] = []) =>
    (await database.pool.query(text, values)).rows;
  await query("update deals set updated_at = '2026-11-01T03:00:00Z'");
  await query(`insert into alert_rules (kind, params) values ('deal_stale', '{"days": 7}')`);
  const now = new Date("2026-11-20T03:00:00Z");
  const clock = movableClock(now);
  const queues = await Promise.all([0, 1].map(() => startTestJobQueue(database.url)));
  const apps = await Promise.all(queues.map((jobs) => buildApp({ database, clock, jobs })));
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  const completed = (at: Date) =>
    vi.waitFor(async () => {
      const id = jobIdOf(alertEvaluation.name, tickOf(at));
      expect(await query("select state from pgboss.job where id = $1", [id])).toEqual([
        { state: "completed" },
      ]);
    }, patiently);
  const alertsPerSubject = () =>
    query("select subject_key, day, count(*)::int as n from alerts group by 1, 2 order by 1, 2");

  it("runs the tick both instances enqueued at start once, raising one alert per deal", async () => {
    await completed(now);
    expect(await query("select count(*)::int as n from pgboss.job where name = 'alerts-evaluate'")).toEqual([
      { n: 1 },
    ]);
    const rows = await alertsPerSubject();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.n === 1 && r.day === "2026-11-20")).toBe(true);
  });

  it("raises each alert once when evaluations overlap on both instances", async () => {
    // The next day, nothing raised yet: ticks at 12:00, 12:15, 12:30 in Tokyo.
    const nextDay = new Date(now.getTime() + 24 * 3_600_000);
    clock.set(nextDay);
    const later = [0, 1, 2].map((q) => new Date(nextDay.getTime() + q * 15 * 60_000));
    const [app0, app1] = apps as [(typeof apps)[0], (typeof apps)[0]];
    const login = await app0.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "admin@test.example", password: PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === "susumu_session")?.value as string;
    const { csrfToken } = login.json() as { csrfToken: string };
    const [rule] = await query("select id from alert_rules");
    const runOn = (app: typeof app0) =>
      app.inject({
        method: "POST",
        url: `/api/v1/alert-rules/${rule?.id}/run`,
        cookies: { susumu_session: cookie },
        headers: { "x-csrf-token": csrfToken },
      });
    // The same tick from both queues, other ticks on each, and two test runs at once.
    const [first, second] = await Promise.all([
      runOn(app0),
      runOn(app1),
      ...queues.flatMap((queue) => later.map((at) => enqueueAlertTick(queue, at))),
    ]);
    expect([first?.statusCode, second?.statusCode]).toEqual([200, 200]);
    const runs = [first?.json(), second?.json()] as { firing: number; raised: number }[];
    expect(runs.map((r) => r.firing)).toEqual([3, 3]);
    for (const at of later) await completed(at);
    // One job per tick whichever queue sent it.
    expect(await query("select count(*)::int as n from pgboss.job where name = 'alerts-evaluate'")).toEqual([
      { n: 4 },
    ]);
    const rows = await alertsPerSubject();
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(rows.filter((r) => r.day === "2026-11-21").map((r) => r.subject_key)).toEqual(
      Object.values(fixture.deals)
        .map((d) => `deal:${d?.id}`)
        .sort(),
    );
  });
});
