/**
 * Long reads (the whole-registry downloads) through one server-side cursor on a connection of
 * their own: PostgreSQL runs the query once, in its order, and hands over a batch of rows each
 * time the reader asks, so the server holds one batch whatever the result's size, and a slow
 * reader holds the cursor back instead of the rows piling up in Node.
 */
import pg from "pg";

/** A statement and its parameters, as Kysely compiles them (`$1`, `$2` …). */
export interface CompiledStatement {
  sql: string;
  parameters: readonly unknown[];
}

// Downloads get a pool of their own: one held for as long as a slow client reads must not take
// a connection from the pages' pool. Beyond this many at once, a download waits for a free one.
const DOWNLOAD_CONNECTIONS = 8;

const holder = globalThis as unknown as { registryCursorPools?: Map<string, pg.Pool> };

function cursorPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the registry with `npm start`.");
  holder.registryCursorPools ??= new Map();
  let pool = holder.registryCursorPools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: DOWNLOAD_CONNECTIONS });
    // An idle connection the server dropped (a restart) is discarded, not thrown at the process.
    pool.on("error", () => {});
    holder.registryCursorPools.set(url, pool);
  }
  return pool;
}

/**
 * The statement's rows, a batch (arrays in column order) at a time. Stopping early (the client
 * hung up: `return()` on this generator) closes the cursor and gives the connection back at once.
 */
export async function* readThroughCursor(
  statement: CompiledStatement,
  batchSize = 1000,
): AsyncGenerator<unknown[][]> {
  const client = await cursorPool().connect();
  let broken: Error | undefined;
  let open = false;
  try {
    // One read-only transaction: the cursor lives in it and sees one snapshot of the data.
    await client.query("BEGIN READ ONLY");
    open = true;
    await client.query({
      text: `DECLARE download NO SCROLL CURSOR FOR ${statement.sql}`,
      values: [...statement.parameters],
    });
    for (;;) {
      const { rows } = await client.query<unknown[]>({
        text: `FETCH ${batchSize} FROM download`,
        rowMode: "array",
      });
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) break;
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    if (open && !broken) {
      // Ending the transaction closes the cursor; a failure here means the connection is unusable.
      await client.query("ROLLBACK").catch((error: Error) => (broken = error));
    }
    client.release(broken);
  }
}
