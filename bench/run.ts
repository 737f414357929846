// `npm run bench [-- --size S|M]`: timed scenarios against the budgets of ARCHITECTURE.md on a generated
// dataset; prints a table and writes it to docs/PERFORMANCE.md with the command and the machine.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Board } from "../src/contract/deals";
import type { Pipeline, Team } from "../src/contract/directory";
import type { DemoSize } from "../src/db/demo/seed-demo";
import { buildApp, defaultWebRoot } from "../src/server/app";
import { BENCH_PASSWORD, dataDirOf, openBenchDatabase } from "./bench-dataset";
import { benchDashboards } from "./dashboard-bench";
import { benchForecast } from "./forecast-bench";
import { loginClient } from "./http-client";
import { benchImports } from "./import-bench";
import { benchInsideSales } from "./inside-sales-bench";
import { loadTest, timeRepeated } from "./measure";

type Row = { scenario: string; budget: string; result: string };
const log = (line: string) => console.log(line);
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const { values } = parseArgs({ options: { size: { type: "string", default: "M" } } });
  const size = values.size as DemoSize;
  const rows: Row[] = [];

  // The dataset first (generated once), then its cold start as `npm start` would do it.
  const prepared = await openBenchDatabase(size, log);
  const { rows: counts } = await prepared.database.pool.query<Record<string, number>>(
    `select (select count(*) from users)::int as users, (select count(*) from deals)::int as deals,
            (select count(*) from deal_stage_history)::int as "stageChanges", (select count(*) from activities)::int as activities`,
  );
  await prepared.close();
  if (!process.env.DATABASE_URL) {
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) starts.push(await timeStart(size));
    rows.push({
      scenario: `start to first answer, dataset ${size}, embedded`,
      budget: "≤ 3 s",
      result: ms(median(starts)),
    });
  }

  const bench = await openBenchDatabase(size, log);
  const app = await buildApp({ database: bench.database, loginRateLimit: 1000 });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  try {
    const admin = await loginClient(baseUrl, "admin@susumu.example", BENCH_PASSWORD);
    const pipelines = (await admin.call<Pipeline[]>("GET", "/api/v1/pipelines")).body;
    const pipeline = pipelines.find((p) => p.isDefault) ?? (pipelines[0] as Pipeline);

    // The budget's team board: a team of ≤ 500 open deals, the largest such team, seen by the admin.
    const teams = (await admin.call<Team[]>("GET", "/api/v1/teams")).body.filter((t) => t.kind === "team");
    const sized = await Promise.all(
      teams.map(async (team) => ({
        team,
        open: (
          await admin.call<{ total: number }>("GET", `/api/v1/deals?teamId=${team.id}&status=open&limit=1`)
        ).body.total,
      })),
    );
    const chosen = sized.filter((t) => t.open <= 500).sort((a, b) => b.open - a.open)[0] ?? sized[0];
    if (!chosen) throw new Error("no team to bench the board on");
    const boardUrl = `/api/v1/board?pipelineId=${pipeline.id}&teamId=${chosen.team.id}`;
    const teamBoard = await timeRepeated(() => admin.call<Board>("GET", boardUrl));
    rows.push({
      scenario: `team board (${chosen.open} open deals, one request)`,
      budget: "≤ 30 ms",
      result: `${ms(teamBoard.median)} (p95 ${ms(teamBoard.p95)})`,
    });
    const orgBoard = await timeRepeated(() => admin.call("GET", `/api/v1/board?pipelineId=${pipeline.id}`));
    rows.push({ scenario: "org board (admin, whole org)", budget: "—", result: ms(orgBoard.median) });
    const list = await timeRepeated(() =>
      admin.call("GET", "/api/v1/deals?status=open&sort=-amount&limit=50"),
    );
    rows.push({
      scenario: "deal list, org-wide, 50 rows sorted by amount",
      budget: "—",
      result: ms(list.median),
    });

    rows.push(...(await benchDashboards(admin, bench.database, chosen.team.id)));
    rows.push(...(await benchForecast(admin, bench.database, chosen.team.id)));
    rows.push(...(await benchInsideSales(admin, chosen.team.id)));

    const [sequential, concurrent] = await benchStageChanges(admin, pipeline);
    rows.push({
      scenario: "deal stage change over HTTP, 1 client",
      budget: "—",
      result: `${sequential.perSecond.toFixed(0)}/s, p99 ${ms(sequential.p99)}`,
    });
    rows.push({
      scenario: "deal stage change over HTTP, 32 concurrent clients",
      budget: "≥ 1,500/s, p99 ≤ 50 ms",
      result: `${concurrent.perSecond.toFixed(0)}/s, p99 ${ms(concurrent.p99)}`,
    });
  } finally {
    await app.close();
    await bench.close();
  }
  // Imports and exports run on their own fresh database with a minimal org.
  rows.push(...(await benchImports(log)));
  rows.push({
    scenario: "web: JavaScript on the first page (gzip)",
    budget: "≤ 350 KB",
    result: firstPageJs(),
  });

  const table = [
    "| scenario | budget | result |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.scenario} | ${r.budget} | ${r.result} |`),
  ];
  console.log(`\n${table.join("\n")}`);
  writeReport(size, counts[0] ?? {}, table);
}

/** Each client moves its own open deals back and forth between two open stages. Forward moves are
 *  forced by the admin with a reason: the gate is still evaluated in full, and history and audit written. */
async function benchStageChanges(admin: Awaited<ReturnType<typeof loginClient>>, pipeline: Pipeline) {
  const [from, to] = pipeline.stages.filter((s) => s.kind === "open").slice(1, 3);
  if (!from || !to) throw new Error("the pipeline needs two open stages");
  const page = await admin.call<{ items: { id: string; version: number }[] }>(
    "GET",
    `/api/v1/deals?pipelineId=${pipeline.id}&stageId=${from.id}&limit=640`,
  );
  const deals = page.body.items.map((d) => ({ ...d, stageId: from.id }));
  if (deals.length < 32) throw new Error("not enough open deals to bench stage changes");
  const run = async (clients: number, seconds: number) => {
    const sent = Array.from({ length: clients }, () => 0);
    return loadTest(clients, seconds, async (client) => {
      const mine = deals.filter((_, i) => i % clients === client);
      const count = sent[client] ?? 0;
      sent[client] = count + 1;
      const deal = mine[count % mine.length] as (typeof deals)[number];
      const target = deal.stageId === from.id ? to.id : from.id;
      const r = await admin.call<{ version: number }>("POST", `/api/v1/deals/${deal.id}/stage`, {
        stageId: target,
        version: deal.version,
        ...(target === to.id ? { overrideReason: "bench" } : {}),
      });
      if (r.status !== 200) throw new Error(`stage change: ${r.status} ${JSON.stringify(r.body)}`);
      deal.version = r.body.version;
      deal.stageId = target;
    });
  };
  return [await run(1, 5), await run(32, 10)] as const;
}

/** Spawns `susumu start` on the dataset and times until /readyz answers. */
async function timeStart(size: DemoSize): Promise<number> {
  const port = 39_000 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/susumu.mjs", "start"], {
    env: {
      ...process.env,
      SUSUMU_DATA_DIR: dataDirOf(size),
      SUSUMU_DEMO: "0",
      PORT: String(port),
      SUSUMU_LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error("the app did not start within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

/** The gzip size of the scripts index.html loads: the entry and its preloaded chunks. */
function firstPageJs(): string {
  const html = readFileSync(`${defaultWebRoot}/index.html`, "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(`${defaultWebRoot}/${file}`)).length,
    0,
  );
  return `${(bytes / 1024).toFixed(0)} KB (${files.length} files)`;
}

const END = "<!-- end of generated figures: notes below are kept by the bench -->";
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Rewrites the generated part of docs/PERFORMANCE.md, keeping the notes written below it. */
function writeReport(size: string, counts: Record<string, number>, table: string[]) {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const report = `# Performance

Measured by \`npm run bench\` (dataset ${size}; \`npm run bench -- --size S\` for a quick run) against the
budgets of \`../shared/ARCHITECTURE.md\`. Figures are medians of repeated runs unless marked p95 / p99.
The dataset is generated once from a fixed seed by the demo generator and kept under \`data/bench-${size}\`.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${machine}
- Dataset ${size}: ${counts.users} people, ${counts.deals} deals, ${counts.stageChanges} stage changes, ${counts.activities} activities
- Database: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL 18"}

${table.join("\n")}
`;
  const path = "docs/PERFORMANCE.md";
  const previous = existsSync(path) ? readFileSync(path, "utf8") : "";
  const notes = previous.includes(END) ? previous.slice(previous.indexOf(END)) : `${END}\n`;
  writeFileSync(path, `${report}\n${notes}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
