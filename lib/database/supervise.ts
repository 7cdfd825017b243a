/**
 * `npm start` watches its embedded PostgreSQL: when the server dies (crash, OOM killer, a stray
 * kill), it is started again on the same port and data directory, so the web app (which keeps
 * its DATABASE_URL) reconnects by itself. While it is away the app answers 503 (see
 * lib/http/database-availability.ts). If it cannot be brought back, the registry stops with a
 * message instead of serving errors forever.
 */
import type { SupervisableServer } from "./embedded";

const ATTEMPTS = 20;
const STOP_SIGNAL_GRACE_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function superviseDatabase(
  server: SupervisableServer,
  log: (message: string) => void,
  giveUp: (message: string) => void,
  /** True once the registry itself is stopping: then an exiting server is expected. */
  stopping: () => boolean,
): void {
  server.onUnexpectedExit(async (how) => {
    // Ctrl-C reaches PostgreSQL (same process group) as well as us, in either order.
    await sleep(STOP_SIGNAL_GRACE_MS);
    if (stopping()) return;
    log(`PostgreSQL stopped unexpectedly (${how}); starting it again…`);
    let lastError: unknown;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        // Backends of a killed server linger a moment and hold its shared memory: retry.
        await server.restart();
        log(`PostgreSQL is running again (attempt ${attempt})`);
        return;
      } catch (error) {
        if (stopping()) return;
        lastError = error;
        await sleep(Math.min(250 * attempt, 2000));
      }
    }
    giveUp(
      `PostgreSQL could not be started again after ${ATTEMPTS} attempts; stopping the registry. ` +
        `${lastError instanceof Error ? lastError.message : String(lastError)}`,
    );
  });
}
