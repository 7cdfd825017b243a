/**
 * `npm run bench:ingest [-- --count N] [-- --docs DIR]`: generates N synthetic documents (default
 * 10,000; or takes DIR's, generated once with `npm run generate`), then prints documents per second
 * for parsing alone and for the full import into a throwaway PostgreSQL, the import's peak memory
 * (in a process of its own) and its time against a raw COPY of the same rows into the same
 * indexed tables. Targets: parse ≥ 5,000 documents/s on one core; import ≥ 1,000/s, peak memory
 * flat (≤ 400 MB) at any count.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openThrowawayDatabase, withDatabaseName } from "../../lib/database/connection";
import { dropDatabase, ensureDatabase } from "../../lib/database/embedded";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { collectFiles } from "../../lib/ingest/source-files";
import { parseSourceDocument } from "../../lib/ingest/parse-document";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";

const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, docs: { type: "string" } },
});
const root = path.resolve(import.meta.dirname, "../..");
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString("en")} documents/s`;

let dir = values.docs;
const generated = !dir;
if (!dir) {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-ingest-"));
  const random = seededRandom(2014);
  for (let i = 0; i < Number(values.count); i++)
    await fs.writeFile(
      path.join(dir, `doc_${String(i).padStart(7, "0")}.txt`),
      renderProjectDocument(syntheticRecord(random, i)),
    );
}
const { files } = await collectFiles([dir]);
const count = files.length;
console.log(`${count} documents in ${dir}.`);

// Parsing alone, one file at a time, read synchronously as the import reads them (read time included).
for (let i = 0; i < Math.min(500, count); i++) parseSourceDocument(readFileSync(files.at(i).path));
let started = performance.now();
let failures = 0;
for (const file of files) if (!parseSourceDocument(readFileSync(file.path)).record) failures++;
const parseMs = performance.now() - started;
console.log(
  `Parse:  ${rate(count, parseMs)} (${(parseMs / 1000).toFixed(1)} s, ${failures} failed)  target ≥ 5,000/s`,
);

// Tables in the order a COPY can load them (lookups before the rows that reference them).
const TABLES = [
  "priority_axis",
  "specific_objective",
  "responsible_authority",
  "organisation",
  "region",
  "sub_region",
  "municipality",
  "project",
  "project_co_implementer",
  "project_target_group",
  "project_region",
  "project_sub_region",
  "project_municipality",
  "gender_equality_answer",
  "sustainability_score",
  "data_quality_note",
];

const database = await openThrowawayDatabase(parseEnv());
try {
  await migrate(database.url);
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "tests/bench/import-child.ts"), database.url, dir],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
    created: number;
    rejected: number;
    ms: number;
    peakMb: number;
  };
  console.log(
    `Import: ${rate(result.created, result.ms)} (${(result.ms / 1000).toFixed(1)} s; ${result.created} created, ` +
      `${result.rejected} rejected)  target ≥ 1,000/s`,
  );
  console.log(`Import peak memory (RSS, own process): ${result.peakMb} MB  target ≤ 400 MB`);

  // The floor: the same rows COPYed (server-side files) into a fresh, migrated, indexed copy.
  const copyName = "registry_copy_floor";
  const adminUrl = withDatabaseName(database.url, "postgres");
  await ensureDatabase(adminUrl, copyName);
  const copyUrl = withDatabaseName(database.url, copyName);
  await migrate(copyUrl);
  const source = new pg.Client({ connectionString: database.url });
  const target = new pg.Client({ connectionString: copyUrl });
  await source.connect();
  await target.connect();
  const dumpDir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-copy-"));
  await fs.chmod(dumpDir, 0o777);
  for (const table of TABLES) await source.query(`COPY ${table} TO '${dumpDir}/${table}.copy'`);
  started = performance.now();
  await target.query("BEGIN");
  for (const table of TABLES) await target.query(`COPY ${table} FROM '${dumpDir}/${table}.copy'`);
  await target.query("COMMIT");
  const copyMs = performance.now() - started;
  console.log(
    `COPY of the same rows: ${(copyMs / 1000).toFixed(1)} s; the import takes ${(result.ms / copyMs).toFixed(1)}× a COPY`,
  );
  await source.end();
  await target.end();
  await fs.rm(dumpDir, { recursive: true, force: true });
  await dropDatabase(adminUrl, copyName);
} finally {
  await database.stop();
  if (generated) await fs.rm(dir, { recursive: true, force: true });
}
