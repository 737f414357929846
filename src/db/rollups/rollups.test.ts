// The rollups kept by the triggers equal a from-scratch computation after a random mix of writes
// through every path that writes activities, deals, hand-offs and stage history; and the metric engine reads the
// same counts from them as a scan of the raw tables.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createMetricsRepository } from "../../server/modules/metrics/metrics.repository";
import { scanCounts } from "../../server/modules/metrics/metrics-scan";
import { createTestApp } from "../../test/http";
import { createRandom } from "../demo/demo-random";
import { metricColumns } from "./rollup-definitions";
import { dailyMetricsFromScratch, dailyStageMetricsFromScratch } from "./rollup-rebuild";
import { installRollups, rebuildRollups } from "./rollups";

const metricList = metricColumns.map((c) => c.column).join(", ");
/** Rows with any non-zero figure, in key order: a kept row may have fallen back to all zeros. */
const keptMetrics = `select day::text, owner_id, team_id, ${metricList} from daily_metrics
  where ${metricColumns.map((c) => `${c.column} <> 0`).join(" or ")} order by 1, 2, 3`;
const scratchMetrics = `select day::text, owner_id, team_id, ${metricList} from (${dailyMetricsFromScratch}) s
  where ${metricColumns.map((c) => `${c.column} <> 0`).join(" or ")} order by 1, 2, 3`;
const keptStages = `select day::text, owner_id, team_id, stage_id, entered, exits, forward_exits, dwell_days
  from daily_stage_metrics where entered <> 0 or exits <> 0 order by 1, 2, 3, 4`;
const scratchStages = `select day::text, owner_id, team_id, stage_id, entered, exits, forward_exits, dwell_days
  from (${dailyStageMetricsFromScratch}) s order by 1, 2, 3, 4`;

describe("rollups", async () => {
  // A clock the test moves forward, so that writes land on many days (and across midnight in Tokyo).
  const now = new Date("2026-10-01T00:30:00Z");
  const { fixture, login, database } = await createTestApp({ now });
  // Sessions last a week: the test logs in again as its clock moves on.
  let admin = await login("admin@test.example");
  const rng = createRandom(7, "rollup-test");
  const { db } = database;
  const rows = async (query: string) => (await db.execute(sql.raw(query))).rows;

  const stageIds = ["lead", "first_meeting", "proposal", "won", "lost"].map((k) => fixture.stage(k).id);
  const people = [fixture.users.memberA1, fixture.users.memberA2, fixture.users.memberB].map(
    (u) => u?.id as string,
  );
  const outcomes: Record<string, (string | null)[]> = {
    call: ["not_reached", "reached", "effective_contact", "appointment_set"],
    email: ["sent", "opened", "clicked", "replied"],
    visit: ["scheduled", "held", "cancelled"],
    online_meeting: ["held", "cancelled"],
    other: [null],
  };
  const dealIds = Object.values(fixture.deals).map((d) => d?.id as string);
  const activityIds: string[] = [];

  async function ok(response: { statusCode: number; body: string }) {
    if (response.statusCode >= 300) throw new Error(`${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? null : JSON.parse(response.body);
  }
  const get = async (id: string) => ok(await admin.request("GET", `/api/v1/deals/${id}`));

  const writes: (() => Promise<unknown>)[] = [
    // A new deal, maybe with BANT.
    async () => {
      const bant = rng.chance(0.5)
        ? { bantBudget: "あり", bantAuthority: "部長", bantNeed: "効率化", bantTiming: "来期" }
        : {};
      const deal = await ok(
        await admin.request("POST", "/api/v1/deals", {
          name: `案件 ${rng.int(1, 9999)}`,
          ownerId: rng.pick(people),
          amount: rng.int(1, 50) * 100_000,
          expectedCloseDate: "2026-12-20",
          ...bant,
        }),
      );
      dealIds.push(deal.id);
    },
    // A stage move, forward or back, won or lost: forced by the admin with a reason.
    async () => {
      const deal = await get(rng.pick(dealIds));
      const to = rng.pick(stageIds.filter((s) => s !== deal.stageId));
      await ok(
        await admin.request("POST", `/api/v1/deals/${deal.id}/stage`, {
          stageId: to,
          version: deal.version,
          overrideReason: "テスト",
          lostReason: "price",
        }),
      );
    },
    // An edit of what a deal counts as: amount, owner (another team too), BANT.
    async () => {
      const deal = await get(rng.pick(dealIds));
      await ok(
        await admin.request("PATCH", `/api/v1/deals/${deal.id}`, {
          version: deal.version,
          ...(rng.chance(0.5) ? { amount: rng.int(1, 80) * 100_000 } : {}),
          ...(rng.chance(0.4) ? { ownerId: rng.pick(people) } : {}),
          ...(rng.chance(0.3) ? { bantBudget: rng.chance(0.5) ? null : "あり" } : {}),
        }),
      );
    },
    // A logged activity at some hour of the last days.
    async () => {
      const kind = rng.pick(Object.keys(outcomes));
      const occurredAt = new Date(now.getTime() - rng.int(0, 72) * 3_600_000).toISOString();
      const activity = await ok(
        await admin.request("POST", "/api/v1/activities", {
          kind,
          outcome: rng.pick(outcomes[kind] as (string | null)[]),
          ownerId: rng.pick(people),
          occurredAt,
          ...(rng.chance(0.5) ? { dealId: rng.pick(dealIds) } : {}),
        }),
      );
      activityIds.push(activity.id);
    },
    // A lead handed off to field sales, with the meeting date fixed or not.
    async () => {
      const lead = await ok(
        await admin.request("POST", "/api/v1/leads", {
          companyName: `見込み ${rng.int(1, 9999)}`,
          channel: "inbound_web",
          ownerId: rng.pick(people),
        }),
      );
      const deal = await ok(
        await admin.request("POST", `/api/v1/leads/${lead.id}/handoff`, {
          fsOwnerId: rng.pick(people),
          amount: rng.int(1, 50) * 100_000,
          expectedCloseDate: "2026-12-20",
          ...(rng.chance(0.7) ? { nextMeetingDate: "2026-10-30" } : {}),
        }),
      );
      dealIds.push(deal.id);
    },
    // A corrected outcome or time, or an activity deleted.
    async () => {
      if (activityIds.length === 0) return;
      const id = rng.pick(activityIds);
      const activity = await ok(await admin.request("GET", `/api/v1/activities/${id}`));
      if (rng.chance(0.3)) {
        await ok(await admin.request("DELETE", `/api/v1/activities/${id}?version=${activity.version}`));
        activityIds.splice(activityIds.indexOf(id), 1);
        return;
      }
      const shifted = new Date(new Date(activity.occurredAt).getTime() + rng.int(-30, 30) * 3_600_000);
      await ok(
        await admin.request("PATCH", `/api/v1/activities/${id}`, {
          version: activity.version,
          outcome: rng.pick(outcomes[activity.kind] as (string | null)[]),
          occurredAt: shifted.toISOString(),
        }),
      );
    },
  ];

  it("equal a from-scratch computation after 300 random writes over 20 days", async () => {
    for (let i = 0; i < 300; i++) {
      if (i % 15 === 14) {
        now.setTime(now.getTime() + (20 + rng.int(0, 8)) * 3_600_000);
      }
      if (i % 90 === 89) admin = await login("admin@test.example");
      await (rng.pick(writes) as () => Promise<unknown>)();
    }
    const kept = await rows(keptMetrics);
    expect(kept.length).toBeGreaterThan(30);
    expect(kept).toEqual(await rows(scratchMetrics));
    const keptStageRows = await rows(keptStages);
    expect(keptStageRows.length).toBeGreaterThan(10);
    expect(keptStageRows).toEqual(await rows(scratchStages));
  }, 120_000);

  it("give the metric engine the counts a raw scan gives, for every scope", async () => {
    const repo = createMetricsRepository(db);
    const range = { start: "2026-09-28", end: "2026-10-25", timeZone: "Asia/Tokyo" };
    const teamA = fixture.teams.teamA?.id as string;
    for (const scope of [{}, { teamIds: [teamA] }, { ownerId: people[0] as string }]) {
      const inputs = (await repo.inputs(scope, { ...range, byMonth: false })).get("all");
      const { deals: _, meetingsAgreed: __, ...counts } = inputs?.counts ?? {};
      expect(counts).toEqual(await scanCounts(db, scope, range));
    }
  });

  it("are rebuilt to the same rows, and reinstalling an unchanged definition keeps them", async () => {
    const before = await rows(keptMetrics);
    await rebuildRollups(db);
    expect(await rows(keptMetrics)).toEqual(before);
    expect(await installRollups(db)).toBe(false);
  });
});
