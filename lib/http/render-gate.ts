/**
 * A web worker's admission gate: at most `concurrency` requests inside Next's handler at once,
 * the rest waiting their turn in arrival order (lib/cli/web-worker.ts).
 *
 * Rendering is CPU-bound and one worker has one core. Without the gate fifty requests share it at
 * once, so every one of them takes fifty times its own work, and their half-built pages are all
 * alive at every garbage collection; a cheap API call waited behind forty renders. In arrival
 * order a request waits for the ones before it and then runs at nearly full speed, so latency
 * is the queue's length, the same for every view (bench:web, 100,000 projects, 50 clients: p95
 * 2.1 s → 1.6 s at the same throughput; ARCHITECTURE.md, "Speed").
 *
 * Downloads stream for seconds at the client's pace and have their own connection budget
 * (lib/database/cursor.ts); Next's built files (/_next/static) cost nothing to serve. Neither
 * waits here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";

/** Paths that skip the gate: Next's built files and the streamed downloads. */
const UNGATED = /^\/(?:_next\/static\/|api\/(?:projects\.(?:csv|json)$|exports\/|tables\/))/;

/** The path as Next will route it (dot segments resolved, an absolute-form target reduced). */
export function routedPath(target: string): string {
  try {
    return new URL(target, "http://localhost").pathname;
  } catch {
    return target;
  }
}

/**
 * A request still unfinished this long after it was let in gives its place up: by then it is
 * writing to a client reading slowly, or waiting on something other than this core (a render
 * takes tens of milliseconds; the longest, building an index after an import, under two
 * seconds), and slow readers must not be able to hold every place.
 */
export const LONGEST_HOLD_MS = 5_000;

export interface RenderGate {
  /**
   * Runs `handle` now or when a place frees up; answers 503 when too many are already waiting.
   * `path`: the request's routed path, when the caller has it already.
   */
  admit(request: IncomingMessage, response: ServerResponse, handle: () => void, path?: string): void;
  readonly running: number;
  /** Clients waiting for a place (not those that hung up while waiting). */
  readonly waiting: number;
}

export function createRenderGate(options: {
  concurrency: number;
  maxWaiting: number;
  /** Answers a request turned away because the queue is full. */
  refuse: (request: IncomingMessage, response: ServerResponse) => void;
  holdMs?: number;
}): RenderGate {
  const limit = pLimit(options.concurrency);
  const holdMs = options.holdMs ?? LONGEST_HOLD_MS;
  let waiting = 0;
  return {
    admit(request, response, handle, path = routedPath(request.url ?? "/")) {
      if (UNGATED.test(path)) {
        handle();
        return;
      }
      if (waiting >= options.maxWaiting) {
        options.refuse(request, response);
        return;
      }
      waiting++;
      let admitted = false;
      // Listened for from arrival: a client that hangs up while waiting stops counting against
      // the queue's limit at once; its entry is skipped when its turn comes.
      const closed = new Promise<void>((resolve) =>
        response.once("close", () => {
          if (!admitted) waiting--;
          resolve();
        }),
      );
      void limit(async () => {
        if (response.closed || request.socket.destroyed) return;
        admitted = true;
        waiting--;
        handle();
        let timer: NodeJS.Timeout | undefined;
        const heldTooLong = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, holdMs);
          timer.unref();
        });
        await Promise.race([closed, heldTooLong]);
        clearTimeout(timer);
      });
    },
    get running() {
      return limit.activeCount;
    },
    get waiting() {
      return waiting;
    },
  };
}
