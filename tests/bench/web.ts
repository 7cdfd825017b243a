/**
 * `npm run bench:web [-- --count N --requests R]`: loads N generated projects (default 10,000)
 * into a throwaway database, serves the production build, and prints p50/p95 server response
 * times per page next to the same query run as bare SQL. Target at 10,000 projects: p95 ≤ 100 ms
 * for search and project pages, ≤ 200 ms for /funding, /compare and /principles.
 */
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { isBuildFresh, markBuildFresh, sourceHash } from "../../lib/cli/build-freshness";
import { openThrowawayDatabase } from "../../lib/database/connection";
import { findFreePort } from "../../lib/database/free-port";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import { searchConditions, whereSql } from "../../lib/search/search-sql";
import { filtersOf, parseListState } from "../../lib/search/list-state";

const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, requests: { type: "string", default: "40" } },
});
const count = Number(values.count);
const requests = Number(values.requests);
const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/** The first run (cold: nothing cached for this view yet), then `requests` timed runs. */
async function time(work: () => Promise<unknown>): Promise<{ first: number; samples: number[] }> {
  let started = performance.now();
  await work();
  const first = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { first, samples };
}

const database = await openThrowawayDatabase(parseEnv());
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-web-"));
let server: ReturnType<typeof spawn> | undefined;
try {
  await migrate(database.url);
  const random = seededRandom(2014);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const record = syntheticRecord(random, i);
    codes.push(record.code);
    await fs.writeFile(path.join(dir, `doc_${i}.txt`), renderProjectDocument(record));
  }
  console.log(`Importing ${count} generated projects…`);
  const report = await importPaths(database.url, [dir]);
  console.log(`  ${report.created.length} imported, ${report.rejected.length} rejected`);

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
  const port = await findFreePort();
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
    stdio: "ignore",
  });
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  // Compiles the registry's SQL to text and parameters, to replay it as the floor.
  const sqlCompiler = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const listSql = async (query: string) => {
    const where = whereSql(searchConditions(filtersOf(parseListState(query)), "fulltext")).compile(
      sqlCompiler,
    );
    await client.query(`SELECT count(*) FROM project p ${where.sql}`, where.parameters as unknown[]);
    await client.query(
      `SELECT p.code FROM project p ${where.sql} ORDER BY p.name LIMIT 20`,
      where.parameters as unknown[],
    );
  };
  const code = codes[Math.floor(codes.length / 2)] ?? "";
  const compared = [0.2, 0.5, 0.8].map((at) => codes[Math.floor(codes.length * at)] ?? "");
  const scenarios: [string, string, () => Promise<unknown>][] = [
    ["search, no filter", "/projects", () => listSql("")],
    [
      "search, three facets",
      "/projects?fund=ESF&axis=3&region=Pohjois-Savo",
      () => listSql("fund=ESF&axis=3&region=Pohjois-Savo"),
    ],
    [
      "search, text + three facets",
      "/projects?q=kunta&fund=ESF&axis=3&region=Pohjois-Savo",
      () => listSql("q=kunta&fund=ESF&axis=3&region=Pohjois-Savo"),
    ],
    [
      "project page",
      `/projects/${code}`,
      () => client.query("SELECT * FROM project WHERE code = $1", [code]),
    ],
    [
      "funding, no filter",
      "/funding",
      () =>
        client.query("SELECT sum(planned_public_total), sum(realised_public_total), count(*) FROM project p"),
    ],
    [
      "funding, three facets",
      "/funding?fund=ESF&axis=3&region=Pohjois-Savo",
      () => listSql("fund=ESF&axis=3&region=Pohjois-Savo"),
    ],
    [
      "compare, three projects",
      `/compare?codes=${compared.join(",")}`,
      () => client.query("SELECT * FROM project WHERE code = ANY($1)", [compared]),
    ],
    [
      "benchmark a plan",
      "/funding/benchmark?planned=300000&months=24&participants=200&axis=3",
      () => listSql("axis=3"),
    ],
    [
      "principles, no filter",
      "/principles",
      () => client.query("SELECT criterion, avg(direct), avg(indirect) FROM sustainability_score GROUP BY 1"),
    ],
    [
      "principles, three facets",
      "/principles?fund=ESF&axis=3&region=Pohjois-Savo",
      () => listSql("fund=ESF&axis=3&region=Pohjois-Savo"),
    ],
  ];
  console.log(`\n${requests} sequential requests each, ${count} projects. Aggregates are cached per data`);
  console.log('version, so the first request of a view ("first") is the uncached cost.\n');
  console.log(
    `${"page".padEnd(30)} ${"first".padStart(10)} ${"p50".padStart(10)} ${"p95".padStart(10)}   bare SQL p50 / p95`,
  );
  for (const [label, url, sql] of scenarios) {
    const web = await time(async () => {
      const response = await fetch(`http://127.0.0.1:${port}${url}`);
      await response.text();
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    });
    const bare = await time(sql);
    console.log(
      `${label.padEnd(30)} ${ms(web.first)} ${ms(percentile(web.samples, 50))} ${ms(percentile(web.samples, 95))}   ` +
        `${ms(percentile(bare.samples, 50))} / ${ms(percentile(bare.samples, 95))}`,
    );
  }
  await client.end();
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
