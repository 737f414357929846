// Import and export scenarios (issue 9): CSVs of deals and activities generated at run time (streamed to
// a temporary folder), uploaded through the real HTTP API to a listening server on a fresh database with a
// minimal org, timed from upload start to `done` with the process's peak RSS; a plain PostgreSQL COPY of
// the same file into an unindexed table as the limit; then the deal export (CSV, xlsx) read whole.
// Alone: `npx tsx bench/import-bench.ts [--activities 1000000]`; `npm run bench` calls `benchImports`.
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, openAsBlob } from "node:fs";
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { from as copyFrom } from "pg-copy-streams";
import type { ImportRun } from "../src/contract/imports";
import { connectDatabase, type Database } from "../src/db/client";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { migrateDatabase } from "../src/db/migrate";
import type { ImportKind } from "../src/domain/imports/import-fields";
import { buildApp } from "../src/server/app";
import { createFixtureOrg, PASSWORD } from "../src/test/fixtures";

type Row = { scenario: string; budget: string; result: string };
type Session = { baseUrl: string; cookie: string; csrfToken: string };
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
/** The peak and how far it rose above the process's RSS when the scenario started. */
const rss = (m: { startRss: number; peakRss: number }) =>
  `${mib(m.peakRss)} (+${mib(m.peakRss - m.startRss)})`;
const count = (n: number) => n.toLocaleString("en-US");

export async function benchImports(log: (line: string) => void, options: { activities?: number } = {}) {
  const activityRows = options.activities ?? 1_000_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), "susumu-import-bench-"));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  const target = await openFreshDatabase(dir, log).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const app = await buildApp({ database: target.database, loginRateLimit: 1000 });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const rows: Row[] = [];
  try {
    const pool = target.database.pool;
    await createFixtureOrg(target.database.db);
    const owners = (await pool.query<{ email: string }>("select email from users order by email")).rows.map(
      (r) => r.email,
    );
    const stageNames = (
      await pool.query<{ name: string }>(
        `select s.name from stages s join pipelines p on p.id = s.pipeline_id
         where p.is_default and s.kind = 'open' order by s.sort_order`,
      )
    ).rows.map((r) => r.name);
    const session = await login(baseUrl, "admin@test.example", PASSWORD);

    const scenarios: { kind: ImportKind; rows: number; budget: string }[] = [
      { kind: "deals", rows: 10_000, budget: "—" },
      { kind: "deals", rows: 100_000, budget: "≤ 4 s" },
      { kind: "activities", rows: 10_000, budget: "—" },
      { kind: "activities", rows: activityRows, budget: activityRows === 1_000_000 ? "≤ 40 s" : "—" },
    ];
    for (const [i, scenario] of scenarios.entries()) {
      const file = path.join(dir, `${scenario.kind}-${scenario.rows}.csv`);
      const generated = performance.now();
      await writeCsv(file, scenario.kind === "deals" ? dealLines : activityLines, scenario.rows, {
        prefix: `b${i}-`,
        owners,
        stageNames,
      });
      const size = (await stat(file)).size;
      log(
        `${scenario.kind} ${count(scenario.rows)}: ${mib(size)} CSV generated in ${seconds(performance.now() - generated)}`,
      );
      const imported = await withPeakRss(() => importFile(session, file, scenario.kind));
      const run = imported.value;
      if (run.status !== "done" || run.counts.created !== scenario.rows) {
        throw new Error(
          `import ${scenario.kind} ${scenario.rows}: ${run.status} ${JSON.stringify(run.counts)} ${JSON.stringify(run.failure ?? run.errors.slice(0, 3))}`,
        );
      }
      const copied = await copyIntoTable(target.database, file, scenario.kind);
      log(
        `  import ${seconds(imported.ms)}, peak RSS ${mib(imported.peakRss)} (from ${mib(imported.startRss)}); COPY ${seconds(copied)}`,
      );
      rows.push(
        {
          scenario: `import ${count(scenario.rows)} ${scenario.kind} (CSV ${mib(size)}, HTTP upload to done)`,
          budget: scenario.budget,
          result: `${seconds(imported.ms)}, peak RSS ${rss(imported)}`,
        },
        {
          scenario: `same CSV by plain COPY into an unindexed table`,
          budget: "(limit)",
          result: seconds(copied),
        },
      );
      await rm(file, { force: true });
    }

    const total = (await pool.query<{ n: number }>("select count(*)::int as n from deals")).rows[0]?.n ?? 0;
    for (const format of ["csv", "xlsx"] as const) {
      const exported = await withPeakRss(() => download(session, `/api/v1/deals/export?format=${format}`));
      log(
        `export ${format}: ${mib(exported.value)} in ${seconds(exported.ms)}, peak RSS ${mib(exported.peakRss)}`,
      );
      rows.push({
        scenario: `deal export, ${format}, admin, all ${count(total)} deals (${mib(exported.value)})`,
        budget: "—",
        result: `${seconds(exported.ms)}, peak RSS ${rss(exported)}`,
      });
    }
  } finally {
    await app.close();
    await target.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

/** A new database: an embedded PostgreSQL in the temporary folder, or one created on DATABASE_URL. */
async function openFreshDatabase(dir: string, log: (line: string) => void) {
  if (process.env.DATABASE_URL) {
    const name = `susumu_import_bench_${randomBytes(4).toString("hex")}`;
    const admin = connectDatabase(process.env.DATABASE_URL, 1);
    await admin.pool.query(`create database "${name}"`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    const database = connectDatabase(url.toString(), 20);
    await migrateDatabase(database.db);
    return {
      database,
      close: async () => {
        await database.close();
        await admin.pool.query(`drop database if exists "${name}" with (force)`);
        await admin.close();
      },
    };
  }
  const embedded = await startEmbeddedPostgres(path.join(dir, "db"), log);
  const database = connectDatabase(embedded.url, 20);
  await migrateDatabase(database.db);
  return {
    database,
    close: async () => {
      await database.close();
      await embedded.stop();
    },
  };
}

type Vocabulary = { prefix: string; owners: string[]; stageNames: string[] };
const pick = <T>(values: T[], i: number) => values[i % values.length] as T;
const pad = (n: number) => String(n).padStart(2, "0");
/** "2026/04/01 10:00"-style times spread over a year, deterministic in the row number. */
const when = (i: number) => {
  const day = new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000);
  return `${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1)}/${pad(day.getUTCDate())} ${pad(9 + (i % 9))}:${pad((i * 7) % 60)}`;
};

const dealLines = {
  header: "外部ID,案件名,ステージ,金額,受注予定日,担当者,作成日",
  line: (i: number, v: Vocabulary) =>
    `${v.prefix}D${i},案件 ${i} 生産管理システム導入,${pick(v.stageNames, i)},${((i * 7919) % 500) * 10_000 + 100_000},${when(i * 3 + 90).slice(0, 10)},${pick(v.owners, i)},${when(i)}`,
};
const activityKinds = [
  ["架電", "接続"],
  ["架電", "不通"],
  ["メール", "送信"],
  ["訪問", ""],
] as const;
const activityLines = {
  header: "外部ID,種類,結果,日時,担当者",
  line: (i: number, v: Vocabulary) => {
    const [kind, outcome] = pick([...activityKinds], i);
    return `${v.prefix}A${i},${kind},${outcome},${when(i)},${pick(v.owners, Math.floor(i / 4))}`;
  },
};

/** Streams the CSV to disk in chunks of 1,000 lines: the whole file is never in memory. */
async function writeCsv(
  file: string,
  format: { header: string; line: (i: number, v: Vocabulary) => string },
  rows: number,
  vocabulary: Vocabulary,
) {
  async function* chunks() {
    yield `${format.header}\n`;
    for (let start = 0; start < rows; start += 1000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + 1000); i++) lines.push(format.line(i, vocabulary));
      yield `${lines.join("\n")}\n`;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
}

/** Runs `work` while sampling this process's RSS every 100 ms (the server runs in this process). */
async function withPeakRss<T>(work: () => Promise<T>) {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { value, ms, startRss, peakRss };
  } finally {
    clearInterval(timer);
  }
}

async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { baseUrl, cookie, csrfToken };
}

/** Uploads the file as the page does (multipart, the file part streamed from disk) and polls the run. */
async function importFile(session: Session, file: string, kind: ImportKind): Promise<ImportRun> {
  const form = new FormData();
  form.append("kind", kind);
  form.append("preset", "susumu");
  form.append("dryRun", "false");
  form.append("file", await openAsBlob(file, { type: "text/csv" }), path.basename(file));
  const headers = { cookie: session.cookie, "x-csrf-token": session.csrfToken };
  const started = await fetch(`${session.baseUrl}/api/v1/imports`, { method: "POST", headers, body: form });
  if (started.status !== 202) throw new Error(`upload: ${started.status} ${await started.text()}`);
  let run = (await started.json()) as ImportRun;
  while (run.status === "queued" || run.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const polled = await fetch(`${session.baseUrl}/api/v1/imports/${run.id}`, { headers });
    run = (await polled.json()) as ImportRun;
  }
  return run;
}

/** Reads the whole body; returns its size in bytes. */
async function download(session: Session, url: string): Promise<number> {
  const response = await fetch(`${session.baseUrl}${url}`, {
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
  });
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const reader = response.body.getReader();
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  return bytes;
}

const copyTables: Record<string, string> = {
  deals: `external_id text, name text, stage text, amount numeric, expected_close_date date, owner text, created_at timestamptz`,
  activities: `external_id text, kind text, outcome text, occurred_at timestamptz, owner text`,
};

/** The limit: the same CSV by COPY into an unindexed table of typed columns, timed from the file. */
async function copyIntoTable(database: Database, file: string, kind: ImportKind): Promise<number> {
  const client = await database.pool.connect();
  try {
    await client.query(`drop table if exists bench_copy; create table bench_copy (${copyTables[kind]})`);
    await client.query("set timezone = 'Asia/Tokyo'");
    const started = performance.now();
    await pipeline(
      createReadStream(file),
      client.query(copyFrom("copy bench_copy from stdin with (format csv, header true)")),
    );
    const ms = performance.now() - started;
    await client.query("drop table bench_copy; reset timezone");
    return ms;
  } finally {
    client.release();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { activities: { type: "string", default: "1000000" } } });
  benchImports((line) => console.log(line), { activities: Number(values.activities) })
    .then((rows) => {
      console.log(
        `\n| scenario | budget | result |\n|---|---|---|\n${rows.map((r) => `| ${r.scenario} | ${r.budget} | ${r.result} |`).join("\n")}`,
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
