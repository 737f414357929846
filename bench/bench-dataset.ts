// The bench dataset: an embedded PostgreSQL under data/bench-<size> (or DATABASE_URL), generated once
// by the demo generator with a fixed seed and reused by later runs.
import path from "node:path";
import { connectDatabase } from "../src/db/client";
import { type DemoSize, seedDemo } from "../src/db/demo/seed-demo";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { migrateDatabase } from "../src/db/migrate";
import { dateInZone } from "../src/domain/calendar";
import { hashPassword } from "../src/server/modules/auth/auth.service";

export const BENCH_PASSWORD = "susumu-demo";
export const dataDirOf = (size: DemoSize) => path.resolve("data", `bench-${size}`);

export async function openBenchDatabase(size: DemoSize, log: (line: string) => void) {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(dataDirOf(size), log);
  const database = connectDatabase(process.env.DATABASE_URL ?? (embedded?.url as string), 40);
  await migrateDatabase(database.db);
  const { rows } = await database.pool.query<{ n: number }>("select count(*)::int as n from users");
  if ((rows[0]?.n ?? 0) === 0) {
    log(`Generating dataset ${size} (once; later runs reuse it) …`);
    const started = performance.now();
    await seedDemo(database.db, {
      size,
      today: dateInZone(new Date(), "Asia/Tokyo"),
      passwordHash: await hashPassword(BENCH_PASSWORD),
      log,
    });
    await database.pool.query("vacuum analyze");
    log(`Dataset ${size} generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return {
    database,
    url: process.env.DATABASE_URL ?? (embedded?.url as string),
    close: async () => {
      await database.close();
      await embedded?.stop();
    },
  };
}
