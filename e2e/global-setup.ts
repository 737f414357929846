// End-to-end setup: the built web app served by the real server over a fresh database holding the demo
// organisation (the embedded PostgreSQL, or TEST_DATABASE_URL's server).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureWebBuild } from "../src/cli/web-build";
import { connectDatabase } from "../src/db/client";
import { seedDemo } from "../src/db/demo/seed-demo";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { migrateDatabase } from "../src/db/migrate";
import { dateInZone } from "../src/domain/calendar";
import { buildApp, defaultWebRoot } from "../src/server/app";
import { startJobQueue } from "../src/server/jobs/job-queue";
import { hashPassword } from "../src/server/modules/auth/auth.service";
import { withDatabase } from "../src/test/global-setup";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const E2E_PASSWORD = "e2e-password";

export default async function setup(project: TestProject) {
  await ensureWebBuild();
  let adminUrl = process.env.TEST_DATABASE_URL;
  let tempDir: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "susumu-e2e-"));
    const embedded = await startEmbeddedPostgres(tempDir, () => {});
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const name = `susumu_e2e_${process.pid}_${Date.now()}`;
  const admin = connectDatabase(adminUrl, 1);
  await admin.pool.query(`create database "${name}"`);
  const database = connectDatabase(withDatabase(adminUrl, name), 10);
  await migrateDatabase(database.db);
  await seedDemo(database.db, {
    size: "demo",
    today: dateInZone(new Date(), "Asia/Tokyo"),
    passwordHash: await hashPassword(E2E_PASSWORD),
  });
  // The job queue too, as `npm start` runs it: the forecast's snapshots and back-fill fill the
  // accuracy section while the tests run.
  const jobs = await startJobQueue({ connectionString: withDatabase(adminUrl, name), maxConnections: 3 });
  const app = await buildApp({ database, webRoot: defaultWebRoot, jobs });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  project.provide("baseUrl", `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);

  return async () => {
    await app.close();
    await jobs.stop();
    await database.close();
    await admin.pool.query(`drop database if exists "${name}" with (force)`);
    await admin.close();
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
