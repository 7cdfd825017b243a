/**
 * The registry's data version (prisma/migrations/0009_data_version) as one opaque string: equal
 * strings, equal data. Defined and read here, for the page proxy's ETags and the query cache
 * (lib/queries/data-version-cache.ts) alike.
 */
import pg from "pg";

export const DATA_VERSION_SQL = "SELECT epoch || '.' || version AS version FROM registry_data_version";

type Reader = () => Promise<string>;

/**
 * `read`, shared between concurrent callers without ever answering with a read that began before
 * the caller asked: a caller starts a read, or, while one is running, waits for the next one,
 * which starts when the running one ends and answers everyone who arrived meanwhile. So an import
 * committed before a request arrived always shows, and under load one round trip answers many
 * requests instead of each queueing its own.
 */
export function sharedFreshReads(read: Reader): Reader {
  let running: Promise<string> | undefined;
  let queued: Promise<string> | undefined;
  const begin = () => {
    const current = read();
    running = current;
    const clear = () => {
      if (running === current) running = undefined;
    };
    current.then(clear, clear);
    return current;
  };
  return () => {
    if (!running) return begin();
    const ended = () => {
      queued = undefined;
      return begin();
    };
    queued ??= running.then(ended, ended);
    return queued;
  };
}

// On globalThis: the proxy and the pages are separate bundles of one process, and share it.
const holder = globalThis as unknown as { registryDataVersion?: { url: string; read: Reader } };

/** The data version of DATABASE_URL's database now (a small pool of its own). */
export function readDataVersion(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  if (holder.registryDataVersion?.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server closed (a restart, a dropped database) is only discarded;
    // unhandled, the pool's error event would end the process.
    pool.on("error", () => {});
    const read = sharedFreshReads(async () => {
      const { rows } = await pool.query<{ version: string }>(DATA_VERSION_SQL);
      return rows[0]?.version ?? "";
    });
    holder.registryDataVersion = { url, read };
  }
  return holder.registryDataVersion.read();
}
