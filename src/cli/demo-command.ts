// `susumu demo --size S|M|L`: the bench datasets, from the same generator as the demo organisation.
import { z } from "zod";
import { connectDatabase } from "../db/client";
import { seedDemo } from "../db/demo/seed-demo";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { dateInZone } from "../domain/calendar";
import type { Config } from "../server/config";
import { hashPassword } from "../server/modules/auth/auth.service";

export async function runDemoCommand(
  config: Config,
  sizeArg: string | undefined,
  seedArg: string | undefined,
) {
  const size = z.enum(["demo", "S", "M", "L"]).parse(sizeArg);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, console.log);
  const database = connectDatabase(config.databaseUrl ?? (embedded?.url as string), 4);
  try {
    await migrateDatabase(database.db);
    const { rows } = await database.pool.query<{ n: number }>("select count(*)::int as n from users");
    if ((rows[0]?.n ?? 0) > 0)
      throw new Error("The database is not empty: the generator fills an empty database.");
    const started = performance.now();
    const summary = await seedDemo(database.db, {
      size,
      today: dateInZone(new Date(), "Asia/Tokyo"),
      passwordHash: await hashPassword(config.demoPassword),
      ...(seedArg ? { seed: Number(seedArg) } : {}),
      log: console.log,
    });
    console.log(JSON.stringify(summary));
    console.log(`Dataset ${size} generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
    await embedded?.stop();
  }
}
