/**
 * `npm run bench:web [-- --count N] [--docs DIR] [--requests R] [--duration S]`: loads N generated
 * projects (default 10,000; or DIR's, made once by `npm run generate`) into a throwaway database,
 * serves the production build twice on it (one server remembers results per data version, one
 * does not), and prints per view: the first request, uncached p50/p95 (a new URL every request:
 * random words from the data, random facet sets), cached p50/p95 (one URL again), the SQL floor
 * (the view's essential queries for the same URLs, replayed on the database) and the ratio, and
 * HTML bytes. Then a load run with autocannon, 1 and 50 clients on a mix of uncached searches,
 * project pages, dashboards and API calls: requests/s, latency, errors.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { isBuildFresh, markBuildFresh, sourceHash } from "../../lib/cli/build-freshness";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { findFreePort } from "../../lib/database/free-port";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";
import { EXPORT_COLUMNS_SQL, floorQueries, viewsOf, type Samples } from "./web-views";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    docs: { type: "string" },
    requests: { type: "string", default: "30" },
    duration: { type: "string", default: "30" },
  },
});
const requests = Number(values.requests);
const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(0).padStart(6)}`;

async function serve(databaseUrl: string, remember: boolean): Promise<{ port: number; child: ChildProcess }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      REGISTRY_RESULT_CACHE: remember ? "on" : "off",
    },
    stdio: "ignore",
  });
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/about`);
      return { port, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function get(port: number, url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${url}`);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

const database = await openThrowawayDatabase(parseEnv());
const servers: ChildProcess[] = [];
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

  const hash = await sourceHash();
  if (!(await isBuildFresh(hash))) {
    console.log("Building the site…");
    await new Promise((resolve, reject) =>
      spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" }).on("exit", (code) =>
        code === 0 ? resolve(null) : reject(new Error("build failed")),
      ),
    );
    await markBuildFresh(hash);
  }
  const uncached = await serve(database.url, false);
  const cached = await serve(database.url, true);
  servers.push(uncached.child, cached.child);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const views = await viewsOf(client);
  const floors = floorQueries(client);
  console.log(`\n${report.counts.created} projects; ${requests} requests per column; times in ms.`);
  console.log(
    `${"view".padEnd(28)} ${"first".padStart(6)} | uncached p50    p95 | cached p50    p95 | floor p50    p95 | ratio |  HTML kB`,
  );
  for (const view of views) {
    const first = await get(cached.port, view.url(0));
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
  for (const connections of [1, 50]) {
    const result = await autocannon({
      url: `http://127.0.0.1:${uncached.port}`,
      connections,
      duration,
      requests: [{ setupRequest: (request) => ({ ...request, path: mix() }) }],
    });
    console.log(
      `  ${String(connections).padStart(2)} clients: ${result.requests.average.toFixed(1)} requests/s, latency p50 ${result.latency.p50} ms, ` +
        `p90 ${result.latency.p90} ms, p97.5 ${result.latency.p97_5} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
  }
} finally {
  for (const server of servers) server.kill("SIGTERM");
  await database.stop();
  if (generatedDir) await fs.rm(generatedDir, { recursive: true, force: true });
}
