// Installs the rollup triggers and rebuilds the rollups from scratch when their definition changed
// (or on demand: `susumu rollups rebuild`).
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rebuildRollupsSql } from "./rollup-rebuild";
import { rollupTriggerSql } from "./rollup-triggers";

const fingerprint = `rollups ${createHash("sha256").update(rollupTriggerSql).update(rebuildRollupsSql).digest("hex").slice(0, 16)}`;

/** Creates or replaces the triggers; recomputes the rollups if they were kept by another definition. */
export async function installRollups(db: Executor) {
  const { rows } = await db.execute<{ installed: string | null }>(
    sql`select obj_description(to_regprocedure('susumu_org_time_zone()'), 'pg_proc') as installed`,
  );
  if (rows[0]?.installed === fingerprint) return false;
  await db.execute(sql.raw(rollupTriggerSql));
  await rebuildRollups(db);
  await db.execute(sql.raw(`comment on function susumu_org_time_zone() is '${fingerprint}'`));
  return true;
}

/** Recomputes every rollup row from the raw tables, in the caller's transaction. */
export async function rebuildRollups(db: Executor) {
  await db.execute(sql.raw(rebuildRollupsSql));
}

const rollupTables = ["activities", "handoffs", "deals", "deal_stage_history"];

/** Row triggers off for a bulk load of empty tables; the caller rebuilds the rollups afterwards. */
export async function withoutRollupTriggers<T>(
  db: { query: (text: string) => Promise<unknown> },
  load: () => Promise<T>,
) {
  for (const table of rollupTables) await db.query(`alter table ${table} disable trigger user`);
  const result = await load();
  for (const table of rollupTables) await db.query(`alter table ${table} enable trigger user`);
  return result;
}
