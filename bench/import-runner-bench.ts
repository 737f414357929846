// One import run without HTTP, in a process of its own, so that its peak RSS (VmHWM) is the import's:
// `npx tsx bench/import-runner-bench.ts <file.csv> <kind>` on a fresh database (DATABASE_URL, default
// the machine's PostgreSQL) with the test fixture org. Prints the time, the counts and the peak RSS.
import { copyFile, readFile } from "node:fs/promises";
import { connectDatabase } from "../src/db/client";
import { migrateDatabase } from "../src/db/migrate";
import type { ImportKind } from "../src/domain/imports/import-fields";
import { importPlans } from "../src/server/modules/imports/import-plans";
import { createImportRunner } from "../src/server/modules/imports/import-runner";
import { createImportRepository } from "../src/server/modules/imports/imports.repository";
import { createFixtureOrg } from "../src/test/fixtures";

const [file, kind = "deals"] = process.argv.slice(2) as [string, ImportKind];
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const name = `susumu_import_runner_bench`;
const admin = connectDatabase(serverUrl, 1);
await admin.pool.query(`drop database if exists ${name} with (force)`);
await admin.pool.query(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const database = connectDatabase(url.toString(), 10);
await migrateDatabase(database.db);
const { users } = await createFixtureOrg(database.db);
const me = users.admin as NonNullable<typeof users.admin>;
const repo = createImportRepository(database.db);
const runner = createImportRunner({ pool: database.pool, repo, plans: importPlans });
const caller = {
  userId: me.id,
  role: "admin" as const,
  teamId: me.teamId,
  locale: "ja" as const,
  timeZone: "Asia/Tokyo",
  csrfToken: null,
  access: { read: { all: true as const }, write: { all: true as const } },
  user: {
    id: me.id,
    email: me.email,
    name: me.name,
    nameEn: null,
    role: "admin" as const,
    teamId: me.teamId,
    locale: "ja" as const,
  },
};
const spooled = `${file}.run`;
await copyFile(file, spooled); // the run deletes its spool file
const id = await repo.create({
  kind,
  preset: "susumu",
  fileName: file,
  fileFormat: "csv",
  dryRun: false,
  mapping: {},
  createdBy: me.id,
});
const started = performance.now();
await runner.run({
  id,
  kind,
  preset: "susumu",
  path: spooled,
  fileName: file,
  format: "csv",
  encoding: "utf-8",
  dryRun: false,
  mapping: {},
  caller: caller as never,
});
const ms = performance.now() - started;
const run = await repo.find(id);
const peak = (await readFile("/proc/self/status", "utf8")).match(/VmHWM:\s+(\d+)/)?.[1];
console.log(
  `${kind} ${file}: ${(ms / 1000).toFixed(2)} s, ${run?.status} ${JSON.stringify(run?.counts)}, peak RSS ${Math.round(Number(peak) / 1024)} MiB`,
);
await database.close();
await admin.pool.query(`drop database if exists ${name} with (force)`);
await admin.close();
