// `npm start` serves the built web app; build it first when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sources = ["src/web", "src/contract", "src/domain", "vite.config.ts"].map((p) => path.join(root, p));

function newestChange(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

export async function ensureWebBuild() {
  const index = path.join(root, "dist/web/index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(...sources.filter(existsSync).map(newestChange))) return;
  process.stdout.write("Building the web app …\n");
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "error" });
}
