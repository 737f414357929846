// A fresh database per test file, cloned from the migrated template (fast: no migrations per file).
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { connectDatabase, type Database } from "../db/client";
import { withDatabase } from "./global-setup";

export async function createTestDatabase(): Promise<Database & { url: string }> {
  const adminUrl = inject("pgAdminUrl");
  const name = `susumu_t_${randomBytes(6).toString("hex")}`;
  const admin = connectDatabase(adminUrl, 1);
  await admin.pool.query(`create database "${name}" template "${inject("pgTemplate")}"`);
  const url = withDatabase(adminUrl, name);
  const database = connectDatabase(url, 5);
  afterAll(async () => {
    await database.close();
    await admin.pool.query(`drop database if exists "${name}" with (force)`);
    await admin.close();
  });
  return { ...database, url };
}
