import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(ROOT, ".next", "registry-source-hash");

async function listFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return [];
  if (stat.isFile()) return [target];
  const entries = await fs.readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries.filter((entry) => !SKIP.has(entry.name)).map((entry) => listFiles(path.join(target, entry.name))),
  );
  return nested.flat();
}

/** A hash of everything the production build is made from. */
export async function sourceHash(): Promise<string> {
  const files = (await Promise.all(SOURCES.map((source) => listFiles(path.join(ROOT, source)))))
    .flat()
    .sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(await fs.readFile(file));
  }
  return hash.digest("hex");
}

/** True when .next holds a production build of exactly the current sources. */
export async function isBuildFresh(hash: string): Promise<boolean> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return false;
  const stamp = await fs.readFile(STAMP, "utf8").catch(() => "");
  return stamp.trim() === hash;
}

export async function markBuildFresh(hash: string): Promise<void> {
  await fs.writeFile(STAMP, hash + "\n");
}
