import fs from "node:fs";
import path from "node:path";
import { parseSourceDocument } from "../../lib/ingest/parse-document";
import type { ProjectRecord } from "../../lib/schemas/record";

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

export const SEED_FILES = {
  S21894: "000_f88ed30c669579c5.txt",
  webPage: "001_a543c4b04a9efd29.txt",
  S22821: "002_41664c9fbd1318cb.txt",
  S21854: "003_a393f82d062199e7.txt",
  S22837: "004_7bc8e0b2aa23f818.txt",
} as const;

export function seedPath(key: keyof typeof SEED_FILES): string {
  return path.join(SEEDS_DIR, SEED_FILES[key]);
}

export function readSeed(key: keyof typeof SEED_FILES): string {
  return fs.readFileSync(seedPath(key), "utf8");
}

/** The four seed projects' canonical records, as `npm run parse` gives them. */
export async function parseSeedProjects(): Promise<ProjectRecord[]> {
  const records: ProjectRecord[] = [];
  for (const file of Object.values(SEED_FILES)) {
    const parsed = parseSourceDocument(fs.readFileSync(path.join(SEEDS_DIR, file)));
    if (parsed.kind === "project" && parsed.record) records.push(parsed.record);
  }
  return records;
}
