import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * The hardening suite: the same production server, with a hostile document imported beside the
 * seeds and the rate limit on (small budgets), so the main suite's counts and requests stay as
 * they are. `npm run test:e2e` runs both suites, one after the other.
 */
export const HARDENING_LIMITS = { api: 30, exports: 5 };

export default defineConfig({
  ...base,
  testDir: "tests/e2e-hardening",
  webServer: {
    ...base.webServer,
    command: "node_modules/.bin/tsx lib/cli/start.ts --throwaway --also-import tests/fixtures/hostile",
    env: {
      PORT: String(Number(process.env.E2E_PORT ?? 3100)),
      RATE_LIMIT_API_PER_MINUTE: String(HARDENING_LIMITS.api),
      RATE_LIMIT_EXPORTS_PER_MINUTE: String(HARDENING_LIMITS.exports),
    },
  },
});
