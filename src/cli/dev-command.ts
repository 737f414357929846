// `npm run dev`: the API on PORT and the Vite dev server (hot reload) in front of it on PORT + 1.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../server/config";
import { startServer } from "../server/main";

export async function startDev(config: Config) {
  await startServer(config);
  process.env.SUSUMU_API_PORT = String(config.port);
  const { createServer } = await import("vite");
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const vite = await createServer({
    configFile: path.join(root, "vite.config.ts"),
    server: { port: config.port + 1 },
  });
  await vite.listen();
  vite.printUrls();
}
