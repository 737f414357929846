// The demo organisation on a real database: its shape, the demo logins, the invariants the app
// relies on (stage = last history row, team = owner's team, closed deals complete) and determinism.
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database";
import { DEMO_LOGINS, type DemoSummary, seedDemo } from "./seed-demo";

const TODAY = "2026-11-20";
const options = { size: "demo", today: TODAY, passwordHash: "demo-hash" } as const;

let pool: pg.Pool;
let summary: DemoSummary;

async function rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query(text, params)).rows as T[];
}

async function count(text: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ n: string | number }>(text, params);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  const database = await createTestDatabase();
  pool = database.pool;
  summary = await seedDemo(database.db, options);
});

describe("seedDemo (demo size)", () => {
  it("builds the org → 3 departments → 6 teams tree with about 30 people", async () => {
    const kinds = await rows<{ kind: string; n: number }>(
      "select kind, count(*)::int as n from teams group by kind",
    );
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual({ org: 1, department: 3, team: 6 });
    expect(summary.teams).toBe(10);
    expect(summary.users).toBeGreaterThanOrEqual(26);
    expect(summary.users).toBeLessThanOrEqual(34);
    expect(await count("select count(*) as n from users where password_hash <> 'demo-hash'")).toBe(0);
    const functions = await rows<{ function: string }>(
      "select distinct function from users where function is not null",
    );
    expect(functions.map((f) => f.function).sort()).toEqual(["CS", "FS", "IS", "MKT"]);
    // Every team has exactly one manager.
    const managers = await rows<{ n: number }>(
      "select count(u.id)::int as n from teams t left join users u on u.team_id = t.id and u.role = 'manager' where t.kind = 'team' group by t.id",
    );
    expect(managers.map((m) => m.n)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("has the three demo logins, the manager and the member in 東京FS第1チーム", async () => {
    const logins = await rows<{
      email: string;
      role: string;
      function: string | null;
      team: string;
      kind: string;
    }>(
      `select u.email, u.role, u.function, t.name as team, t.kind from users u join teams t on t.id = u.team_id
        where u.email = any($1) order by u.email`,
      [Object.values(DEMO_LOGINS)],
    );
    expect(logins).toEqual([
      { email: DEMO_LOGINS.admin, role: "admin", function: null, team: "株式会社ススム", kind: "org" },
      { email: DEMO_LOGINS.manager, role: "manager", function: "FS", team: "東京FS第1チーム", kind: "team" },
      { email: DEMO_LOGINS.member, role: "member", function: "FS", team: "東京FS第1チーム", kind: "team" },
    ]);
    expect(await count("select count(distinct lower(email)) as n from users")).toBe(summary.users);
    const member = await count(
      "select count(*) as n from deals d join users u on u.id = d.owner_id where u.email = $1 and d.status = 'open'",
      [DEMO_LOGINS.member],
    );
    expect(member).toBeGreaterThan(0);
  });

  it("writes the expected volumes", () => {
    expect(summary.accounts).toBe(150);
    expect(summary.contacts).toBeGreaterThanOrEqual(300);
    expect(summary.deals).toBeGreaterThanOrEqual(300);
    expect(summary.deals).toBeLessThanOrEqual(900);
    expect(summary.stageChanges).toBeGreaterThan(summary.deals * 3);
    expect(summary.activities).toBeGreaterThan(20_000);
    expect(summary.leads).toBeGreaterThan(1_000);
    expect(summary.targets).toBeGreaterThan(0);
  });

  it("keeps each deal's stage equal to its latest history row, with a creation row first", async () => {
    expect(
      await count(`select count(*) as n from deals d where d.stage_id <> (
        select h.to_stage_id from deal_stage_history h where h.deal_id = d.id order by h.changed_at desc, h.id desc limit 1)`),
    ).toBe(0);
    expect(await count("select count(*) as n from deal_stage_history where from_stage_id is null")).toBe(
      summary.deals,
    );
    expect(
      await count(`select count(*) as n from deals d
        where d.stage_entered_at <> (select max(changed_at) from deal_stage_history h where h.deal_id = d.id)`),
    ).toBe(0);
    expect(
      await count(
        "select count(*) as n from deals d join stages s on s.id = d.stage_id where s.kind <> d.status",
      ),
    ).toBe(0);
  });

  it("puts every deal in its owner's team", async () => {
    expect(
      await count(
        "select count(*) as n from deals d join users u on u.id = d.owner_id where d.team_id <> u.team_id",
      ),
    ).toBe(0);
  });

  it("closes won and lost deals with a date, and lost ones with a reason from the pick list", async () => {
    expect(
      await count("select count(*) as n from deals where (status <> 'open') <> (closed_at is not null)"),
    ).toBe(0);
    expect(
      await count(`select count(*) as n from deals where status = 'lost' and (lost_reason is null or lost_reason not in (
        select r->>'key' from org_settings, jsonb_array_elements(lost_reasons) r))`),
    ).toBe(0);
    expect(
      await count("select count(*) as n from deals where status = 'won' and (amount is null or amount <= 0)"),
    ).toBe(0);
    const statuses = await rows<{ status: string }>("select distinct status from deals order by status");
    expect(statuses.map((s) => s.status)).toEqual(["lost", "open", "won"]);
  });

  it("has open deals in every open stage of the new-business pipeline, and a few stale ones", async () => {
    const empty = await count(`select count(*) as n from stages s join pipelines p on p.id = s.pipeline_id
      where p.is_default and s.kind = 'open'
        and not exists (select 1 from deals d where d.stage_id = s.id and d.status = 'open')`);
    expect(empty).toBe(0);
    const stale = await count(
      `select count(*) as n from deals where status = 'open'
         and (updated_at < $1::date - 14 or next_meeting_date is null or next_meeting_date < $1::date)`,
      [TODAY],
    );
    expect(stale).toBeGreaterThanOrEqual(3);
    expect(await count("select count(*) as n from deals where close_date_pushes > 0")).toBeGreaterThan(0);
    // Open deals close mostly within the next three months.
    const soon = await count(
      "select count(*) as n from deals where status = 'open' and expected_close_date between $1::date and $1::date + 100",
      [TODAY],
    );
    expect(soon / (await count("select count(*) as n from deals where status = 'open'"))).toBeGreaterThan(
      0.6,
    );
  });

  it("keeps past activities on business days and scheduled ones in the future", async () => {
    const cutoff = `${TODAY}T12:00:00+09:00`;
    expect(
      await count("select count(*) as n from activities where outcome = 'scheduled' and occurred_at <= $1", [
        cutoff,
      ]),
    ).toBe(0);
    expect(
      await count("select count(*) as n from activities where outcome <> 'scheduled' and occurred_at > $1", [
        cutoff,
      ]),
    ).toBe(0);
    expect(
      await count(
        "select count(*) as n from activities where extract(isodow from occurred_at at time zone 'Asia/Tokyo') > 5",
      ),
    ).toBe(0);
    const hours = await rows<{ h: number }>(
      "select distinct extract(hour from occurred_at at time zone 'Asia/Tokyo')::int as h from activities",
    );
    expect(Math.min(...hours.map((h) => h.h))).toBeGreaterThanOrEqual(8);
    expect(Math.max(...hours.map((h) => h.h))).toBeLessThanOrEqual(19);
    expect(await count("select count(*) as n from leads where first_response_at < created_at")).toBe(0);
  });

  it("sets monthly targets for the org, teams and people with stretch and minimum levels", async () => {
    const scopes = await rows<{ scope_kind: string; kpi_key: string; months: number }>(
      "select scope_kind, kpi_key, count(distinct period_start)::int as months from targets group by 1, 2 order by 1, 2",
    );
    for (const key of ["calls", "meetings", "revenue", "wins"]) {
      expect(scopes).toContainEqual({ scope_kind: "org", kpi_key: key, months: 14 });
    }
    expect(await count("select count(*) as n from targets where stretch < value or minimum > value")).toBe(0);
    // A team's target is the sum of its members'.
    const mismatched =
      await count(`select count(*) as n from targets t where t.scope_kind = 'team' and t.value <> (
      select sum(x.value) from targets x join users u on u.id = x.user_id
       where x.kpi_key = t.kpi_key and x.period_start = t.period_start and u.team_id = t.team_id)
      and exists (select 1 from teams k where k.id = t.team_id and k.kind = 'team')`);
    expect(mismatched).toBe(0);
    const achievement = await rows<{ ratio: number }>(
      `select (sum(a.n)::float / t.value) as ratio from targets t
         join lateral (select count(*) as n from activities a where a.kind = 'call'
           and a.occurred_at >= t.period_start::timestamp at time zone 'Asia/Tokyo'
           and a.occurred_at < (t.period_start + interval '1 month')::timestamp at time zone 'Asia/Tokyo') a on true
        where t.scope_kind = 'org' and t.kpi_key = 'calls' and t.period_start < date_trunc('month', $1::date)
        group by t.id, t.value`,
      [TODAY],
    );
    for (const { ratio } of achievement) expect(ratio).toBeGreaterThan(0.6);
    for (const { ratio } of achievement) expect(ratio).toBeLessThan(1.3);
  });

  it("fills the built-in KPI catalogue and both pipelines", async () => {
    expect(await count("select count(*) as n from kpi_definitions where built_in")).toBeGreaterThanOrEqual(
      22,
    );
    const pipelines = await rows<{ name: string; stages: number }>(
      "select p.name, count(s.id)::int as stages from pipelines p join stages s on s.pipeline_id = p.id group by p.id order by p.sort_order",
    );
    expect(pipelines).toEqual([
      { name: "新規開拓パイプライン", stages: 7 },
      { name: "既存深耕・更新", stages: 5 },
    ]);
    expect(
      await count(
        "select count(*) as n from org_settings where name = '株式会社ススム' and fiscal_year_start_month = 4",
      ),
    ).toBe(1);
  });
});

describe("seedDemo determinism", () => {
  it("gives the same rows and ids for the same size, seed and today", async () => {
    const other = await createTestDatabase();
    const again = await seedDemo(other.db, options);
    expect(again).toEqual(summary);
    const sample = "select id, name, amount, stage_id, expected_close_date from deals order by id limit 20";
    expect((await other.pool.query(sample)).rows).toEqual(await rows(sample));
    const digest = `select md5(string_agg(id::text || kind || coalesce(outcome, '') || occurred_at::text, ',' order by id)) as d
      from activities`;
    expect((await other.pool.query(digest)).rows).toEqual(await rows(digest));
  });
});
