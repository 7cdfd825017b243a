/**
 * PostgreSQL dying under the registry: an import reports what it committed and exits 1 (no
 * unhandled 'error' stack), a re-run completes; `npm start`'s supervisor brings the server back
 * on the same address; the availability probe behind the app's 503 sees it away and back.
 * Runs on a server of its own (the shared test server must not be killed).
 */
import fs from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openThrowawayDatabase, type RunningDatabase } from "@/lib/database/connection";
import { migrate } from "@/lib/database/migrate";
import { superviseDatabase } from "@/lib/database/supervise";
import { isDatabaseAvailable } from "@/lib/database/availability";
import { parseEnv } from "@/lib/env";
import { runCli, spawnCli } from "../support/run-cli";
import { syntheticFolder } from "../support/synthetic-folder";

const DOCUMENTS = 3000;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
const projectCount = async (url: string) =>
  Number((await query<{ n: string }>(url, "SELECT count(*) AS n FROM project"))[0]!.n);

describe.skipIf(!!process.env.DATABASE_URL)("when PostgreSQL dies", () => {
  let database: RunningDatabase;
  let folder: string;
  let killPostgres: () => void;
  beforeAll(async () => {
    database = await openThrowawayDatabase(parseEnv({}));
    await migrate(database.url);
    folder = await syntheticFolder(DOCUMENTS, 7);
    killPostgres = () => process.kill(database.server!.pid()!, "SIGKILL");
  });
  afterAll(async () => {
    await database.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("an import prints the summary of what was committed and exits 1, without a stack trace; a re-run completes", async () => {
    const child = spawnCli("import", [folder], { env: { DATABASE_URL: database.url } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await expect.poll(() => projectCount(database.url), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    killPostgres();
    expect(await exited).toBe(1);
    process.env.DATABASE_URL = database.url;
    await expect.poll(() => isDatabaseAvailable(), { timeout: 10_000, interval: 100 }).toBe(false);
    delete process.env.DATABASE_URL;
    expect(stdout).toMatch(
      /^\d+ created, 0 updated, 0 unchanged, \d+ rejected; stopped: the database connection was lost/m,
    );
    expect(stderr).not.toMatch(/Unhandled 'error' event|\n\s+at /);

    await database.server!.restart();
    const rerun = await runCli("import", [folder], { env: { DATABASE_URL: database.url } });
    expect(rerun.stdout).toMatch(/\d+ created, 0 updated, \d+ unchanged, 0 rejected/);
    expect(rerun.code).toBe(0);
    expect(await projectCount(database.url)).toBe(DOCUMENTS);
  }, 120_000);

  it("the supervisor starts it again on the same address, and the availability probe sees it away and back", async () => {
    const log: string[] = [];
    superviseDatabase(
      database.server!,
      (message) => log.push(message),
      (message) => log.push(`gave up: ${message}`),
      () => false,
    );
    process.env.DATABASE_URL = database.url;
    try {
      expect(await isDatabaseAvailable()).toBe(true);
      killPostgres();
      await expect
        .poll(() => log.join("\n"), { timeout: 10_000 })
        .toContain("PostgreSQL stopped unexpectedly (killed by SIGKILL)");
      await expect
        .poll(() => log.join("\n"), { timeout: 60_000, interval: 200 })
        .toMatch(/PostgreSQL is running again/);
      await expect.poll(() => isDatabaseAvailable(), { timeout: 10_000, interval: 100 }).toBe(true);
      expect(await projectCount(database.url)).toBe(DOCUMENTS);
    } finally {
      delete process.env.DATABASE_URL;
    }
  }, 90_000);
});
