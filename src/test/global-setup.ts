// Vitest global setup: one PostgreSQL for the whole run (the server named by TEST_DATABASE_URL, or an
// embedded one in a temporary folder) and one migrated template database that each test file clones.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "susumu-test-"));
    const embedded = await startEmbeddedPostgres(tempDir, () => {});
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const template = `susumu_tpl_${process.pid}_${Date.now()}`;
  const admin = connectDatabase(adminUrl, 1);
  await admin.pool.query(`create database "${template}"`);
  const tpl = connectDatabase(withDatabase(adminUrl, template), 1);
  await migrateDatabase(tpl.db);
  await tpl.close();
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);

  return async () => {
    await admin.pool.query(`drop database if exists "${template}" with (force)`);
    await admin.close();
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
