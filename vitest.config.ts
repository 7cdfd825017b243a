import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // Query modules import "server-only", which throws outside a React server bundle.
    "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  },
};

// Two projects: `unit` is pure and starts no database (`vitest run --project unit`);
// `integration` shares one throwaway PostgreSQL started by the global setup.
export default defineConfig({
  resolve,
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] } },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/database-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
