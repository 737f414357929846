import { connectDatabase } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import type { Config } from "../server/config";

export async function runMigrateCommand(config: Config) {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, console.log);
  const database = connectDatabase(config.databaseUrl ?? (embedded?.url as string), 1);
  try {
    await migrateDatabase(database.db);
    console.log("Migrations applied.");
  } finally {
    await database.close();
    await embedded?.stop();
  }
}
