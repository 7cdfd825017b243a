import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where it exists (Playwright's own browser download is unavailable here);
// elsewhere Playwright's own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  projects: [
    { name: "app", testIgnore: /database-restart\.spec\.ts/ },
    // Stops and kills the app's PostgreSQL: only after every other test is done.
    { name: "database-restart", testMatch: /database-restart\.spec\.ts/, dependencies: ["app"] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  webServer: {
    // The real start script: a production build served on a throwaway PostgreSQL with the seeds.
    command: "node_modules/.bin/tsx lib/cli/start.ts --throwaway",
    // No rate limit here; the hardening suite (playwright.hardening.config.ts) turns it on.
    env: { PORT: String(PORT), RATE_LIMIT_API_PER_MINUTE: "0", RATE_LIMIT_EXPORTS_PER_MINUTE: "0" },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
