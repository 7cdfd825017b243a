/**
 * The app while its PostgreSQL is away: 503 with a readable page (and JSON for the API), never
 * 500; back to 200 by itself once the server returns, without restarting the app. First the
 * server is frozen (SIGSTOP: it accepts no new connections, and the supervisor, seeing no exit,
 * leaves it alone), then killed (SIGKILL: `npm start` starts it again).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The postmaster of the app under test: its throwaway data directory is named by the port. */
function postmasterPid(): number {
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(`registry-throwaway-${PORT}-`)) continue;
    const pidFile = path.join(os.tmpdir(), name, "postgres", "postmaster.pid");
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      // a stale directory from an earlier run
    }
  }
  throw new Error(`no running PostgreSQL for port ${PORT}`);
}

const status = async (request: APIRequestContext, url: string) => (await request.get(url)).status();

test("503 while PostgreSQL is away, 200 again by itself when it returns", async ({ page, request }) => {
  test.setTimeout(120_000);
  expect(await status(request, "/projects")).toBe(200);
  const pid = postmasterPid();

  process.kill(pid, "SIGSTOP");
  try {
    await expect.poll(() => status(request, "/projects"), { timeout: 20_000 }).toBe(503);
    const response = await page.goto("/en/projects");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("5");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The registry is briefly unavailable");
    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rekisteri on hetken poissa käytöstä");
    const api = await request.get("/api/projects.json");
    expect(api.status()).toBe(503);
    expect((await api.json()).error).toMatch(/database is restarting/);
  } finally {
    process.kill(pid, "SIGCONT");
  }
  await expect.poll(() => status(request, "/projects"), { timeout: 20_000 }).toBe(200);

  process.kill(pid, "SIGKILL");
  // `npm start` notices and starts its PostgreSQL again; the app reconnects by itself.
  await expect.poll(() => status(request, "/projects"), { timeout: 60_000, intervals: [250] }).toBe(200);
  await expect.poll(() => status(request, "/en/projects/S21894"), { timeout: 20_000 }).toBe(200);
  expect(postmasterPid()).not.toBe(pid);
  const statuses = await Promise.all(
    ["/", "/funding", "/api/projects/S21894"].map((url) => status(request, url)),
  );
  expect(statuses).toEqual([200, 200, 200]);
});
