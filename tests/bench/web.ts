/**
 * `npm run bench:web [-- --count N] [--docs DIR] [--requests R] [--duration S] [--workers W]`: loads
 * N generated projects (default 10,000; or DIR's, made once by `npm run generate`) into a
 * throwaway database, serves the production build twice on it as `npm start` does
 * (lib/cli/web-server.ts with W workers, default one per core; one server remembers results per
 * data version, one does not), and prints per view: the first request (on the uncached server: the
 * view's code loads), then uncached p50/p95 (a new URL every request: random words from the data,
 * random facet sets), cached p50/p95 (one URL again), the SQL floor
 * (the view's essential queries for the same URLs, replayed on the database) and the ratio, and
 * HTML bytes. Then a load run with autocannon (S seconds, default 60) on a mix of uncached
 * searches, project pages, dashboards and API calls: one worker with 50 clients (the floor: the
 * one-process server), then W workers with 1 and 50 clients: requests/s, latency, errors, the
 * ratios, and each worker's memory.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";
import { buildSiteIfStale } from "./build-site";
import { formatLoad, load, serve, stop, workerMemory, type Server } from "./web-load";
import { EXPORT_COLUMNS_SQL, floorQueries, viewsOf, type Samples } from "./web-views";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    docs: { type: "string" },
    requests: { type: "string", default: "30" },
    duration: { type: "string", default: "60" },
    workers: { type: "string", default: String(os.availableParallelism()) },
  },
});
const requests = Number(values.requests);
const workers = Number(values.workers);

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(0).padStart(6)}`;

async function get(port: number, url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${url}`);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

const database = await openThrowawayDatabase(parseEnv());
const servers: Server[] = [];
let generatedDir: string | undefined;
try {
  await migrate(database.url);
  let dir = values.docs;
  if (!dir) {
    dir = generatedDir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-web-"));
    const random = seededRandom(2014);
    for (let i = 0; i < Number(values.count); i++)
      await fs.writeFile(path.join(dir, `doc_${i}.txt`), renderProjectDocument(syntheticRecord(random, i)));
  }
  console.log(`Importing the documents of ${dir}…`);
  const report = await importPaths(database.url, [dir]);
  console.log(`  ${report.counts.created} imported, ${report.counts.rejected} rejected`);
  // Users meet a registry long after its import, when autovacuum has processed its tables: the
  // visibility map then lets the floors' counts use index-only scans (at 100,000 projects the
  // no-filter search's floor went from 44 to 9 ms). Measure both sides as they would be then.
  const settle = new pg.Client({ connectionString: database.url });
  await settle.connect();
  const settling = performance.now();
  await settle.query("VACUUM (ANALYZE)");
  await settle
    .query("CHECKPOINT")
    .catch((error: Error) => console.log(`  (no CHECKPOINT: ${error.message})`));
  await settle.end();
  console.log(
    `  settled (VACUUM ANALYZE, CHECKPOINT) in ${((performance.now() - settling) / 1000).toFixed(1)} s`,
  );

  await buildSiteIfStale();
  const uncached = await serve(database.url, false, workers);
  const cached = await serve(database.url, true, workers);
  servers.push(uncached, cached);
  console.log(`Two servers (uncached, cached) of ${workers} web worker(s) each.`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const views = await viewsOf(client);
  const floors = floorQueries(client);
  console.log(`\n${report.counts.created} projects; ${requests} requests per column; times in ms.`);
  console.log(
    `${"view".padEnd(28)} ${"first".padStart(6)} | uncached p50    p95 | cached p50    p95 | floor p50    p95 | ratio |  HTML kB`,
  );
  for (const view of views) {
    // The first request after start loads the view's code (and builds the indexes): the first
    // column, on the server the uncached column then measures, so that column is of new URLs on
    // code already loaded. The cached server's first answer fills its memory for the cached column.
    const first = await get(uncached.port, view.url(0));
    await get(cached.port, view.url(0));
    const warm: Samples = [];
    const fresh: Samples = [];
    const floor: Samples = [];
    for (let i = 1; i <= requests; i++) {
      fresh.push((await get(uncached.port, view.url(i))).ms);
      warm.push((await get(cached.port, view.url(0))).ms);
      const started = performance.now();
      await floors[view.floor](view.url(i));
      floor.push(performance.now() - started);
    }
    const ratio = percentile(fresh, 50) / percentile(floor, 50);
    console.log(
      `${view.label.padEnd(28)} ${ms(first.ms)} |       ${ms(percentile(fresh, 50))} ${ms(percentile(fresh, 95))} |     ${ms(percentile(warm, 50))} ${ms(percentile(warm, 95))} |    ${ms(percentile(floor, 50))} ${ms(percentile(floor, 95))} | ${ratio.toFixed(1).padStart(5)} | ${(first.bytes / 1000).toFixed(0).padStart(7)}`,
    );
  }
  await client.end();

  // A repeat view of unchanged data: the browser or CDN asks with the page's ETag.
  const page = await fetch(`http://127.0.0.1:${cached.port}/funding`);
  await page.arrayBuffer();
  const etag = page.headers.get("etag") ?? "";
  const started = performance.now();
  const repeat = await fetch(`http://127.0.0.1:${cached.port}/funding`, {
    headers: { "If-None-Match": etag },
  });
  await repeat.arrayBuffer();
  console.log(
    `\nRepeat view of /funding with If-None-Match ${etag || "(no ETag sent)"}: HTTP ${repeat.status} in ` +
      `${(performance.now() - started).toFixed(0)} ms; Cache-Control: ${page.headers.get("cache-control")}`,
  );

  // The CSV export of every project against a COPY of the same 27 columns (written server-side).
  let started2 = performance.now();
  const csv = await fetch(`http://127.0.0.1:${uncached.port}/api/projects.csv`);
  const csvBytes = (await csv.arrayBuffer()).byteLength;
  const csvMs = performance.now() - started2;
  const copyClient = new pg.Client({ connectionString: database.url });
  await copyClient.connect();
  const copyDir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-csv-"));
  await fs.chmod(copyDir, 0o777);
  started2 = performance.now();
  await copyClient.query(
    `COPY (${EXPORT_COLUMNS_SQL}) TO '${copyDir}/projects.csv' WITH (FORMAT csv, HEADER)`,
  );
  const copyMs = performance.now() - started2;
  await copyClient.end();
  await fs.rm(copyDir, { recursive: true, force: true });
  console.log(
    `Projects CSV, every project: ${(csvMs / 1000).toFixed(1)} s, ${(csvBytes / 1e6).toFixed(1)} MB; ` +
      `COPY of the same columns ${(copyMs / 1000).toFixed(1)} s (${(csvMs / copyMs).toFixed(1)}×)`,
  );

  // Load: a mix of uncached URLs, each client request a new one.
  let next = 1000;
  const mix = () => {
    const view = views[next % views.length]!;
    return view.url(next++);
  };
  const duration = Number(values.duration);
  console.log(
    `\nLoad, ${duration} s each, a mix of every view above with a new URL per request (uncached server):`,
  );
  // The floor: today's one-process server, in the same run. The cached server goes first, so the
  // machine's cores are the load run's.
  await stop(cached);
  const single = await serve(database.url, false, 1);
  servers.push(single);
  const floor = await load(single, 50, duration, mix);
  console.log(formatLoad("1 worker, 50 clients", floor));
  await stop(single);
  const one = await load(uncached, 1, duration, mix);
  console.log(formatLoad(`${workers} workers, 1 client`, one));
  const fifty = await load(uncached, 50, duration, mix);
  console.log(formatLoad(`${workers} workers, 50 clients`, fifty));
  console.log(
    `  50 clients ÷ 1 client: ${(fifty.rate / one.rate).toFixed(1)}×; ` +
      `${workers} workers ÷ 1 worker at 50 clients: ${(fifty.rate / floor.rate).toFixed(1)}×`,
  );
  const memory = await workerMemory(uncached);
  console.log(
    `  Memory per worker after the load (RSS / peak): ${memory.map((m) => `${m.rss.toFixed(0)} / ${m.peak.toFixed(0)} MB`).join(", ")}`,
  );
} finally {
  await Promise.all(servers.map(stop));
  await database.stop();
  if (generatedDir) await fs.rm(generatedDir, { recursive: true, force: true });
}
