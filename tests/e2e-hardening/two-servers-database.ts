/**
 * The database of tests/e2e-hardening/two-servers.spec.ts, run with tsx (the registry's modules
 * need its loader): a throwaway PostgreSQL with three generated projects, and a fourth written to
 * a folder for the test to import. Prints one JSON line ({ url, addedDir, addedCode }), then
 * keeps the database until its input closes or it is told to stop.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";

async function writeDocuments(indexes: number[]): Promise<{ dir: string; codes: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "two-servers-"));
  const codes: string[] = [];
  for (const index of indexes) {
    const record = syntheticRecord(seededRandom(1200 + index), index);
    codes.push(record.code);
    await fs.writeFile(path.join(dir, `${record.code}.txt`), renderProjectDocument(record));
  }
  return { dir, codes };
}

// Its own database: the suite's app keeps its counts.
const database = await openThrowawayDatabase(parseEnv({}));
const first = await writeDocuments([1, 2, 3]);
const added = await writeDocuments([4]);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await database.stop();
  for (const dir of [first.dir, added.dir]) await fs.rm(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.stdin.on("close", () => void stop());
process.stdin.resume();
await migrate(database.url);
const report = await importPaths(database.url, [first.dir]);
if (report.created.length !== 3) throw new Error(`expected 3 projects, imported ${report.created.length}`);
console.log(JSON.stringify({ url: database.url, addedDir: added.dir, addedCode: added.codes[0] }));
