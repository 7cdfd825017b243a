import fs from "node:fs";
import path from "node:path";

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
