#!/usr/bin/env node
// `npm test`: every Vitest project. Browser tests need Chromium: without it they are skipped, said so
// on a line of its own, except under CI=true, where a missing browser is a failure.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.SUSUMU_CHROMIUM,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const chromium = candidates.find((path) => path && existsSync(path));
const args = process.argv.slice(2);
const onlyE2e = args.includes("e2e");
const env = { ...process.env };

if (chromium) {
  env.SUSUMU_CHROMIUM = chromium;
} else if (process.env.CI === "true") {
  console.error("Chromium not found: the browser tests cannot run, and under CI=true that is a failure.");
  process.exit(1);
} else {
  console.log("Chromium not found: skipping the browser tests (install Debian's chromium to run them).");
  if (onlyE2e) process.exit(0);
  args.push("--project", "unit");
}

const result = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env });
process.exit(result.status ?? 1);
