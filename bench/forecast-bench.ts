// The forecast scenarios: the forecast of the org, a team and a person over HTTP (warm), the
// simulation alone for 10,000 open deals, the daily snapshot job for every scope, and the replay
// that back-fills a new org's accuracy figures.
import type { Forecast } from "../src/contract/forecast";
import type { Database } from "../src/db/client";
import { dateInZone } from "../src/domain/calendar";
import { forecastLanding } from "../src/domain/forecast/landing-forecast";
import { DEFAULT_RUNS } from "../src/domain/forecast/monte-carlo";
import { createDirectoryRepository } from "../src/server/modules/directory/directory.repository";
import { createForecastRepository } from "../src/server/modules/forecast/forecast.repository";
import { createForecastHistory } from "../src/server/modules/forecast/forecast-history";
import { createForecastSnapshots } from "../src/server/modules/forecast/forecast-snapshots";
import { createMetricsRepository } from "../src/server/modules/metrics/metrics.repository";
import { createMetricsService } from "../src/server/modules/metrics/metrics.service";
import { createTargetRepository } from "../src/server/modules/targets/targets.repository";
import type { loginClient } from "./http-client";
import { timeRepeated } from "./measure";

type Client = Awaited<ReturnType<typeof loginClient>>;
type Row = { scenario: string; budget: string; result: string };
const ms = (value: number) => `${value.toFixed(1)} ms`;
const TIME_ZONE = "Asia/Tokyo";

export async function benchForecast(admin: Client, database: Database, teamId: string): Promise<Row[]> {
  const rows: Row[] = [];
  const org = (await admin.call<Forecast>("GET", "/api/v1/forecast")).body;
  const person = org.people.find((p) => p.total.count > 0);
  const scopes = [
    { name: "org", param: "org", budget: "≤ 300 ms" },
    { name: "team", param: `team:${teamId}`, budget: "—" },
    { name: "person", param: person?.ref.scope ?? "org", budget: "—" },
  ];
  for (const scope of scopes) {
    const timing = await timeRepeated(
      () => admin.call("GET", `/api/v1/forecast?scope=${scope.param}`),
      20,
      3,
    );
    rows.push({
      scenario: `forecast, ${scope.name}, current month (warm)`,
      budget: scope.budget,
      result: `${ms(timing.median)} (p95 ${ms(timing.p95)})`,
    });
  }

  const db = database.db;
  const repo = createForecastRepository(db);
  const history = createForecastHistory(repo);
  const directory = createDirectoryRepository(db);
  const targets = createTargetRepository(db);
  const clock = { now: () => new Date() };
  const metrics = createMetricsService({ repo: createMetricsRepository(db), directory, targets, clock });
  const today = dateInZone(clock.now(), TIME_ZONE);

  const deals = (await repo.openDeals({}, today, TIME_ZONE)).slice(0, 10_000);
  const histories = await history.historiesAsOf(today, 12, TIME_ZONE);
  const simulation = await timeRepeated(
    async () =>
      forecastLanding({
        deals,
        histories: histories.byStage,
        period: org.period,
        today,
        wonToDate: 0,
        runs: DEFAULT_RUNS,
        seed: 1,
      }),
    10,
    2,
  );
  rows.push({
    scenario: `forecast simulation alone: ${deals.length.toLocaleString("en")} open deals × ${DEFAULT_RUNS.toLocaleString("en")} runs`,
    budget: "≤ 500 ms",
    result: ms(simulation.median),
  });

  const snapshots = createForecastSnapshots({ repo, history, metrics, directory, targets });
  const started = performance.now();
  const taken = await snapshots.takeSnapshots(today);
  rows.push({
    scenario: `daily snapshot job, every scope (${taken} snapshots: org, teams, people × month, quarter)`,
    budget: "≤ 30 s",
    result: `${((performance.now() - started) / 1000).toFixed(1)} s`,
  });
  // The back-fill runs once per period; measured from scratch.
  await database.pool.query("delete from forecast_snapshots where source = 'replay'");
  const replayStarted = performance.now();
  const periods = await snapshots.replayClosedPeriods(today);
  rows.push({
    scenario: `first-start back-fill: replay of ${periods} closed months and quarters from stage history, every scope`,
    budget: "—",
    result: `${((performance.now() - replayStarted) / 1000).toFixed(1)} s`,
  });
  return rows;
}
