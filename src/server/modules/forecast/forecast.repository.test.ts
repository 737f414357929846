// The forecast's reads on a real database: the closed history by stage and age band, and the deals
// that were open on a past day in the stage they had then.
import { describe, expect, it } from "vitest";
import { AGE_BANDS } from "../../../domain/forecast/win-history";
import { createFixtureOrg } from "../../../test/fixtures";
import { addForecastData } from "../../../test/forecast-fixture";
import { createTestDatabase } from "../../../test/test-database";
import { createForecastRepository } from "./forecast.repository";

describe("the forecast repository", async () => {
  const database = await createTestDatabase();
  const fixture = await createFixtureOrg(database.db);
  const { proposal } = await addForecastData(database.db, fixture);
  const repo = createForecastRepository(database.db);
  const stage = (key: string) => fixture.stage(key).id;

  it("counts the closed deals per stage and age band they reached, with the winners' days to close", async () => {
    const cells = await repo.historyCells("2025-11-10", "2026-11-11", "Asia/Tokyo", AGE_BANDS);
    const sorted = (rows: typeof cells) =>
      [...rows].sort((a, b) => a.stageId.localeCompare(b.stageId) || Number(a.won) - Number(b.won));
    // Proposal: 10 days there (only the 0-day band), 24 won 10 days after entering, 16 lost.
    // Lead: 5 days there, 20 deals, 12 won 15 days after entering. No stage held anyone 14 days.
    expect(sorted(cells)).toEqual(
      sorted([
        { stageId: stage("proposal"), ageFrom: 0, won: true, daysToClose: 10, count: 24 },
        { stageId: stage("proposal"), ageFrom: 0, won: false, daysToClose: null, count: 16 },
        { stageId: stage("lead"), ageFrom: 0, won: true, daysToClose: 15, count: 12 },
        { stageId: stage("lead"), ageFrom: 0, won: false, daysToClose: null, count: 8 },
      ]),
    );
    // Only deals closed within the range count: up to 1 September there were 21 closes.
    const early = await repo.historyCells("2025-11-10", "2026-09-01", "Asia/Tokyo", AGE_BANDS);
    expect(early.filter((c) => c.stageId === stage("proposal")).reduce((n, c) => n + c.count, 0)).toBe(21);
  });

  it("finds the deals open at the end of a past day, in the stage and age they had then", async () => {
    // End of 20 October 2026 in Tokyo: the 39th closed deal (closing 23 Oct, in proposal since noon on
    // 13 Oct: 7.5 days) and the 40th (closing 26 Oct, in proposal since 16 Oct: 4.5 days) were open;
    // the 38th closed that day, and the open fixture deals have no stage history to place them.
    const open = await repo.openDealsOn("2026-10-20", "Asia/Tokyo");
    expect(open.map((d) => [d.stageId, d.ageDays, d.stageProbability]).sort()).toEqual(
      [
        [stage("proposal"), 7, 60],
        [stage("proposal"), 4, 60],
      ].sort(),
    );
    expect(open.some((d) => d.id === proposal.id)).toBe(false);
  });

  it("changes its fingerprint when a deal closes", async () => {
    const before = await repo.closedFingerprint();
    await database.pool.query(
      "update deals set status = 'won', stage_id = $2, closed_at = now() where id = $1",
      [proposal.id, stage("won")],
    );
    expect(await repo.closedFingerprint()).not.toBe(before);
  });
});
