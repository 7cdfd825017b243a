/**
 * `npm run test:stress`: the heavier atomicity check. Imports of STRESS_DOCUMENTS synthetic
 * documents (default 5,000) are killed with SIGKILL at random points (STRESS_KILLS, default 20),
 * and PostgreSQL itself is killed mid-import (STRESS_CRASHES, default 3). After each, every
 * project in the database must equal the same project in a complete reference import (no
 * partial project); a final re-run must reach the right totals. Prints the figures; exits 1 on
 * any failure. Runs on a throwaway embedded PostgreSQL of its own.
 */
import fs from "node:fs/promises";
import pg from "pg";
import { ensureDatabase } from "../../lib/database/embedded";
import { openThrowawayDatabase, withDatabaseName } from "../../lib/database/connection";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { runCli, spawnCli } from "../support/run-cli";
import { randomPointOfImport } from "../support/kill-timing";
import { CHILD_COUNTS_SQL, syntheticFolder } from "../support/synthetic-folder";

const DOCUMENTS = Number(process.env.STRESS_DOCUMENTS ?? 5000);
const KILLS = Number(process.env.STRESS_KILLS ?? 20);
const CRASHES = Number(process.env.STRESS_CRASHES ?? 3);

async function rows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const database = await openThrowawayDatabase(parseEnv({ ...process.env, DATABASE_URL: "" }));
const failures: string[] = [];
try {
  await migrate(database.url);
  const referenceUrl = withDatabaseName(database.url, "reference");
  await ensureDatabase(withDatabaseName(database.url, "postgres"), "reference");
  await migrate(referenceUrl);
  const folder = await syntheticFolder(DOCUMENTS, 11);
  await importPaths(referenceUrl, [folder]);
  const complete = new Map(
    (await rows(referenceUrl, CHILD_COUNTS_SQL)).map((row) => [row.code, JSON.stringify(row)]),
  );

  const checkWhole = async (what: string) => {
    const present = await rows(database.url, CHILD_COUNTS_SQL);
    const partial = present.filter((row) => complete.get(row.code) !== JSON.stringify(row));
    if (partial.length > 0)
      failures.push(`${what}: ${partial.length} partial projects (${String(partial[0]!.code)} …)`);
    return present.length;
  };

  const count = async () => Number((await rows(database.url, "SELECT count(*) AS n FROM project"))[0]!.n);
  let whileWriting = 0;
  for (let kill = 1; kill <= KILLS; kill++) {
    await rows(database.url, "TRUNCATE project CASCADE");
    const child = spawnCli("import", [folder], { env: { DATABASE_URL: database.url } });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await randomPointOfImport(child, count, (DOCUMENTS / 1000) * 1000);
    child.kill("SIGKILL");
    await exited;
    const present = await checkWhole(`kill ${kill}`);
    if (present > 0 && present < DOCUMENTS) whileWriting++;
    console.log(`kill ${kill}/${KILLS}: ${present} of ${DOCUMENTS} projects written, all whole`);
  }

  for (let crash = 1; crash <= CRASHES; crash++) {
    await rows(database.url, "TRUNCATE project CASCADE");
    const child = spawnCli("import", [folder], { env: { DATABASE_URL: database.url } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    while (Number((await rows(database.url, "SELECT count(*) AS n FROM project"))[0]!.n) === 0)
      await sleep(50);
    await sleep(Math.random() * 1000);
    process.kill(database.server!.pid()!, "SIGKILL");
    const code = await exited;
    if (
      code !== 1 ||
      !output.includes("stopped: the database connection was lost") ||
      /\n\s+at /.test(output)
    )
      failures.push(`crash ${crash}: exit ${code}, output: ${output.slice(0, 300)}`);
    await database.server!.restart();
    const present = await checkWhole(`crash ${crash}`);
    console.log(
      `PostgreSQL crash ${crash}/${CRASHES}: import exited ${code}; ${present} projects written, all whole`,
    );
  }

  const rerun = await runCli("import", [folder], { env: { DATABASE_URL: database.url } });
  const total = await checkWhole("re-run");
  if (rerun.code !== 0 || total !== DOCUMENTS) failures.push(`re-run: exit ${rerun.code}, ${total} projects`);
  console.log(`re-run: ${rerun.stdout.split("\n")[0]} → ${total} of ${DOCUMENTS} projects`);
  console.log(
    `\n${KILLS} imports killed (${whileWriting} while writing), ${CRASHES} PostgreSQL crashes mid-import: ` +
      `${failures.length} failures`,
  );
  await fs.rm(folder, { recursive: true, force: true });
} finally {
  await database.stop();
}
for (const failure of failures) console.error(`FAILED ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
