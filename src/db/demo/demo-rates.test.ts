// The demo's funnel, computed by SQL over the generated rows, stays in the typical ranges of the
// inside-sales KPI tables (seed 002), and people differ enough for rankings and diagnosis to matter.
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database";
import { seedDemo } from "./seed-demo";

let pool: pg.Pool;

async function one<T>(text: string): Promise<T> {
  const [row] = (await pool.query(text)).rows as T[];
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

beforeAll(async () => {
  const database = await createTestDatabase();
  pool = database.pool;
  await seedDemo(database.db, { size: "demo", today: "2026-11-20", passwordHash: "x" });
});

describe("demo funnel rates (seed 002 ranges)", () => {
  it("calls: connect 20-35%, effective contact 15-25%, meeting set 5-15% of effective contacts", async () => {
    const calls = await one<{ connect: number; effective: number; set: number }>(`
      select avg((outcome in ('reached', 'effective_contact', 'appointment_set'))::int)::float as connect,
             avg((outcome in ('effective_contact', 'appointment_set'))::int)::float as effective,
             sum((outcome = 'appointment_set')::int)::float
               / sum((outcome in ('effective_contact', 'appointment_set'))::int) as set
        from activities where kind = 'call'`);
    expect(calls.connect).toBeGreaterThan(0.2);
    expect(calls.connect).toBeLessThan(0.35);
    expect(calls.effective).toBeGreaterThan(0.15);
    expect(calls.effective).toBeLessThan(0.25);
    expect(calls.set).toBeGreaterThan(0.05);
    expect(calls.set).toBeLessThan(0.15);
  });

  it("emails: open 20-35%, click 3-8%, reply 5-15%", async () => {
    const emails = await one<{ open: number; click: number; reply: number }>(`
      select avg((outcome in ('opened', 'clicked', 'replied'))::int)::float as open,
             avg((outcome = 'clicked')::int)::float as click,
             avg((outcome = 'replied')::int)::float as reply
        from activities where kind = 'email'`);
    expect(emails.open).toBeGreaterThan(0.2);
    expect(emails.open).toBeLessThan(0.35);
    expect(emails.click).toBeGreaterThan(0.03);
    expect(emails.click).toBeLessThan(0.08);
    expect(emails.reply).toBeGreaterThan(0.05);
    expect(emails.reply).toBeLessThan(0.15);
  });

  it("deals: new-business win rate 20-35%, BANT completion 70-85%, sales cycle of a few months", async () => {
    const deals = await one<{ win: number; bant: number; cycle: number }>(`
      select (select count(*) filter (where d.status = 'won')::float / count(*) filter (where d.status <> 'open')
                from deals d join pipelines p on p.id = d.pipeline_id where p.is_default) as win,
             avg((bant_budget is not null and bant_authority is not null and bant_need is not null
                  and bant_timing is not null)::int)::float as bant,
             (select percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at) / 86400)
                from deals where status = 'won') as cycle
        from deals`);
    expect(deals.win).toBeGreaterThan(0.2);
    expect(deals.win).toBeLessThan(0.35);
    expect(deals.bant).toBeGreaterThan(0.7);
    expect(deals.bant).toBeLessThan(0.85);
    expect(deals.cycle).toBeGreaterThan(30);
    expect(deals.cycle).toBeLessThan(120);
  });

  it("meetings: cancel rate at most 10% of meetings set; appointment rate 80-90%", async () => {
    const meetings = await one<{ cancelled: number; set: number; converted: number }>(`
      select (select count(*) from activities where kind in ('visit', 'online_meeting') and outcome = 'cancelled')::float as cancelled,
             (select count(*) from activities where kind = 'call' and outcome = 'appointment_set')::float as set,
             (select count(*) from leads where status = 'handed_off')::float as converted`);
    expect(meetings.cancelled / meetings.set).toBeLessThanOrEqual(0.1);
    expect(meetings.converted / meetings.set).toBeGreaterThan(0.8);
    expect(meetings.converted / meetings.set).toBeLessThan(0.95);
  });

  it("answers inbound web leads within minutes to hours (median under two hours)", async () => {
    const { minutes } = await one<{ minutes: number }>(`
      select percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at) / 60) as minutes
        from leads where channel = 'inbound_web' and first_response_at is not null`);
    expect(minutes).toBeGreaterThan(1);
    expect(minutes).toBeLessThan(120);
  });

  it("varies by person: the busiest caller is not the best at setting meetings", async () => {
    const reps = (
      await pool.query(`
        select a.owner_id, count(*)::int as calls,
               sum((outcome = 'appointment_set')::int)::float / nullif(sum((outcome in ('effective_contact', 'appointment_set'))::int), 0) as set
          from activities a join users u on u.id = a.owner_id
         where a.kind = 'call' and u.function = 'IS' and u.role = 'member'
         group by a.owner_id order by calls desc`)
    ).rows as { calls: number; set: number }[];
    expect(reps.length).toBeGreaterThanOrEqual(4);
    const rates = reps.map((r) => r.set).sort((a, b) => a - b);
    expect((rates[rates.length - 1] ?? 0) / (rates[0] ?? 1)).toBeGreaterThan(1.5);
    expect(reps[0]?.set).toBeLessThan(rates[Math.floor(rates.length / 2)] ?? 0);
  });

  it("connects better late morning than at lunch time", async () => {
    const byHour = (
      await pool.query(`
        select extract(hour from occurred_at at time zone 'Asia/Tokyo')::int as hour,
               avg((outcome in ('reached', 'effective_contact', 'appointment_set'))::int)::float as connect
          from activities where kind = 'call' group by 1`)
    ).rows as { hour: number; connect: number }[];
    const at = (hour: number) => byHour.find((h) => h.hour === hour)?.connect ?? 0;
    expect(at(10)).toBeGreaterThan(at(12) * 1.2);
  });
});
