/**
 * Issue #12's test for growing past one machine: two web server processes on one database (each
 * with its own remembered results and facet index) both show a newly imported project at once,
 * without a restart. Each process is asked first, so a process that kept its results or index
 * for the old data would show the old count and a 404.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openThrowawayDatabase, type RunningDatabase } from "../../lib/database/connection";
import { findFreePort } from "../../lib/database/free-port";
import { migrate } from "../../lib/database/migrate";
import { parseEnv } from "../../lib/env";
import { importPaths } from "../../lib/import/import-documents";
import { renderProjectDocument } from "../../lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "../../lib/ingest/synthetic";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function startServer(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib/cli/web-server.ts")], {
    cwd: ROOT,
    // One worker each: two processes, as two machines behind a load balancer would be.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      WEB_WORKERS: "1",
      NODE_ENV: "production",
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${base}/about`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
  return { base, child };
}

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

const summary = (page: Page) => page.getByTestId("results-summary");

test("two server processes on one database both show an import at once", async ({ page }) => {
  test.setTimeout(180_000);
  let database: RunningDatabase | undefined;
  const servers: ChildProcess[] = [];
  const dirs: string[] = [];
  try {
    // A database of its own: the suite's app keeps its counts.
    database = await openThrowawayDatabase(parseEnv({}));
    await migrate(database.url);
    const first = await writeDocuments([1, 2, 3]);
    const added = await writeDocuments([4]);
    dirs.push(first.dir, added.dir);
    expect((await importPaths(database.url, [first.dir])).created).toHaveLength(3);
    const [a, b] = await Promise.all([startServer(database.url), startServer(database.url)]);
    servers.push(a!.child, b!.child);
    const newCode = added.codes[0]!;

    for (const { base } of [a!, b!]) {
      await page.goto(`${base}/en/projects`);
      await expect(summary(page)).toContainText(/(^|\D)3 projects/);
      expect((await page.request.get(`${base}/en/projects/${newCode}`)).status()).toBe(404);
    }

    expect((await importPaths(database.url, [added.dir])).created).toHaveLength(1);

    for (const { base } of [a!, b!]) {
      await page.goto(`${base}/en/projects`);
      await expect(summary(page)).toContainText(/(^|\D)4 projects/);
      const project = await page.goto(`${base}/en/projects/${newCode}`);
      expect(project?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  } finally {
    await Promise.all(
      servers.map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM")))),
    );
    await database?.stop();
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  }
});
