// `susumu <command>`: start (default), dev, demo, migrate, rollups rebuild.
import { parseArgs } from "node:util";
import { loadConfig } from "../server/config";

const usage = `Usage: susumu <command> [options]

  start                 run the app (embedded PostgreSQL unless DATABASE_URL is set)
  dev                   run the API and the Vite dev server with hot reload
  demo --size S|M|L     fill an empty database with a generated dataset (DATABASE_URL, or embedded)
  migrate               apply the database migrations and exit
  rollups rebuild       recompute the dashboard rollups from the raw tables
`;

async function main() {
  const [command = "start", ...rest] = process.argv.slice(2);
  const config = loadConfig();
  switch (command) {
    case "start": {
      const { ensureWebBuild } = await import("./web-build");
      await ensureWebBuild();
      const { startServer } = await import("../server/main");
      await startServer(config);
      return;
    }
    case "dev": {
      const { startDev } = await import("./dev-command");
      await startDev(config);
      return;
    }
    case "demo": {
      const { values } = parseArgs({
        args: rest,
        options: { size: { type: "string", default: "S" }, seed: { type: "string" } },
      });
      const { runDemoCommand } = await import("./demo-command");
      await runDemoCommand(config, values.size, values.seed);
      return;
    }
    case "migrate": {
      const { runMigrateCommand } = await import("./migrate-command");
      await runMigrateCommand(config);
      return;
    }
    case "rollups": {
      const { runRollupsCommand } = await import("./rollups-command");
      await runRollupsCommand(config, rest[0]);
      return;
    }
    default:
      process.stdout.write(usage);
      process.exitCode = command === "help" || command === "--help" ? 0 : 2;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
