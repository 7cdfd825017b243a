/**
 * `npm run bench:exports [-- --count N | --database-url URL] [--rate B] [--seconds S] [--repeat R]`:
 * the downloads of every project on the production server (lib/cli/web-server.ts, as `npm start`
 * runs it) against their floor, and its memory with a slow client. Loads N generated projects
 * (default 10,000) into a throwaway database, or reads an imported one at URL (only reads).
 * Prints: the projects CSV in both variants and the JSON export, time and bytes, against a
 * `COPY … TO STDOUT` of the same rows in the same run (the CSV: the export's own statement; the
 * JSON: the tables its records are read from) as a ratio, with the server's peak memory; then a
 * client reading the JSON and the CSV export at B bytes/s (default 50,000) for S seconds (default
 * 20) from a paused socket before hanging up: the server's memory before, at its peak and after,
 * and whether the export's database connection was given back.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openThrowawayDatabase, type RunningDatabase } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";
import { buildSiteIfStale } from "./build-site";
import { serve } from "./web-load";
import { copyOut, download, residentMb, slowRead, watchMemory } from "./export-probes";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    "database-url": { type: "string" },
    rate: { type: "string", default: "50000" },
    seconds: { type: "string", default: "20" },
    repeat: { type: "string", default: "1" },
  },
});
const repeat = Math.max(1, Number(values.repeat));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The tables a record of the JSON export is read from (lib/database/project-record.ts's include).
const RECORD_TABLES = [
  "project",
  "priority_axis",
  "specific_objective",
  "responsible_authority",
  "project_co_implementer",
  "project_target_group",
  "project_region",
  "region",
  "project_sub_region",
  "sub_region",
  "project_municipality",
  "municipality",
  "gender_equality_answer",
  "sustainability_score",
  "data_quality_note",
  "project_web_page",
  "web_page_item",
];

async function generatedDatabase(count: number): Promise<RunningDatabase> {
  const database = await openThrowawayDatabase(parseEnv());
  await migrate(database.url);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-exports-"));
  const random = seededRandom(2014);
  for (let i = 0; i < count; i++)
    await fs.writeFile(path.join(dir, `doc_${i}.txt`), renderProjectDocument(syntheticRecord(random, i)));
  console.log(`Importing ${count} generated documents…`);
  await importPaths(database.url, [dir]);
  await fs.rm(dir, { recursive: true, force: true });
  return database;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1).padStart(6)} MB`;

const database = values["database-url"]
  ? { url: values["database-url"], stop: async () => {} }
  : await generatedDatabase(Number(values.count));
let server: ChildProcess | undefined;
try {
  await buildSiteIfStale();
  // The export's own statement for every project, compiled as the route compiles it.
  process.env.DATABASE_URL = database.url;
  const { projectExportSql } = await import("../../lib/queries/project-export-rows");
  const { resolveSearch } = await import("../../lib/search/resolve-search");
  const { parseListState } = await import("../../lib/search/list-state");
  const exportStatement = projectExportSql(await resolveSearch(parseListState(""))).sql;

  const served = await serve(database.url, true, os.availableParallelism());
  server = served.child;
  const pid = served.child.pid!;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const [{ count }] = (await client.query<{ count: number }>("SELECT count(*)::int AS count FROM project"))
    .rows as [{ count: number }];
  console.log(`\n${count} projects; server memory at rest ${(await residentMb(pid)).toFixed(0)} MB.`);

  const floors = {
    csv: async () => copyOut(client, `COPY (${exportStatement}) TO STDOUT WITH (FORMAT csv, HEADER)`),
    json: async () => {
      let total = { ms: 0, bytes: 0 };
      for (const table of RECORD_TABLES) {
        const part = await copyOut(client, `COPY ${table} TO STDOUT`);
        total = { ms: total.ms + part.ms, bytes: total.bytes + part.bytes };
      }
      return total;
    },
  };
  const exports = [
    { label: "projects CSV (machine)", url: "/api/projects.csv", floor: floors.csv },
    { label: "projects CSV (Excel, fi)", url: "/api/projects.csv?format=excel&lang=fi", floor: floors.csv },
    { label: "projects JSON", url: "/api/projects.json", floor: floors.json },
  ];
  console.log(
    `Every project, best of ${repeat}: the download | a COPY of the same rows | ratio | server peak`,
  );
  for (const { label, url, floor } of exports) {
    let best = { ms: Infinity, bytes: 0 };
    let bestFloor = { ms: Infinity, bytes: 0 };
    let peak = 0;
    for (let i = 0; i < repeat; i++) {
      const watch = watchMemory(pid);
      const got = await download(served.port, url);
      peak = Math.max(peak, await watch.stop());
      if (got.ms < best.ms) best = got;
      const copied = await floor();
      if (copied.ms < bestFloor.ms) bestFloor = copied;
    }
    console.log(
      `  ${label.padEnd(26)} ${seconds(best.ms)} ${mb(best.bytes)} | ${seconds(bestFloor.ms)} ${mb(bestFloor.bytes)} | ` +
        `${(best.ms / bestFloor.ms).toFixed(2)}× | ${peak.toFixed(0)} MB`,
    );
  }

  const rate = Number(values.rate);
  const duration = Number(values.seconds);
  const openCursors = async () =>
    (
      await client.query<{ open: number }>(`SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'FETCH%'`)
    ).rows[0]!.open;
  console.log(`\nA client reading at ${(rate / 1000).toFixed(0)} kB/s for ${duration} s, then hanging up:`);
  for (const url of ["/api/projects.json", "/api/projects.csv"]) {
    const before = await residentMb(pid);
    const watch = watchMemory(pid);
    const read = await slowRead(served.port, url, rate, duration);
    const during = await watch.stop();
    // How long the export's cursor (and its connection) outlives the client.
    const hungUp = performance.now();
    while ((await openCursors()) > 0 && performance.now() - hungUp < 10_000) await sleep(20);
    const released = performance.now() - hungUp;
    await sleep(5000);
    const after = await residentMb(pid);
    console.log(
      `  ${url.padEnd(20)} read ${mb(read.bytes)}; server ${before.toFixed(0)} MB before, peak ${during.toFixed(0)} MB, ` +
        `${after.toFixed(0)} MB 5 s after; export cursor closed ${released.toFixed(0)} ms after the hang-up` +
        `${(await openCursors()) > 0 ? " (STILL OPEN)" : ""}`,
    );
  }
  await client.end();
} finally {
  server?.kill("SIGTERM");
  await database.stop();
}
