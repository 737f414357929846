// `susumu rollups rebuild`: recomputes every rollup row from the raw tables in one transaction (after
// a bulk load that bypassed the triggers, or a change of the org's time zone).
import { connectDatabase } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { rebuildRollups } from "../db/rollups/rollups";
import type { Config } from "../server/config";

export async function runRollupsCommand(config: Config, action: string | undefined) {
  if (action !== "rebuild") throw new Error("Usage: susumu rollups rebuild");
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, console.log);
  const database = connectDatabase(config.databaseUrl ?? (embedded?.url as string), 1);
  try {
    await migrateDatabase(database.db);
    const started = Date.now();
    await database.db.transaction((tx) => rebuildRollups(tx));
    console.log(`Rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
    await embedded?.stop();
  }
}
