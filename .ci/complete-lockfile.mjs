#!/usr/bin/env node
// The npm registry reachable here carries only the Linux x64 builds of some native packages
// (Next's SWC, Tailwind's oxide, unrs-resolver). `npm install` then leaves their other-platform
// optional siblings out of package-lock.json, and `npm ci` refuses the lockfile as out of sync.
// This adds each missing optional platform package as an entry tagged with its os/cpu, which
// npm skips on a non-matching machine and downloads normally on a matching one.
// Run after every `npm install` that changes dependencies: node .ci/complete-lockfile.mjs
import fs from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const packages = lock.packages;

const OS = [
  "darwin",
  "win32",
  "linux",
  "android",
  "freebsd",
  "openharmony",
  "sunos",
  "aix",
  "netbsd",
  "openbsd",
];
const CPU = {
  x64: "x64",
  arm64: "arm64",
  arm: "arm",
  ia32: "ia32",
  ppc64: "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loong64",
  wasm32: "wasm32",
};

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpuToken = parts.find((part) => part in CPU) ?? (parts.includes("wasm32") ? "wasm32" : undefined);
  return { os: os ? [os] : undefined, cpu: cpuToken ? [CPU[cpuToken]] : undefined };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[base] || packages[`node_modules/${name}`]) continue;
    const version = range.replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const { os, cpu } = platformOf(name);
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    packages[`node_modules/${name}`] = {
      version,
      ...(cpu ? { cpu } : {}),
      optional: true,
      ...(os ? { os } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} optional platform entries`);
