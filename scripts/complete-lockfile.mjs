#!/usr/bin/env node
// npm 11's `npm ci` wants every platform package of an optional-dependency map in package-lock.json, but
// a registry that serves only this machine's platform lets `npm install` record only those
// (npm/cli#4828). This adds the missing entries, marked optional with their os / cpu / libc read from
// the package name, so that `npm ci` accepts the lock and skips them everywhere they do not apply.
// Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
const oses = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "openharmony",
  "win32",
  "sunos",
  "aix",
  "netbsd",
];
const cpus = {
  arm64: "arm64",
  x64: "x64",
  ia32: "ia32",
  arm: "arm",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
};

let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${where}/${key}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.find((p) => oses.includes(p));
    const cpu = parts.map((p) => cpus[p]).find(Boolean);
    if (!os || !cpu) continue; // not a platform package: leave it to npm
    const libc =
      parts.includes("musl") || parts.includes("musleabihf")
        ? ["musl"]
        : os === "linux"
          ? ["glibc"]
          : undefined;
    packages[key] = {
      version,
      cpu: [cpu],
      license: "MIT",
      optional: true,
      os: [os],
      ...(libc ? { libc } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
