/**
 * `npm start`: the whole registry from one command. Opens the database (embedded PostgreSQL
 * unless DATABASE_URL is set), applies migrations, imports new or changed seeds/, builds the site when the
 * sources changed, and serves it. Ctrl-C stops the web server and the database cleanly.
 *
 *   --dev         serve with `next dev` instead of a production build
 *   --throwaway   use a throwaway database (end-to-end tests)
 *   --also-import PATH   import these documents after the seeds (the hardening tests' hostile ones)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, openThrowawayDatabase, type RunningDatabase } from "../database/connection";
import { isPortFree } from "../database/free-port";
import { migrate } from "../database/migrate";
import { superviseDatabase } from "../database/supervise";
import { getEnv } from "../env";
import { describeExportRun } from "../exports/generate-exports";
import { importPaths } from "../import/import-documents";
import { formatImportDetails, formatImportSummary } from "../import/import-report";
import { importSeeds } from "../import/import-seeds";
import { isBuildFresh, markBuildFresh, sourceHash } from "./build-freshness";
import { fail, runMain } from "./run-main";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}`)),
    );
  });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error("The web server exited while starting.");
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      dev: { type: "boolean", default: false },
      throwaway: { type: "boolean", default: false },
      "also-import": { type: "string", multiple: true, default: [] },
    },
  });
  const env = getEnv();
  const log = (message: string) => console.log(`[registry] ${message}`);

  if (!(await isPortFree(env.PORT))) {
    fail(
      `Port ${env.PORT} is already in use (is the registry already running?). Stop it, or set PORT to another port.`,
    );
  }

  // What shutdown must stop; filled in as the pieces start.
  const running: { database?: RunningDatabase; server?: ChildProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    const { server, database } = running;
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database?.stop();
    log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const database = (running.database = values.throwaway
    ? await openThrowawayDatabase(env)
    : await openDatabase(env, { shareRunning: false, log }));
  if (database.server)
    superviseDatabase(
      database.server,
      log,
      (message) => {
        console.error(`[registry] ${message}`);
        void shutdown(1);
      },
      () => stopping,
    );
  log(
    env.DATABASE_URL && !values.throwaway
      ? "Using the database at DATABASE_URL"
      : "Embedded PostgreSQL is up",
  );

  const { applied } = await migrate(database.url, { log });
  if (applied.length === 0) log("Database schema is up to date");

  const seeds = await importSeeds(database.url, path.join(ROOT, "seeds"), {
    maxDocumentBytes: env.REGISTRY_MAX_DOCUMENT_BYTES,
    onWait: log,
  });
  log(`Seeds: ${seeds.summary}`);
  for (const line of seeds.report ? formatImportDetails(seeds.report) : []) log(line);
  const extra = values["also-import"];
  if (extra.length > 0) {
    const extraReport = await importPaths(database.url, extra);
    log(`Also imported: ${formatImportSummary(extraReport)}`);
    for (const line of formatImportDetails(extraReport)) log(line);
  }
  // A throwaway database's files go to a throwaway folder, never beside the real data's.
  const exportsDir = values.throwaway
    ? await mkdtemp(path.join(tmpdir(), "registry-exports-"))
    : env.exportsDir;
  log(await describeExportRun(database.url, exportsDir));

  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    REGISTRY_EXPORTS_DIR: exportsDir,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!values.dev) {
    const hash = await sourceHash();
    if (!(await isBuildFresh(hash))) {
      log("Building the site (first start or changed sources; this takes a minute)…");
      await runToEnd(process.execPath, [NEXT_BIN, "build"], { ...childEnv, NODE_ENV: "production" });
      await markBuildFresh(hash);
    }
  }

  // Production: Next behind our own HTTP server (lib/cli/web-server.ts: clean 400/404/414/431
  // where Next alone answers 500 or resets). Development: plain `next dev`, never public.
  const server = (running.server = spawn(
    process.execPath,
    values.dev
      ? [NEXT_BIN, "dev", "-p", String(env.PORT)]
      : ["--import", "tsx", path.join(ROOT, "lib", "cli", "web-server.ts")],
    {
      cwd: ROOT,
      env: values.dev ? childEnv : { ...childEnv, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  ));
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`[registry] The web server exited (code ${code}).`);
      void shutdown(1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${env.PORT}/`, server);
  log(`ESF project registry is running at http://localhost:${env.PORT} (Ctrl-C stops it)`);
});
