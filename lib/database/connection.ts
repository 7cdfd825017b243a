import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Env } from "../env";
import { dropDatabase, ensureDatabase, startEmbeddedDatabase, type RunningDatabase } from "./embedded";

export type { RunningDatabase };

/**
 * The registry's database: DATABASE_URL when set, otherwise the embedded PostgreSQL in the data
 * directory. `shareRunning` lets a command-line tool use the server of a running `npm start`.
 */
export async function openDatabase(
  env: Env,
  options: { shareRunning: boolean; log?: (message: string) => void },
): Promise<RunningDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDatabase({
    dataDir: env.dataDir,
    reuseRunning: options.shareRunning,
    log: options.log,
  });
}

/**
 * A database that exists only for one test run: a fresh database on DATABASE_URL's server (never
 * the user's own database), or a temporary embedded cluster when DATABASE_URL is unset.
 */
export async function openThrowawayDatabase(env: Env): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    const name = `registry_throwaway_${process.pid}_${Date.now().toString(36)}`;
    const adminUrl = withDatabaseName(env.DATABASE_URL, "postgres");
    await ensureDatabase(adminUrl, name);
    return {
      url: withDatabaseName(env.DATABASE_URL, name),
      stop: () => dropDatabase(adminUrl, name),
    };
  }
  // Named by port, so an end-to-end test can find the server of the app it talks to.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `registry-throwaway-${env.PORT}-`));
  await fs.chmod(dataDir, 0o755); // the embedded server may run as another system user
  const running = await startEmbeddedDatabase({ dataDir, throwaway: true });
  return {
    url: running.url,
    server: running.server,
    stop: async () => {
      await running.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export class DatabaseUnreachableError extends Error {}

// Errors that pass when the server is (re)starting: refused, starting up, in recovery.
const TRANSIENT = new Set(["ECONNREFUSED", "ECONNRESET", "57P03", "57P01"]);

/**
 * Waits until the server takes connections (a supervised server may be restarting), then
 * returns; after `timeoutMs` it says which server could not be reached and why.
 */
export async function waitForDatabase(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      const code = (error as { code?: string }).code ?? "";
      if (!TRANSIENT.has(code) || Date.now() > deadline) {
        const { host } = new URL(url);
        throw new DatabaseUnreachableError(
          `Cannot reach the database at ${host}: ${(error as Error).message}` +
            (TRANSIENT.has(code) ? ` (waited ${Math.round(timeoutMs / 1000)} s)` : ""),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
