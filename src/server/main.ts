// config → database (embedded or DATABASE_URL) → migrations → demo data on first start → listen.
import { syncBuiltInKpis } from "../db/built-in-kpis";
import { connectDatabase, type Database } from "../db/client";
import { DEMO_LOGINS, seedDemo } from "../db/demo/seed-demo";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { dateInZone } from "../domain/calendar";
import { buildApp, defaultWebRoot } from "./app";
import type { Config } from "./config";
import { startJobQueue } from "./jobs/job-queue";
import { hashPassword } from "./modules/auth/auth.service";

const SEED_LOCK = 7_340_002;
const log = (line: string) => process.stdout.write(`${line}\n`);

export async function startServer(config: Config) {
  const started = performance.now();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const databaseUrl = config.databaseUrl ?? (embedded?.url as string);
  const database = connectDatabase(databaseUrl, 20);
  let jobs: Awaited<ReturnType<typeof startJobQueue>> | undefined;
  try {
    await migrateDatabase(database.db);
    if (config.demo) await seedDemoIfEmpty(database, config.demoPassword);
    await syncBuiltInKpis(database.db);
    // After the migrations: pg-boss keeps its own tables in the "pgboss" schema.
    if (config.jobs) jobs = await startJobQueue({ connectionString: databaseUrl });
  } catch (error) {
    await jobs?.stop();
    await database.close();
    await embedded?.stop();
    throw error;
  }

  const app = await buildApp({
    database,
    webRoot: defaultWebRoot,
    secureCookies: config.secureCookies,
    sessionHours: config.sessionHours,
    loginRateLimit: config.loginRateLimit,
    logger: { level: config.logLevel },
    jobs,
    publicUrl: config.publicUrl,
    webhookRetry: config.webhookRetry,
    mail: config.mail,
  });
  app.server.keepAliveTimeout = 65_000;
  await app.listen({ port: config.port, host: config.host });

  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  log(
    `Susumu is running at http://${host}:${config.port} (ready in ${Math.round(performance.now() - started)} ms)`,
  );
  log(`Database: ${config.databaseUrl ? "DATABASE_URL" : `embedded PostgreSQL in ${config.dataDir}`}`);
  log(`Alert e-mail: ${config.mail ? "over SMTP (SUSUMU_SMTP_URL)" : "off (SUSUMU_SMTP_URL is not set)"}`);
  if (config.demo) {
    log(`Demo logins (password "${config.demoPassword}"):`);
    log(`  admin   ${DEMO_LOGINS.admin}`);
    log(`  manager ${DEMO_LOGINS.manager}`);
    log(`  member  ${DEMO_LOGINS.member}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await jobs?.stop(); // lets running jobs finish (up to 15 s)
    await app.close();
    await database.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  return app;
}

/** The demo organisation on first start; the lock keeps two instances starting together from both seeding. */
async function seedDemoIfEmpty(database: Database, password: string) {
  const lock = await database.pool.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [SEED_LOCK]);
    const { rows } = await lock.query<{ n: number }>("select count(*)::int as n from users");
    if ((rows[0]?.n ?? 0) > 0) return;
    log("Creating the demo organisation …");
    const summary = await seedDemo(database.db, {
      size: "demo",
      today: dateInZone(new Date(), "Asia/Tokyo"),
      passwordHash: await hashPassword(password),
    });
    log(
      `Demo organisation created: ${summary.users} people, ${summary.deals} deals, ${summary.activities} activities`,
    );
  } finally {
    await lock.query("select pg_advisory_unlock($1)", [SEED_LOCK]).catch(() => {});
    lock.release();
  }
}
