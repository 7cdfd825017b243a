/**
 * One import at a time per database. Two imports of overlapping files would each decide
 * "created" or "updated" from what they saw before the other wrote, so both would count the
 * same change and the last writer would win silently. An import therefore holds a session
 * advisory lock while it compares and writes; a second one says who holds it and waits (it
 * does not refuse: `npm start` importing its seeds while a user imports must simply queue).
 * PostgreSQL releases the lock when the holding connection ends, even after a crash or kill -9.
 */
import type pg from "pg";

// Any fixed number; shared by every import of this registry (small: pg_locks.objid holds it).
const IMPORT_LOCK_KEY = 11_2014;

export async function acquireImportLock(
  client: pg.ClientBase,
  onWait?: (message: string) => void,
): Promise<void> {
  await client.query(`SET application_name = 'registry import (pid ${process.pid})'`);
  const { rows } = await client.query<{ got: boolean }>("SELECT pg_try_advisory_lock($1) AS got", [
    IMPORT_LOCK_KEY,
  ]);
  if (rows[0]?.got) return;
  const holder = await client.query<{ name: string }>(
    `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1`,
    [IMPORT_LOCK_KEY],
  );
  const pid = /pid (\d+)/.exec(holder.rows[0]?.name ?? "")?.[1];
  onWait?.(
    `Another import is running${pid ? ` (pid ${pid})` : ""}; waiting for it to finish before this one compares and writes…`,
  );
  await client.query("SELECT pg_advisory_lock($1)", [IMPORT_LOCK_KEY]);
}
