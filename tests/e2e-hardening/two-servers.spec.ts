/**
 * Issue #12's test for growing past one machine: two web server processes on one database (each
 * with its own remembered results and facet index) both show a newly imported project at once,
 * without a restart. Each process is asked first, so a process that kept its results or index
 * for the old data would show the old count and a 404.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { expect, test, type Page } from "@playwright/test";
import { findFreePort } from "../../lib/database/free-port";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  // One worker each: two processes, as two machines behind a load balancer would be.
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), WEB_WORKERS: "1" };
  const child = spawn(TSX, [path.join(ROOT, "lib/cli/web-server.ts")], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: "production" },
    stdio: "ignore",
  });
  const up = () =>
    fetch(`http://127.0.0.1:${port}/about`).then(
      (response) => response.status,
      () => 0,
    );
  await expect.poll(up, { timeout: 60_000 }).toBe(200);
  return child;
}

const summary = (page: Page) => page.getByTestId("results-summary");

test("two server processes on one database both show an import at once", async ({ page }) => {
  test.setTimeout(180_000);
  const children: ChildProcess[] = [];
  try {
    const database = spawn(TSX, [path.join(import.meta.dirname, "two-servers-database.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["pipe", "pipe", "inherit"],
    });
    children.push(database);
    const [line] = (await once(createInterface({ input: database.stdout! }), "line")) as [string];
    const { url, addedDir, addedCode } = JSON.parse(line) as Record<string, string>;
    const ports = [await findFreePort(), await findFreePort()];
    const servers = await Promise.all(ports.map((port) => startServer(url!, port)));
    children.push(...servers);
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);

    for (const base of bases) {
      await page.goto(`${base}/en/projects`);
      await expect(summary(page)).toContainText(/(^|\D)3 projects/);
      expect((await page.request.get(`${base}/en/projects/${addedCode}`)).status()).toBe(404);
    }

    // The operator's import, as a separate process on the same database (its open-data files
    // go to a folder of their own).
    const exportsDir = await mkdtemp(path.join(tmpdir(), "two-servers-exports-"));
    const imported = spawnSync(TSX, [path.join(ROOT, "lib/cli/import.ts"), addedDir!], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, REGISTRY_EXPORTS_DIR: exportsDir },
      encoding: "utf8",
    });
    await rm(exportsDir, { recursive: true, force: true });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);

    for (const base of bases) {
      await page.goto(`${base}/en/projects`);
      await expect(summary(page)).toContainText(/(^|\D)4 projects/);
      const project = await page.goto(`${base}/en/projects/${addedCode}`);
      expect(project?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  } finally {
    // Servers first, then the database.
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  }
});
